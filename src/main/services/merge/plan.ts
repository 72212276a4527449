import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { councilProfile, interactionModules, organisations } from '../../../../db/schema';
import type { KenesDb, Sqlite } from '../../store/database';
import { ATTACHMENT_FILES_TABLE, attachmentsDirOf } from '../../store/attachmentFiles';
import { IGNORED_COLUMNS, MERGED_KINDS, targetOf, type MergedKind, type Row, type Target } from './kinds';
import { countLeftOut } from './leftOut';
import { withColumnDefaults } from '../history';
import { labelOf, namesOf, type Names } from './labels';
import type {
  MergeConflict,
  MergeKind,
  MergeLeftOutKind,
  MergeSkipped,
  MergeValue,
} from '../../../shared/model';

export interface ChangedRecord {
  key: string;
  local: Row;
  theirs: Row;
  fields: string[];
}

export interface KindPlan {
  spec: MergedKind;
  /** Records this workspace lacks, as they will be written (the district's hub made ordinary, council roles dropped). */
  incoming: Row[];
  same: number;
  changed: ChangedRecord[];
}

export interface MergePlan {
  councilName: string;
  councilNameRu: string;
  sameCouncil: boolean;
  kinds: KindPlan[];
  conflicts: MergeConflict[];
  skipped: MergeSkipped[];
  leftOut: { kind: MergeLeftOutKind; count: number }[];
  names: Record<string, string>;
  namesRu: Record<string, string>;
}

/** One side of the merge: the drizzle handle and the raw one. */
export interface Side {
  db: KenesDb;
  sqlite: Sqlite;
  dataDir: string;
}

const readRows = (side: Side, spec: MergedKind): Row[] => side.db.select().from(spec.table).all() as Row[];

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const differingFields = (spec: MergedKind, local: Row, theirs: Row): string[] =>
  Object.keys(theirs).filter(
    (f) =>
      f !== 'id' && !IGNORED_COLUMNS.has(f) && !spec.ownColumns.includes(f) && !same(local[f], theirs[f]),
  );

/** Every state each record of an entity has been in, by id. */
type PastVersions = (spec: MergedKind, id: string) => Row[];

/**
 * Every state a record of this workspace has been in, from its change history. A copy sent
 * to a district and sent back holds the records it did not touch as they were when copied;
 * if the regional secretary has edited one since, the district's version is one of these.
 *
 * Read once per entity for the whole plan, not once per record: a bulk change's entries
 * are unpacked from their rows by the view, which cannot look one id up through an index.
 */
const pastVersionsOf = (side: Side): PastVersions => {
  const byEntity = new Map<string, Map<string, Row[]>>();
  const read = (spec: MergedKind): Map<string, Row[]> => {
    const byId = new Map<string, Row[]>();
    const rows = side.sqlite
      .prepare('SELECT entity_id AS id, before, after FROM change_history_entries WHERE entity = ?')
      .all(spec.entity) as { id: string; before: string | null; after: string | null }[];
    for (const h of rows) {
      const versions = byId.get(h.id) ?? [];
      for (const v of [h.before, h.after])
        if (v !== null) versions.push(withColumnDefaults(spec.table, JSON.parse(v) as Row));
      byId.set(h.id, versions);
    }
    byEntity.set(spec.entity, byId);
    return byId;
  };
  return (spec, id) => (byEntity.get(spec.entity) ?? read(spec)).get(id) ?? [];
};

/** The district holds an earlier version of our record and changed nothing: ours is simply newer. */
const isOurEarlierVersion = (ourPast: PastVersions, spec: MergedKind, theirs: Row): boolean =>
  ourPast(spec, theirs.id).some((past) => differingFields(spec, past, theirs).length === 0);

/** A new record as it is written here: never a second council hub, never a member of this council by the district's say. */
const asIncoming = (spec: MergedKind, row: Row): Row => {
  if (spec.kind === 'organisation') return { ...row, isCouncilHub: false };
  if (spec.kind === 'person') return { ...row, councilRole: null };
  return row;
};

