import type { DuplicateChoice } from '../api/imports';
import type { ImportRow } from '../model';

/** The secretary's choices for duplicates, as the commit call takes them. */
export interface DuplicateChoices {
  default: DuplicateChoice;
  /** Per row (the row number as a string), overriding the default. */
  rows?: Record<string, DuplicateChoice>;
}

export type ImportOutcome =
  { outcome: 'created' } | { outcome: 'updated' } | { outcome: 'skipped'; reason: 'problems' | 'duplicate' };

export const duplicateChoiceFor = (row: ImportRow, choices: DuplicateChoices): DuplicateChoice =>
  choices.rows?.[String(row.rowNumber)] ?? choices.default;

/**
 * What an import does with one checked row, given the choices: the rule the server writes
 * by and the Check step previews with, so the confirmation's numbers are the report's.
 * "Update" on a row repeating an earlier row of the file fills that row's new record.
 */
export const importOutcomeOf = (row: ImportRow, choices: DuplicateChoices): ImportOutcome => {
  if (row.problems.length > 0) return { outcome: 'skipped', reason: 'problems' };
  if (!row.duplicate) return { outcome: 'created' };
  const choice = duplicateChoiceFor(row, choices);
  if (choice === 'skip') return { outcome: 'skipped', reason: 'duplicate' };
  return { outcome: choice === 'import' ? 'created' : 'updated' };
};
