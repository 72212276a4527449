import type { DocumentLanguage } from '../../../../shared/api/exports';
import { kk } from './kk';
import { ru } from './ru';
import type { MinutesText } from './types';

export const minutesText: Record<DocumentLanguage, MinutesText> = { kk, ru };
export { PEN } from './types';
export type { MinutesText } from './types';
