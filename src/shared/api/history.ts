import { z } from 'zod';
import { call } from './contract';
import { pageInput, uuid, type Page } from './fields';
import { historyActions } from '../domain/enums';
import type { BatchSummary, HistoryEntry, UndoState } from '../model';

export const historyEntities = [
  'council',
  'organisation',
  'group',
  'person',
  'link',
  'module_assignment',
  'network_view',
  'agreement',
  'agreement_party',
  'agreement_obligation',
  'agreement_module',
  'attachment',
  'session',
  'agenda_item',
  'agenda_item_reference',
  'attendance',
  'decision',
  'decision_responsible',
  'decision_progress_note',
  'session_amendment',
] as const;

export const historyCalls = {
  list: call<Page<HistoryEntry>>()(
    'history:list',
    z.strictObject({
      entity: z.enum(historyEntities).optional(),
      entityId: uuid.optional(),
      /** Entries for an organisation also cover its links and people. */
      includeRelated: z.boolean().optional(),
      actions: z.array(z.enum(historyActions)).max(5).optional(),
      /** Only changes made under this user name (exactly as it was in Settings). */
      by: z.string().max(200).optional(),
      /** Only changes at or after this moment (ISO timestamp). */
      from: z.iso.datetime({ offset: true }).optional(),
      /** Only changes before this moment (ISO timestamp, exclusive). */
      to: z.iso.datetime({ offset: true }).optional(),
      ...pageInput,
    }),
  ),
  /** The distinct user names that appear in the history, for the "who" filter. */
  authors: call<string[]>()('history:authors', z.strictObject({})),
  /** What the undo and redo buttons would do now; survives a restart, as it is read from the history. */
  undoState: call<UndoState>()('history:undoState', z.strictObject({})),
  /** Reverts the newest change not yet undone, on whichever screen it was made; returns what was undone. */
  undo: call<BatchSummary>()('history:undo', z.strictObject({})),
  /** Makes the most recently undone change again; any new edit empties the redo stack. Returns what was redone. */
  redo: call<BatchSummary>()('history:redo', z.strictObject({})),
};
