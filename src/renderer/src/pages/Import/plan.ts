import type { DuplicateChoice } from '../../../../shared/api/imports';
import type { ImportPreview, ImportRow } from '../../../../shared/model';
import {
  duplicateChoiceFor,
  importOutcomeOf,
  type DuplicateChoices,
} from '../../../../shared/domain/importOutcome';

/** What the secretary has decided on the Check step. */
export interface ImportDecisions {
  skipInvalid: boolean;
  duplicateDefault: DuplicateChoice;
  /** Per row number, overriding the default. */
  duplicateRows: Record<string, DuplicateChoice>;
}

export type PlannedOutcome = 'created' | 'updated' | 'skipped' | 'blocked';

const choicesOf = (decisions: ImportDecisions): DuplicateChoices => ({
  default: decisions.duplicateDefault,
  rows: decisions.duplicateRows,
});

export const choiceFor = (row: ImportRow, decisions: ImportDecisions): DuplicateChoice =>
  duplicateChoiceFor(row, choicesOf(decisions));

/**
 * What the server will do with a row, by the same rule it writes by (importOutcomeOf); it
 * re-checks everything on commit, so this is the advice shown before confirming. A row with
 * problems blocks the import unless the secretary chose to skip such rows.
 */
export const plannedOutcome = (row: ImportRow, decisions: ImportDecisions): PlannedOutcome => {
  if (row.problems.length > 0 && !decisions.skipInvalid) return 'blocked';
  return importOutcomeOf(row, choicesOf(decisions)).outcome;
};

export interface ImportPlan {
  created: number;
  updated: number;
  skipped: number;
  blocked: number;
}

export const planOf = (rows: readonly ImportRow[], decisions: ImportDecisions): ImportPlan => {
  const plan: ImportPlan = { created: 0, updated: 0, skipped: 0, blocked: 0 };
  for (const row of rows) plan[plannedOutcome(row, decisions)] += 1;
  return plan;
};

/** Why the Import button is disabled, or null when it may start. */
export type ImportBlock =
  { reason: 'missing' } | { reason: 'problems'; count: number } | { reason: 'nothing' };

export const importBlock = (preview: ImportPreview, plan: ImportPlan): ImportBlock | null => {
  if (preview.missingFields.length > 0) return { reason: 'missing' };
  if (plan.blocked > 0) return { reason: 'problems', count: plan.blocked };
  if (plan.created + plan.updated === 0) return { reason: 'nothing' };
  return null;
};

/** The per-row choices the commit call takes: only rows that differ from the default. */
export const duplicateRowsInput = (
  rows: readonly ImportRow[],
  decisions: ImportDecisions,
): Record<string, DuplicateChoice> | undefined => {
  const out: Record<string, DuplicateChoice> = {};
  for (const row of rows) {
    const choice = decisions.duplicateRows[String(row.rowNumber)];
    if (row.duplicate && choice && choice !== decisions.duplicateDefault) out[String(row.rowNumber)] = choice;
  }
  return Object.keys(out).length > 0 ? out : undefined;
};
