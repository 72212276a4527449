import { eq } from 'drizzle-orm';
import { people } from '../../../db/schema';
import type { ServiceContext } from '../services/context';
import type { Change } from '../services/history';
import { assignOfficer, personRow } from '../services/people';
import { insertRows } from '../store/insert-rows';
import type { ImportCommitInput } from '../../shared/api/imports';
import type { Person } from '../../shared/model';
import type { PersonImportRow } from './personRows';
import { decide, nonEmpty, type ReportRow } from './plan';

type PersonInsert = typeof people.$inferInsert;

/**
 * People are written as the people service writes them (the same columns and defaults),
 * and a chair or secretary named in the file takes the post on the council profile, as
 * the form does — every change returned for the caller's single history batch.
 */
export const writePeople = (
  ctx: ServiceContext,
  rows: PersonImportRow[],
  duplicates: ImportCommitInput['duplicates'],
): { changes: Change[]; report: ReportRow[] } => {
  const at = ctx.now().toISOString();
  const created: PersonInsert[] = [];
  const createdByRow = new Map<number, PersonInsert>();
  const patches = new Map<string, Partial<PersonInsert>>();
  const report: ReportRow[] = [];

  for (const row of rows) {
    const decision = decide(row, duplicates);
    if (decision.action === 'skip') {
      report.push({ rowNumber: row.rowNumber, name: row.name, outcome: 'skipped', reason: decision.reason });
      continue;
    }
    const input = row.input!;
    if (decision.action === 'update') {
      // The full name matched up to spelling: the registry's own spelling stays.
      patches.set(decision.registryId, {
        ...patches.get(decision.registryId),
        ...nonEmpty(input, ['fullName']),
      });
      report.push({ rowNumber: row.rowNumber, name: row.name, outcome: 'updated' });
      continue;
    }
    const earlier = decision.action === 'updateEarlier' ? createdByRow.get(decision.rowNumber) : undefined;
    if (earlier) {
      Object.assign(earlier, nonEmpty(input, ['fullName']));
      report.push({ rowNumber: row.rowNumber, name: row.name, outcome: 'updated' });
      continue;
    }
    const record = personRow(ctx, input, at);
    created.push(record);
    createdByRow.set(row.rowNumber, record);
    report.push({ rowNumber: row.rowNumber, name: row.name, outcome: 'created' });
  }

  insertRows(ctx, people, created);
  const changes: Change[] = created.map((row) => ({
    entity: 'person',
    entityId: row.id,
    action: 'create',
    before: null,
    after: row,
  }));
  const officers: { id: string; role: 'chair' | 'secretary' }[] = created
    .filter((p) => p.councilRole === 'chair' || p.councilRole === 'secretary')
    .map((p) => ({ id: p.id, role: p.councilRole as 'chair' | 'secretary' }));
  for (const [id, patch] of patches) {
    const before: Person | undefined = ctx.db.select().from(people).where(eq(people.id, id)).get();
    if (!before) continue;
    const after = ctx.db
      .update(people)
      .set({ ...patch, updatedAt: at })
      .where(eq(people.id, id))
      .returning()
      .get();
    changes.push({ entity: 'person', entityId: id, action: 'update', before, after });
    if (patch.councilRole === 'chair' || patch.councilRole === 'secretary') {
      officers.push({ id, role: patch.councilRole });
    }
  }
  // In file order: a later chair in the file takes the post from an earlier one, as later edits would.
  for (const { id, role } of officers) changes.push(...assignOfficer(ctx, id, role));
  return { changes, report };
};
