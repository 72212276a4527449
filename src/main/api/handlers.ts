import type { ServiceContext } from '../services/context';
import type { Contract, OutputOf, ParsedInputOf } from '../../shared/api/contract';
import type { KenesContract } from '../../shared/api';
import * as organisations from '../services/organisations';
import * as groups from '../services/groups';
import * as people from '../services/people';
import * as links from '../services/links';
import * as council from '../services/council';
import * as workspace from '../services/workspace';
import * as workspaceFiles from '../services/workspaceFiles';
import * as settings from '../services/settings';
import * as views from '../services/views';
import { listHistoryAuthors } from '../services/history';
import { listHistory } from '../services/historyList';
import * as modules from '../services/modules';
import * as agreements from '../services/agreements';
import * as attachments from '../services/attachments';
import * as sessions from '../services/sessions';
import { agreementDocx, clusterDocumentDocx } from '../exports/documents';
import { exportTable } from '../exports/tables';
import { loadNetwork } from '../services/network';
import { networkPdf } from '../exports/network-pdf';
import { minutesDocx, minutesPdf } from '../exports/minutes';
import { linkImpact, organisationImpact } from '../services/impact';
import { redo, undo, undoState } from '../services/undo';
import { councilOverview } from '../services/overview';
import { reportSummary } from '../services/reports';
import { reportDocx, reportXlsx } from '../exports/reports';
import { networkGexf, networkGraphml, workspaceJson } from '../exports/open';
import { appendUpload, beginUpload, discardUpload } from '../services/uploads';
import { commitImport, importTemplate, previewImport } from '../imports';
import { mergeApply, mergePreview } from '../services/merge';

type Handlers<T extends Contract> = {
  [D in keyof T]: {
    [K in keyof T[D]]: (
      ctx: ServiceContext,
      input: ParsedInputOf<T[D][K]>,
    ) => OutputOf<T[D][K]> | Promise<OutputOf<T[D][K]>>;
  };
};

/**
 * Every call of the contract, bound to its service function. The type makes a
 * missing or mistyped handler a compile error, so the contract and main cannot drift.
 */
