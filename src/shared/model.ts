/**
 * What the API returns. Row types come from the drizzle schema by `import type` only,
 * so nothing of the database layer reaches the renderer bundle.
 */
import type * as schema from '../../db/schema';
import type { Language } from './i18n/errors';
import type {
  AgreementStatus,
  DecisionOutcome,
  HistoryAction,
  HistoryBatchKind,
  ModuleRole,
  clusterDocumentSlots,
} from './domain/enums';
import type { AgreementStatusInfo } from './domain/agreementStatus';
import type { SectorCode } from './reference/schema';
import type {
  NetworkDisplay,
  NetworkFilters,
  NetworkLayout,
  NetworkViewport,
  NodePositions,
} from './api/views';
import type { InteractionModuleReference } from './reference/schema';

export type Organisation = typeof schema.organisations.$inferSelect;
export type OrganisationGroup = typeof schema.organisationGroups.$inferSelect;
export type Person = typeof schema.people.$inferSelect;
export type OrganisationLink = typeof schema.organisationLinks.$inferSelect;
export type CouncilProfile = typeof schema.councilProfile.$inferSelect;
export type ModuleAssignment = typeof schema.moduleAssignments.$inferSelect;
export type Agreement = typeof schema.agreements.$inferSelect;
export type AgreementParty = typeof schema.agreementParties.$inferSelect;
export type AgreementObligation = typeof schema.agreementObligations.$inferSelect;
export type Attachment = typeof schema.attachments.$inferSelect;
export type CouncilSession = typeof schema.councilSessions.$inferSelect;
export type AgendaItem = typeof schema.agendaItems.$inferSelect;
export type AttendanceRow = typeof schema.attendance.$inferSelect;
export type Decision = typeof schema.decisions.$inferSelect;
export type DecisionProgressNote = typeof schema.decisionProgressNotes.$inferSelect;
export type SessionAmendment = typeof schema.sessionAmendments.$inferSelect;

export interface OrganisationListItem extends Organisation {
  groupName: string | null;
  linkCount: number;
}

export interface OrganisationFacets {
  districts: string[];
  typeCodes: { code: string; count: number }[];
  active: number;
  archived: number;
}

/** The end of a link as shown next to it: enough to name the organisation. */
export interface LinkEnd {
  id: string;
  nameKk: string;
  nameRu: string;
  shortName: string;
  archivedAt: string | null;
}

export interface LinkWithEnds extends OrganisationLink {
  source: LinkEnd;
  target: LinkEnd;
}

export interface OrganisationDetail {
  organisation: Organisation;
  /** The organisation's group and its ancestors, outermost first. */
  groupPath: OrganisationGroup[];
  people: Person[];
  links: LinkWithEnds[];
}

export interface GroupWithCount extends OrganisationGroup {
  /** Active organisations in the group and all its subgroups. */
  organisationCount: number;
}

export interface PersonListItem extends Person {
  organisationName: string | null;
}

export interface HistoryEntry {
  id: string;
  batchId: string;
  entity: string;
  entityId: string;
  action: HistoryAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Fields whose value differs between before and after. */
  changedFields: string[];
  at: string;
  by: string;
  /** 'undo' or 'redo' when the entry reverted batch `revertsBatchId`. */
  kind: HistoryBatchKind;
  revertsBatchId: string | null;
}

/**
 * One user action as the undo and redo buttons name it: "Undo: create ПМПК №1".
 * entity, action and label are those of the batch's first record; count is how many
 * records the batch changed.
 */
export interface BatchSummary {
  batchId: string;
  at: string;
  by: string;
  entity: string;
  action: HistoryAction;
  count: number;
  /** A human name of the first record: organisation or group name, person, view name, both ends of a link. */
  label: string;
}

export interface UndoState {
  /** What undo would revert, or null at the bottom of the stack. */
  undo: BatchSummary | null;
  /** The change redo would make again, as it was first made; null when there is nothing to redo. */
  redo: BatchSummary | null;
}

export interface InteractionModule extends InteractionModuleReference {
  assignments: (ModuleAssignment & { organisationName: string })[];
}

export interface Settings {
  /** Written into the change history as "by whom". */
  userName: string;
  language: Language;
  backupsToKeep: number;
}

export interface WorkspaceStatus {
  initialised: boolean;
  councilName: string | null;
  template: 'empty' | 'akmola' | null;
  dataDir: string;
  databasePath: string;
  schemaVersion: number;
  lastBackupAt: string | null;
  /** Set while a file made by a newer Kenes is open for reading only (absent or null: the own workspace, editable). */
  readOnly?: ReadOnlyWorkspace | null;
}

