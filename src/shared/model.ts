/**
 * What the API returns. Row types come from the drizzle schema by `import type` only,
 * so nothing of the database layer reaches the renderer bundle.
 */
import type * as schema from '../../db/schema';
import type { Language } from './i18n/errors';
import type { HistoryAction, HistoryBatchKind, ModuleRole } from './domain/enums';
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
}

export interface BackupEntry {
  fileName: string;
  kind: 'daily' | 'pre-migration' | 'manual';
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
