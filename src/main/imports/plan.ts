import type { ImportCommitInput } from '../../shared/api/imports';
import { importOutcomeOf } from '../../shared/domain/importOutcome';
import type { ImportReport, ImportRow } from '../../shared/model';

export type ReportRow = ImportReport['rows'][number];

/** What becomes of one row: a new record, an update of an existing (or earlier-row) record, or nothing. */
export type RowDecision =
  | { action: 'create' }
  | { action: 'update'; registryId: string }
  | { action: 'updateEarlier'; rowNumber: number }
  | { action: 'skip'; reason: 'duplicate' | 'problems' };

/** The user's choices applied to one analysed row. Rows with problems were refused or are skipped. */
export const decide = (row: ImportRow, duplicates: ImportCommitInput['duplicates']): RowDecision => {
  const planned = importOutcomeOf(row, duplicates);
  if (planned.outcome === 'skipped') return { action: 'skip', reason: planned.reason };
  if (planned.outcome === 'created') return { action: 'create' };
  return row.duplicate?.source === 'registry'
    ? { action: 'update', registryId: row.duplicate.id }
    : { action: 'updateEarlier', rowNumber: row.duplicate?.rowNumber ?? 0 };
};

/** The fields of a create input that the file filled in: empty cells never erase. */
export const nonEmpty = <T extends object>(input: T, leaveOut: readonly string[] = []): Partial<T> =>
  Object.fromEntries(
    Object.entries(input).filter(
      ([key, value]) => value !== undefined && value !== '' && value !== null && !leaveOut.includes(key),
    ),
  ) as Partial<T>;