export interface BackupEntry {
  fileName: string;
  kind: 'daily' | 'pre-migration' | 'manual' | 'pre-import' | 'pre-merge' | 'pre-restore' | 'pre-open';
  createdAt: string;
  sizeBytes: number;
}

/** The whole network in one read, for the canvas: lean rows, no paging. */
export interface NetworkSnapshot {
  organisations: Pick<
    Organisation,
    | 'id'
    | 'nameKk'
    | 'nameRu'
    | 'shortName'
    | 'typeCode'
    | 'sector'
    | 'level'
    | 'district'
    | 'groupId'
    | 'isCouncilHub'
    | 'membership'
    | 'clusterRole'
  >[];
  links: Pick<
    OrganisationLink,
    'id' | 'sourceId' | 'targetId' | 'kind' | 'direction' | 'label' | 'agreementId'
  >[];
  groups: Pick<OrganisationGroup, 'id' | 'parentId' | 'nameKk' | 'nameRu' | 'shortName' | 'position'>[];
  /** Active module assignments of active organisations. */
  assignments: { organisationId: string; moduleId: string; role: ModuleRole }[];
  /**
   * Current (not superseded, not archived) agreements with two or more active parties:
   * the canvas draws each as links between every pair of its parties, coloured by status.
   */
  agreements: { id: string; number: string; title: string; status: AgreementStatus; partyIds: string[] }[];
}

export interface NetworkViewSummary {
  id: string;
  name: string;
  layout: NetworkLayout;
  position: number;
  updatedAt: string;
}

export interface NetworkView extends NetworkViewSummary {
  filters: NetworkFilters;
  display: NetworkDisplay;
  positions: NodePositions;
  viewport: NetworkViewport;
  createdAt: string;
}

/** What still refers to an organisation: the canvas warns with these before archiving it. */
export interface OrganisationImpact {
  links: number;
  people: number;
  agreements: number;
  decisions: number;
  agendaItems: number;
  moduleAssignments: number;
}

export interface LinkImpact {
  agreementId: string | null;
  agreementTitle: string | null;
}

/** A party as lists and documents show it: the organisation's names and head, and who signs. */
export interface AgreementPartyItem extends AgreementParty {
  organisationNameKk: string;
  organisationNameRu: string;
  shortName: string;
  headName: string;
  signatoryName: string | null;
  /** The organisation has been archived since the agreement was made. */
  organisationArchived: boolean;
}

export interface AgreementListItem extends Agreement, AgreementStatusInfo {
  parties: AgreementPartyItem[];
  moduleIds: string[];
  obligationCount: number;
  overdueObligations: number;
  /** The newer version that replaced this one (amendment or renewal), if any. */
  supersededById: string | null;
  attachmentCount: number;
}

export interface AgreementObligationItem extends AgreementObligation {
  organisationId: string;
  overdue: boolean;
}

export interface AgreementDetail extends AgreementListItem {
  obligations: AgreementObligationItem[];
  attachments: Attachment[];
  /** Every version of this agreement, oldest first (this one included). */
  versions: {
    id: string;
    number: string;
    title: string;
    signedOn: string | null;
    createdAt: string;
    /** Why this version was made; null for the first one. */
    versionReason: Agreement['versionReason'];
  }[];
}

export interface ObligationListItem extends AgreementObligationItem {
  agreementNumber: string;
  agreementTitle: string;
  organisationNameKk: string;
  organisationNameRu: string;
  shortName: string;
}

export interface AttachmentFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export type ClusterDocumentSlot = (typeof clusterDocumentSlots)[number];

/** DOMAIN.md §6: the full package is a concept or programme, the regulation, and contracts between members. */
export type ClusterDocumentsPackage = Record<
  ClusterDocumentSlot,
  { id: string; number: string; title: string; status: AgreementStatus }[]
>;

/** What the module matrix does not cover yet; each item names where it is fixed. */
export interface ModuleCoverage {
  modulesWithoutLead: string[];
  missingSectors: { moduleId: string; sectors: SectorCode[] }[];
  organisationsInNoModule: { id: string; nameKk: string; nameRu: string; shortName: string }[];
}

/** A sitting as the year's list shows it. */
export interface SessionListItem extends CouncilSession {
  agendaItemCount: number;
  decisionCount: number;
}

/** One period of the council's cadence (a quarter by default) and its sittings. */
export interface SessionPeriod {
  /** 1-based: quarter 1–4, month 1–12, half 1–2, or 1 for the year. */
  period: number;
  from: string;
  to: string;
  sessions: SessionListItem[];
  /** No sitting planned in this period: the secretary is warned. */
  noSessionPlanned: boolean;
}

