import { z } from 'zod';
import { call } from './contract';
import { pageInput, uuid, type Page } from './fields';
import { historyActions } from '../domain/enums';
import type { HistoryEntry } from '../model';

export const historyEntities = [
  'council',
  'organisation',
  'group',
  'person',
  'link',
  'module_assignment',
  'settings',
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
      ...pageInput,
    }),
  ),
};
