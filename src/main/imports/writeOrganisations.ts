import { eq } from 'drizzle-orm';
import { organisations } from '../../../db/schema';
import type { ServiceContext } from '../services/context';
import type { Change } from '../services/history';
import { organisationRow } from '../services/organisations';
import { insertRows } from '../store/insert-rows';
import { sectorOfType } from '../../shared/reference';
import type { ImportCommitInput } from '../../shared/api/imports';
import type { Organisation } from '../../shared/model';
import type { OrganisationImportRow } from './organisationRows';
import { decide, nonEmpty, type ReportRow } from './plan';
import { foldName } from './values';

type OrganisationInsert = typeof organisations.$inferInsert;

const SPELLED_KEYS = ['nameKk', 'nameRu', 'district'] as const;

/** The name and district matched only up to spelling: the record keeps its own spelling. */
const keepSpelling = (
  patch: Partial<OrganisationInsert>,
  record: Pick<OrganisationInsert, (typeof SPELLED_KEYS)[number]>,
): Partial<OrganisationInsert> => {
  const kept = { ...patch };
  for (const key of SPELLED_KEYS) {
    const value = kept[key];
    if (value !== undefined && foldName(value) === foldName(record[key] ?? '')) delete kept[key];
  }
  return kept;
};

/**
 * Writes the analysed rows inside the caller's transaction and returns the history
 * changes (one batch for the caller to record) and one report line per row. New rows go
 * in through the service's own row builder and one prepared statement; updates merge the
 * file's non-empty values over the record, one UPDATE per record however many rows name it.
 */
export const writeOrganisations = (
  ctx: ServiceContext,
  rows: OrganisationImportRow[],
  duplicates: ImportCommitInput['duplicates'],
): { changes: Change[]; report: ReportRow[] } => {
  const at = ctx.now().toISOString();
  const created: OrganisationInsert[] = [];
  const createdByRow = new Map<number, OrganisationInsert>();
  const patches = new Map<string, Partial<OrganisationInsert>>();
  const report: ReportRow[] = [];

  const patchOf = (row: OrganisationImportRow): Partial<OrganisationInsert> => {
    const patch: Partial<OrganisationInsert> = nonEmpty(row.input!, row.nameKkFromRu ? ['nameKk'] : []);
    if (patch.typeCode && !patch.sector) patch.sector = sectorOfType(patch.typeCode) ?? '';
    return patch;
  };

  for (const row of rows) {
    const decision = decide(row, duplicates);
    if (decision.action === 'skip') {
      report.push({ rowNumber: row.rowNumber, name: row.name, outcome: 'skipped', reason: decision.reason });
      continue;
    }
    if (decision.action === 'update') {
      patches.set(decision.registryId, { ...patches.get(decision.registryId), ...patchOf(row) });
      report.push({ rowNumber: row.rowNumber, name: row.name, outcome: 'updated' });
      continue;
    }
    const earlier = decision.action === 'updateEarlier' ? createdByRow.get(decision.rowNumber) : undefined;
    if (earlier) {
      // The earlier row is not written yet: its record simply takes this row's values too.
      Object.assign(earlier, keepSpelling(patchOf(row), earlier), { updatedAt: at });
      report.push({ rowNumber: row.rowNumber, name: row.name, outcome: 'updated' });
      continue;
    }
    const record = organisationRow(ctx, row.input!, at);
    created.push(record);
    createdByRow.set(row.rowNumber, record);
    report.push({ rowNumber: row.rowNumber, name: row.name, outcome: 'created' });
  }

  insertRows(ctx, organisations, created);
  const changes: Change[] = created.map((row) => ({
    entity: 'organisation',
    entityId: row.id,
    action: 'create',
    before: null,
    after: row,
  }));
  for (const [id, patch] of patches) {
    const before: Organisation | undefined = ctx.db
      .select()
      .from(organisations)
      .where(eq(organisations.id, id))
      .get();
    if (!before) continue;
    const after = ctx.db
      .update(organisations)
      .set({ ...keepSpelling(patch, before), updatedAt: at })
      .where(eq(organisations.id, id))
      .returning()
      .get();
    changes.push({ entity: 'organisation', entityId: id, action: 'update', before, after });
  }
  return { changes, report };
};