export interface SessionYear {
  year: number;
  cadence: (typeof schema.councilProfile.$inferSelect)['sessionCadence'];
  numbering: (typeof schema.councilProfile.$inferSelect)['sessionNumbering'];
  periods: SessionPeriod[];
  /** The workspace clock's day (KENES_NOW may shift it): the screen knows the current year and period. */
  today: string;
}

export interface Quorum {
  rule: (typeof schema.councilProfile.$inferSelect)['quorumRule'];
  /** Council members (chair, deputy chair, secretary, members); guests never count. */
  members: number;
  present: number;
  /** The fewest present members that make a quorum under the rule. */
  needed: number;
  reached: boolean;
}

/** A row of the attendance; before attendance is taken, members have no row yet (id and status null). */
export interface AttendanceItem extends Omit<AttendanceRow, 'id' | 'status'> {
  id: string | null;
  status: AttendanceRow['status'] | null;
  name: string;
  organisationNameKk: string | null;
  organisationNameRu: string | null;
  deputyFullName: string | null;
  councilRole: Person['councilRole'];
}

export interface DecisionItem extends Decision {
  /** "2.1": agenda item position, decision position. */
  number: string;
  sessionNumber: number;
  sessionYear: number;
  /** Computed from the vote and the council's tie rule; adopted when no vote was taken. */
  outcome: DecisionOutcome;
  /** Computed from the deadline and the clock. */
  overdue: boolean;
  responsibleOrganisationIds: string[];
  responsiblePersonIds: string[];
  /** Partner organisations (Серіктестер), in the order they were named. */
  partnerOrganisationIds: string[];
  progressNotes: DecisionProgressNote[];
}

export interface AgendaItemDetail extends AgendaItem {
  organisationIds: string[];
  agreementIds: string[];
  moduleIds: string[];
  /** For the execution item: the open decisions it reviews, as they were when the sitting was created. */
  reviewedDecisionIds: string[];
  /** Those decisions as they stand now (status, overdue, progress notes), for the report on their execution. */
  reviewedDecisions: DecisionItem[];
  decisions: DecisionItem[];
  attachmentCount: number;
}

export interface SessionDetail extends CouncilSession {
  agenda: AgendaItemDetail[];
  /** Every current council member (recorded or not yet) and the guests. */
  attendance: AttendanceItem[];
  quorum: Quorum;
  amendments: SessionAmendment[];
  /** Approved sittings are locked: edits are refused, amendments are added instead. */
  locked: boolean;
}

export interface OpenDecisionItem extends DecisionItem {
  sessionId: string;
  sessionStartsAt: string | null;
}

/** Import from a spreadsheet (src/shared/api/imports.ts). */
export interface ImportColumn {
  index: number;
  header: string;
  field: string | null;
  /** a few sample values */
  samples: string[];
}
export interface ImportRowProblem {
  field: string | null;
  messageKey: string;
  params?: Record<string, string | number>;
  /** translated in the workspace language */
  message: string;
}
export interface ImportDuplicate {
  /** The existing record's id; '' when source is 'file' (that record does not exist yet). */
  id: string;
  name: string;
  district: string;
  /** 'registry': an existing record; 'file': an earlier row of the same file */
  source: 'registry' | 'file';
  rowNumber?: number;
  /** The existing record is archived (it still counts as a duplicate). */
  archived?: boolean;
}
export interface ImportRow {
  /** The row's number as the spreadsheet shows it (1-based, header included), for "row 17" messages. */
  rowNumber: number;
  /** Cell text per mapped field (after trimming); label fields keep what the file said. */
  values: Record<string, string>;
  problems: ImportRowProblem[];
  duplicate: ImportDuplicate | null;
}
export interface ImportPreview {
  kind: 'organisations' | 'people';
  fileName: string;
  format: 'xlsx' | 'csv';
  /** CSV only: how the bytes were read. */
  encoding: 'utf-8' | 'windows-1251' | null;
  sheets: string[];
  sheet: string | null;
  /** 1-based row number of the header row. */
  headerRow: number;
  columns: ImportColumn[];
  /** Required fields no column is mapped to; the import cannot start until this is empty. */
  missingFields: string[];
  rows: ImportRow[];
  counts: { rows: number; valid: number; withProblems: number; duplicates: number };
}
export interface ImportReport {
  kind: 'organisations' | 'people';
  created: number;
  updated: number;
  skipped: number;
  /** One line per row of the file: what became of it. */
  rows: {
    rowNumber: number;
    name: string;
    outcome: 'created' | 'updated' | 'skipped';
    reason?: 'duplicate' | 'problems';
  }[];
  /** The backup taken just before writing (Settings › Backups can bring it back). */
  backup: BackupEntry;
}