export const handlers: Handlers<KenesContract> = {
  workspace: {
    status: (ctx) => ({ ...workspace.workspaceStatus(ctx), readOnly: ctx.readOnly }),
    initialise: workspace.initialiseWorkspace,
    backups: (ctx) => workspace.backups(ctx),
    backupNow: (ctx) => workspace.backupNow(ctx),
    saveCopy: (ctx) => workspaceFiles.saveWorkspaceCopy(ctx),
    inspect: workspaceFiles.inspectWorkspace,
    open: workspaceFiles.openWorkspaceFile,
    closeReadOnly: (ctx) => workspaceFiles.closeReadOnlyWorkspace(ctx),
    restore: workspaceFiles.restoreBackup,
  },
  settings: {
    get: (ctx) => settings.readSettings(ctx.db),
    update: (ctx, { patch }) => settings.updateSettings(ctx, patch),
  },
  council: {
    get: (ctx) => council.getCouncil(ctx),
    update: council.updateCouncil,
  },
  organisations: {
    list: organisations.listOrganisations,
    facets: (ctx) => organisations.organisationFacets(ctx),
    get: (ctx, { id }) => organisations.getOrganisation(ctx, id),
    create: organisations.createOrganisation,
    createMany: (ctx, { items }) => organisations.createOrganisations(ctx, items),
    update: organisations.updateOrganisation,
    archive: (ctx, { id }) => organisations.archiveOrganisation(ctx, id),
    restore: (ctx, { id }) => organisations.restoreOrganisation(ctx, id),
    impact: (ctx, { id }) => organisationImpact(ctx, id),
  },
  groups: {
    list: groups.listGroups,
    create: groups.createGroup,
    update: groups.updateGroup,
    archive: (ctx, { id }) => groups.archiveGroup(ctx, id),
    restore: (ctx, { id }) => groups.restoreGroup(ctx, id),
  },
  people: {
    list: people.listPeople,
    get: (ctx, { id }) => people.requirePerson(ctx, id),
    create: people.createPerson,
    update: people.updatePerson,
    archive: (ctx, { id }) => people.archivePerson(ctx, id),
    restore: (ctx, { id }) => people.restorePerson(ctx, id),
  },
  links: {
    list: links.listLinks,
    create: links.createLink,
    createMany: (ctx, { items }) => links.createLinks(ctx, items),
    update: links.updateLink,
    archive: (ctx, { id }) => links.archiveLink(ctx, id),
    restore: (ctx, { id }) => links.restoreLink(ctx, id),
    impact: (ctx, { id }) => linkImpact(ctx, id),
  },
  modules: {
    list: (ctx) => modules.listModules(ctx),
    assign: modules.assignModule,
    unassign: modules.unassignModule,
    coverage: (ctx) => modules.moduleCoverage(ctx),
  },
  agreements: {
    list: agreements.listAgreements,
    get: (ctx, { id }) => agreements.getAgreement(ctx, id),
    create: agreements.createAgreement,
    update: agreements.updateAgreement,
    terminate: agreements.terminateAgreement,
    newVersion: agreements.newAgreementVersion,
    archive: (ctx, { id }) => agreements.archiveAgreement(ctx, id),
    restore: (ctx, { id }) => agreements.restoreAgreement(ctx, id),
    obligations: agreements.listObligations,
    updateObligation: agreements.updateObligation,
    documentsPackage: (ctx) => agreements.documentsPackage(ctx),
  },
  attachments: {
    list: attachments.listAttachments,
    add: attachments.addAttachment,
    open: (ctx, { id }) => attachments.openAttachment(ctx, id),
    read: (ctx, { id }) => attachments.readAttachment(ctx, id),
    archive: (ctx, { id }) => attachments.archiveAttachment(ctx, id),
  },
  sessions: {
    year: (ctx, { year }) => sessions.sessionYear(ctx, year),
    get: (ctx, { id }) => sessions.getSession(ctx, id),
    create: sessions.createSession,
    update: sessions.updateSession,
    setStatus: sessions.setSessionStatus,
    amend: sessions.amendSession,
    archive: (ctx, { id }) => sessions.archiveSession(ctx, id),
    setAttendance: sessions.setAttendance,
    openDecisions: (ctx, { overdueOnly }) => sessions.openDecisions(ctx, overdueOnly),
  },
  agenda: {
    add: sessions.addAgendaItem,
    update: sessions.updateAgendaItem,
    reorder: sessions.reorderAgenda,
    archive: (ctx, { id }) => sessions.archiveAgendaItem(ctx, id),
    refreshExecution: (ctx, { sessionId }) => sessions.refreshExecutionItem(ctx, sessionId),
  },
  decisions: {
    create: sessions.createDecision,
    update: sessions.updateDecision,
    setStatus: sessions.setDecisionStatus,
    addProgressNote: sessions.addProgressNote,
    archive: (ctx, { id }) => sessions.archiveDecision(ctx, id),
  },
  history: {
    list: listHistory,
    authors: (ctx) => listHistoryAuthors(ctx),
    undoState: (ctx) => undoState(ctx),
    undo: (ctx) => undo(ctx),
    redo: (ctx) => redo(ctx),
  },
  network: {
    load: (ctx) => loadNetwork(ctx),
  },
  views: {
    list: (ctx) => views.listViews(ctx),
    get: (ctx, { id }) => views.getView(ctx, id),
    create: views.createView,
    update: views.updateView,
    movePositions: views.movePositions,
    setViewport: (ctx, { id, viewport }) => views.setViewport(ctx, id, viewport),
    delete: (ctx, { id }) => views.deleteView(ctx, id),
    reorder: (ctx, { ids }) => views.reorderViews(ctx, ids),
  },
  exports: {
    networkPdf,
    agreementDocx,
    clusterDocumentDocx,
    table: exportTable,
  },
  minutes: {
    docx: minutesDocx,
    pdf: minutesPdf,
  },
  overview: {
    get: (ctx) => councilOverview(ctx),
  },
  reports: {
    summary: reportSummary,
    docx: reportDocx,
    xlsx: reportXlsx,
  },
  openFormats: { workspaceJson, graphml: networkGraphml, gexf: networkGexf },
  uploads: { begin: beginUpload, append: appendUpload, discard: discardUpload },
  imports: { template: importTemplate, preview: previewImport, commit: commitImport },
  merge: { preview: mergePreview, apply: mergeApply },
};
