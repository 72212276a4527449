import type { DocumentLanguage } from '../../../../shared/api/exports';
import { kk } from './kk';
import { ru } from './ru';
import type { ReportText } from './types';

export const reportText: Record<DocumentLanguage, ReportText> = { kk, ru };
export type { ReportText } from './types';
