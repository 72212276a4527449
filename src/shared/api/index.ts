import { flattenContract, type Client } from './contract';
import { agreementCalls, attachmentCalls } from './agreements';
import { councilCalls } from './council';
import { exportCalls } from './exports';
import { groupCalls } from './groups';
import { historyCalls } from './history';
import { linkCalls } from './links';
import { minutesCalls } from './minutes';
import { moduleCalls } from './modules';
import { organisationCalls } from './organisations';
import { overviewCalls } from './overview';
import { personCalls } from './people';
import { reportCalls } from './reports';
import { agendaCalls, decisionCalls, sessionCalls } from './sessions';
import { viewCalls } from './views';
import { networkCalls, settingsCalls, workspaceCalls } from './workspace';
import { openFormatCalls } from './openFormats';
import { uploadCalls } from './uploads';
import { importCalls } from './imports';
import { mergeCalls } from './merge';

/** The whole API. Add a domain here and every transport picks it up. */
export const contract = {
  workspace: workspaceCalls,
  settings: settingsCalls,
  council: councilCalls,
  organisations: organisationCalls,
  groups: groupCalls,
  people: personCalls,
  links: linkCalls,
  modules: moduleCalls,
  agreements: agreementCalls,
  attachments: attachmentCalls,
  sessions: sessionCalls,
  agenda: agendaCalls,
  decisions: decisionCalls,
  history: historyCalls,
  network: networkCalls,
  views: viewCalls,
  exports: exportCalls,
  minutes: minutesCalls,
  overview: overviewCalls,
  reports: reportCalls,
  openFormats: openFormatCalls,
  uploads: uploadCalls,
  imports: importCalls,
  merge: mergeCalls,
};

export type KenesContract = typeof contract;
export type KenesApi = Client<KenesContract>;

export const callsByChannel = flattenContract(contract);
/** The allowlist: the preload exposes exactly these, the HTTP transport routes exactly these. */
export const channels: readonly string[] = [...callsByChannel.keys()];

export * from './contract';
