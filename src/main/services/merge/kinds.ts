import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  agreementModules,
  agreementObligations,
  agreementParties,
  agreements,
  attachments,
  organisationGroups,
  organisationLinks,
  organisations,
  people,
} from '../../../../db/schema';
import type { HistoryEntity } from '../history';
import type { MergeKind } from '../../../shared/model';

export type Row = Record<string, unknown> & { id: string };

/** What a reference column points at; `module` is the fixed catalogue every workspace shares. */
export type Target = MergeKind | 'module';

export interface MergedKind {
  kind: MergeKind;
  table: SQLiteTable;
  entity: HistoryEntity;
  /** Reference columns and what they point at. A null reference is fine; any other must resolve. */
  references: Record<string, Target | ((row: Row) => Target | null)>;
  /** Columns that are this workspace's own business: never compared, never overwritten. */
  ownColumns: readonly string[];
}

/** Timestamps say when a side last touched a record, not what it says: never a difference. */
export const IGNORED_COLUMNS = new Set(['createdAt', 'updatedAt']);

/**
 * The registry and the network: what a district council's file brings to the region, in
 * the order their rows must go in (a record after the records it refers to). Sittings,
 * module assignments, views, settings and the council profile stay out (see leftOut.ts).
 */
export const MERGED_KINDS: readonly MergedKind[] = [
  {
    kind: 'group',
    table: organisationGroups,
    entity: 'group',
    references: { parentId: 'group' },
    ownColumns: [],
  },
  {
    kind: 'organisation',
    table: organisations,
    entity: 'organisation',
    references: { groupId: 'group' },
    // Which organisation is the council itself is each workspace's own: the district's hub is a partner here.
    ownColumns: ['isCouncilHub'],
  },
  {
    kind: 'person',
    table: people,
    entity: 'person',
    references: { organisationId: 'organisation' },
    // Membership of the district council is not membership of the regional one.
    ownColumns: ['councilRole'],
  },
  {
    kind: 'agreement',
    table: agreements,
    entity: 'agreement',
    references: { previousVersionId: 'agreement' },
    ownColumns: [],
  },
  {
    kind: 'agreement_party',
    table: agreementParties,
    entity: 'agreement_party',
    references: { agreementId: 'agreement', organisationId: 'organisation', signatoryPersonId: 'person' },
    ownColumns: [],
  },
  {
    kind: 'agreement_obligation',
    table: agreementObligations,
    entity: 'agreement_obligation',
    references: { agreementId: 'agreement', partyId: 'agreement_party' },
    ownColumns: [],
  },
  {
    kind: 'agreement_module',
    table: agreementModules,
    entity: 'agreement_module',
    references: { agreementId: 'agreement', moduleId: 'module' },
    ownColumns: [],
  },
  {
    kind: 'link',
    table: organisationLinks,
    entity: 'link',
    references: { sourceId: 'organisation', targetId: 'organisation', agreementId: 'agreement' },
    ownColumns: [],
  },
  {
    kind: 'attachment',
    table: attachments,
    entity: 'attachment',
    // Only agreements' papers merge; an agenda item's belong to the district's sittings.
    references: { ownerId: (row) => (row.ownerType === 'agreement' ? 'agreement' : null) },
    ownColumns: [],
  },
];

/** The target of one reference column of a row, or null when the column refers to nothing merged. */
export const targetOf = (spec: MergedKind, column: string, row: Row): Target | null => {
  const ref = spec.references[column];
  if (ref === undefined) return null;
  return typeof ref === 'function' ? ref(row) : ref;
};
