import { z } from 'zod';
import { call } from './contract';
import { uuid } from './fields';
import { documentLanguage, type ExportedFile } from './exports';

/**
 * The minutes (хаттама / протокол) of a sitting in the official layout (DOMAIN.md §9.6), in
 * the language the council signs them in, whatever the interface language. Amendments made
 * after approval are printed with them.
 */
const minutesInput = z.strictObject({ sessionId: uuid, language: documentLanguage });

export const minutesCalls = {
  docx: call<ExportedFile>()('minutes:docx', minutesInput),
  pdf: call<ExportedFile>()('minutes:pdf', minutesInput),
};
