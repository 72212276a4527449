import type { DocumentLanguage } from '../../../../shared/api/exports';
import { kk } from './kk';
import { ru } from './ru';
import type { DocumentText } from './types';

export const documentText: Record<DocumentLanguage, DocumentText> = { kk, ru };
export { BLANK } from './types';
export type * from './types';
