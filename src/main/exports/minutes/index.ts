import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ExportedFile } from '../../../shared/api/exports';
import type { minutesCalls } from '../../../shared/api/minutes';
import type { ServiceContext } from '../../services/context';
import { docxFileName } from '../documents/fileName';
import { packDocument } from '../documents/layout';
import { minutesBlocks } from './blocks';
import { minutesDocxChildren } from './docx';
import { minutesFacts, type MinutesFacts } from './facts';
import { minutesPdfBytes } from './pdf';
import { minutesText } from './text';

type MinutesInput = ParsedInputOf<typeof minutesCalls.docx>;

/** "Хаттама-№3-2026-12-15": the word, the number and the day of the sitting. */
const baseName = (facts: MinutesFacts, input: MinutesInput): string =>
  docxFileName([minutesText[input.language].fileWord, `№${facts.number}`, facts.date ?? '']).replace(
    /\.docx$/,
    '',
  );

const titleOf = (facts: MinutesFacts, input: MinutesInput): string =>
  `${minutesText[input.language].title(facts.number)}${facts.councilName ? ` — ${facts.councilName}` : ''}`;

/**
 * The minutes as DOCX. The record is read synchronously before the first await, so the file
 * shows one state of the sitting even if it changes while the document is packed.
 */
export const minutesDocx = (ctx: ServiceContext, input: MinutesInput): Promise<ExportedFile> => {
  const facts = minutesFacts(ctx, input.sessionId, input.language);
  const children = minutesDocxChildren(minutesBlocks(facts, input.language));
  return packDocument({ title: titleOf(facts, input), language: input.language, children }).then(
    (base64) => ({
      fileName: `${baseName(facts, input)}.docx`,
      base64,
    }),
  );
};

/** The same minutes as PDF, for sending on or printing as they are. */
export const minutesPdf = (ctx: ServiceContext, input: MinutesInput): ExportedFile => {
  const facts = minutesFacts(ctx, input.sessionId, input.language);
  const bytes = minutesPdfBytes(titleOf(facts, input), minutesBlocks(facts, input.language));
  return { fileName: `${baseName(facts, input)}.pdf`, base64: bytes.toString('base64') };
};