const carriedHashes = (district: Sqlite): Set<string> => {
  const table = district
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(ATTACHMENT_FILES_TABLE);
  if (!table) return new Set();
  return new Set(district.prepare(`SELECT sha256 FROM ${ATTACHMENT_FILES_TABLE}`).pluck().all() as string[]);
};

/**
 * Compares the district's registry and network with this workspace's, record by record
 * by id. Nothing is written: the plan says what would come in, what differs and what is
 * left aside, and apply.ts writes it.
 */
export const planMerge = (local: Side, district: Side): MergePlan => {
  const localHub = local.db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.isCouncilHub, true))
    .get();
  const profile = district.db.select().from(councilProfile).get();
  const localProfile = local.db.select({ id: councilProfile.id }).from(councilProfile).get();
  const ourPast = pastVersionsOf(local);
  const theirPast = pastVersionsOf(district);
  const localRows = new Map<MergeKind, Map<string, Row>>();
  const theirRows = new Map<MergeKind, Row[]>();
  let hubLeftOut = false;
  for (const spec of MERGED_KINDS) {
    localRows.set(spec.kind, new Map(readRows(local, spec).map((r) => [r.id, r])));
    let rows = readRows(district, spec);
    // Papers of the district's sittings stay with its sittings.
    if (spec.kind === 'attachment') rows = rows.filter((r) => r.ownerType === 'agreement');
    // A copy of this workspace carries this council's own hub: the council itself is not the district's to change.
    if (spec.kind === 'organisation' && localHub) {
      const before = rows.length;
      rows = rows.filter((r) => !(r.id === localHub.id && r.isCouncilHub === true));
      hubLeftOut = rows.length !== before;
    }
    theirRows.set(spec.kind, rows);
  }
  const names: Names = namesOf(local, district, localRows, theirRows, 'kk');
  const namesRu: Names = namesOf(local, district, localRows, theirRows, 'ru');

  const skipped: MergeSkipped[] = [];
  const skip = (spec: MergedKind, row: Row, reason: MergeSkipped['reason'], field?: string) =>
    skipped.push({
      kind: spec.kind,
      id: row.id,
      label: labelOf(spec.kind, row, names),
      reason,
      ...(field ? { field } : {}),
    });

  // New records, until every one of them refers only to records that are here or coming in.
  const incoming = new Map<MergeKind, Map<string, Row>>();
  for (const spec of MERGED_KINDS) {
    const here = localRows.get(spec.kind) as Map<string, Row>;
    const fresh = (theirRows.get(spec.kind) as Row[]).filter((r) => !here.has(r.id));
    incoming.set(spec.kind, new Map(fresh.map((r) => [r.id, asIncoming(spec, r)])));
  }
  const moduleIds = new Set(
    local.db
      .select({ id: interactionModules.id })
      .from(interactionModules)
      .all()
      .map((m) => m.id),
  );
  const available = (target: Target, id: string): boolean =>
    target === 'module'
      ? moduleIds.has(id)
      : (localRows.get(target)?.has(id) ?? false) || (incoming.get(target)?.has(id) ?? false);
  const danglingField = (spec: MergedKind, row: Row): string | null => {
    for (const column of Object.keys(spec.references)) {
      const target = targetOf(spec, column, row);
      const value = row[column];
      if (target !== null && typeof value === 'string' && !available(target, value)) return column;
    }
    return null;
  };

  const attachmentsHere = attachmentsDirOf(local.dataDir);
  const carried = carriedHashes(district.sqlite);
  const hasBytes = (sha: string): boolean =>
    carried.has(sha) || fs.existsSync(path.join(attachmentsHere, sha));
  const attachmentSpec = MERGED_KINDS.find((s) => s.kind === 'attachment') as MergedKind;
  for (const row of incoming.get('attachment')?.values() ?? []) {
    const sha = String(row.sha256);
    if (!hasBytes(sha)) {
      skip(attachmentSpec, row, 'missingFile');
      incoming.get('attachment')?.delete(row.id);
    }
  }
  const moduleSpec = MERGED_KINDS.find((s) => s.kind === 'agreement_module') as MergedKind;
  const pairs = new Set(
    [...(localRows.get('agreement_module')?.values() ?? [])].map(
      (r) => `${String(r.agreementId)}|${String(r.moduleId)}`,
    ),
  );
  for (const row of incoming.get('agreement_module')?.values() ?? []) {
    const pair = `${String(row.agreementId)}|${String(row.moduleId)}`;
    if (pairs.has(pair)) {
      skip(moduleSpec, row, 'duplicatePair');
      incoming.get('agreement_module')?.delete(row.id);
    }
    pairs.add(pair);
  }

  for (let settled = false; !settled;) {
    settled = true;
    for (const spec of MERGED_KINDS) {
      const rows = incoming.get(spec.kind) as Map<string, Row>;
      for (const row of [...rows.values()]) {
        const field = danglingField(spec, row);
        if (field === null) continue;
        skip(spec, row, 'danglingReference', field);
        rows.delete(row.id);
        settled = false;
      }
    }
  }

  const kinds: KindPlan[] = [];
  const conflicts: MergeConflict[] = [];
  const referenced = new Set<string>();
  for (const spec of MERGED_KINDS) {
    const here = localRows.get(spec.kind) as Map<string, Row>;
    const plan: KindPlan = {
      spec,
      incoming: [...(incoming.get(spec.kind) as Map<string, Row>).values()],
      same: 0,
      changed: [],
    };
    for (const theirs of theirRows.get(spec.kind) as Row[]) {
      const mine = here.get(theirs.id);
      if (!mine) continue;
      const fields = differingFields(spec, mine, theirs);
      if (fields.length === 0 || isOurEarlierVersion(ourPast, spec, theirs)) {
        plan.same += 1;
        continue;
      }
      // Taking the district's version must not point at a record that is not here.
      const field = danglingField(spec, theirs);
      if (field !== null) {
        skip(spec, theirs, 'danglingReference', field);
        continue;
      }
      if (spec.kind === 'attachment' && !hasBytes(String(theirs.sha256))) {
        skip(spec, theirs, 'missingFile');
        continue;
      }
      const key = `${spec.kind}:${theirs.id}`;
      plan.changed.push({ key, local: mine, theirs, fields });
      conflicts.push({
        key,
        kind: spec.kind,
        id: theirs.id,
        label: labelOf(spec.kind, mine, names),
        labelRu: labelOf(spec.kind, mine, namesRu, 'ru'),
        // Said, never acted on: the secretary still chooses (nothing is overwritten silently).
        changedOnlyIn: theirPast(spec, theirs.id).some(
          (past) => differingFields(spec, past, mine).length === 0,
        )
          ? 'district'
          : null,
        fields: fields.map((f) => ({
          field: f,
          local: mine[f] as MergeValue,
          theirs: theirs[f] as MergeValue,
        })),
      });
      for (const f of fields) {
        if (f in spec.references)
          for (const v of [mine[f], theirs[f]]) if (typeof v === 'string') referenced.add(v);
      }
    }
    kinds.push(plan);
  }

  return {
    councilName: profile?.nameKk ?? '',
    councilNameRu: profile?.nameRu ?? '',
    sameCouncil: profile !== undefined && profile.id === localProfile?.id,
    kinds,
    conflicts,
    skipped,
    leftOut: countLeftOut(district.sqlite, hubLeftOut),
    names: Object.fromEntries([...referenced].map((id) => [id, names.get(id) ?? id])),
    namesRu: Object.fromEntries([...referenced].map((id) => [id, namesRu.get(id) ?? id])),
  };
};