/** Merging a district council's workspace file (src/shared/api/merge.ts). */
export type MergeKind =
  | 'group'
  | 'organisation'
  | 'person'
  | 'agreement'
  | 'agreement_party'
  | 'agreement_obligation'
  | 'agreement_module'
  | 'link'
  | 'attachment';
export type MergeValue = string | number | boolean | null;
export interface MergeKindCounts {
  kind: MergeKind;
  /** Ids this workspace does not have: they come in. */
  new: number;
  same: number;
  /** Same id, different fields: each is a conflict to choose on. */
  changed: number;
  /** Left aside with a reason (see MergeSkipped). */
  skipped: number;
}
export interface MergeConflict {
  /** `${kind}:${id}`: the key of the choice. */
  key: string;
  kind: MergeKind;
  id: string;
  /** What the user calls the record (an organisation's name, an agreement's number and title). */
  label: string;
  /** The same in Russian, where the records have Russian names (else the Kazakh). */
  labelRu: string;
  fields: { field: string; local: MergeValue; theirs: MergeValue }[];
  /**
   * 'district': our version is one the district's own history has held, so only the district
   * changed the record since the copy; null: both changed it, or the histories cannot tell.
   */
  changedOnlyIn: 'district' | null;
}
/** Parts of the district's workspace that are its own business and never merge. */
export type MergeLeftOutKind =
  | 'councilProfile'
  | 'councilHub'
  | 'settings'
  | 'networkViews'
  | 'history'
  | 'sessions'
  | 'agendaItems'
  | 'attendance'
  | 'decisions'
  | 'moduleAssignments'
  | 'sittingAttachments';
export interface MergeSkipped {
  kind: MergeKind;
  id: string;
  label: string;
  /** danglingReference: it names a record neither here nor coming in; missingFile: the file carries no bytes for the attachment; duplicatePair: this agreement already has this module. */
  reason: 'danglingReference' | 'missingFile' | 'duplicatePair';
  field?: string;
}
export interface MergePreview {
  fileName: string;
  councilName: string;
  councilNameRu: string;
  /** The file is a copy of this very council's workspace (the same council id), e.g. taken to another computer. */
  sameCouncil: boolean;
  /** Migrations the file had applied when it arrived, and whether Kenes had to bring it up to date. */
  schemaVersion: number;
  migrated: boolean;
  counts: MergeKindCounts[];
  conflicts: MergeConflict[];
  leftOut: { kind: MergeLeftOutKind; count: number }[];
  problems: MergeSkipped[];
  /** Names of the organisations, groups, agreements and people the conflicts refer to, by id. */
  names: Record<string, string>;
  namesRu: Record<string, string>;
}
export interface MergeReport {
  added: { kind: MergeKind; count: number }[];
  addedTotal: number;
  /** Conflicts resolved with the district's version. */
  replaced: number;
  /** Conflicts resolved with this workspace's version. */
  kept: number;
  skipped: MergeSkipped[];
  /** Attachment files written into the workspace folder. */
  attachmentFiles: number;
  /** The backup taken just before writing (Settings › Backups can bring it back). */
  backup: BackupEntry;
}

/** Why the open workspace cannot be edited, said in the banner: which file, its schema and this Kenes's. */
export interface ReadOnlyWorkspace {
  reason: 'newer';
  fileName: string;
  fileSchemaVersion: number;
  appSchemaVersion: number;
}

/**
 * What a picked workspace file is, found without changing anything: `ok` opens as it is,
 * `older` is brought up to date after a backup, `newer` opens read-only, `refused` says why not.
 */
export type WorkspaceFileVerdict = 'ok' | 'older' | 'newer' | 'refused';

export interface WorkspaceFileInspection {
  fileName: string;
  sizeBytes: number;
  verdict: WorkspaceFileVerdict;
  /** For a refusal: the translated reason and its key (errors `workspaceRefusal.*`). */
  refusal: { messageKey: string; message: string } | null;
  councilName: string | null;
  organisations: number | null;
  sittings: number | null;
  /** When the last change in the file was made, from its change history. */
  lastChangeAt: string | null;
  fileSchemaVersion: number | null;
  appSchemaVersion: number;
}

/** After opening a file: how it was opened and the backup of the state before (none when read-only). */
export interface OpenedWorkspace {
  mode: 'replaced' | 'readOnly';
  inspection: WorkspaceFileInspection;
  backup: BackupEntry | null;
  /** The file was made by an older Kenes and brought up to date (after its own pre-migration backup). */
  migrated: boolean;
}

export interface RestoredBackup {
  restored: BackupEntry;
  /** The copy of the state just before the restore, itself restorable from the list. */
  preRestoreBackup: BackupEntry;
  migrated: boolean;
}
