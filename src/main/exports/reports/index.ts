/**
 * The quarterly and annual report of the council as DOCX and XLSX (issue 5, item 8). The
 * figures are read synchronously before the first await, so the file shows one moment of
 * the store; nothing is written to the workspace.
 */
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { ExportedFile } from '../../../shared/api/exports';
import type { reportCalls } from '../../../shared/api/reports';
import { isoDay } from '../../../shared/domain/agreementStatus';
import type { ServiceContext } from '../../services/context';
import { reportSummary } from '../../services/reports';
import { docxFileName } from '../documents/fileName';
import { packDocument } from '../documents/layout';
import { tableFileName } from '../tables';
import { reportBody } from './docx';
import { reportText } from './text';
import { writeReportXlsx } from './xlsx';

type DocumentInput = ParsedInputOf<typeof reportCalls.docx>;

const pictureOf = (base64: string | undefined): Buffer | null =>
  base64 ? Buffer.from(base64, 'base64') : null;

export const reportDocx = (ctx: ServiceContext, input: DocumentInput): Promise<ExportedFile> => {
  const summary = reportSummary(ctx, { period: input.period });
  const t = reportText[input.language];
  const { heading, children, landscape } = reportBody(summary, input.language, pictureOf(input.networkPng));
  const fileName = docxFileName([t.fileName(summary.period.year, summary.period.quarter)]);
  return packDocument({ title: heading, language: input.language, children, landscape }).then((base64) => ({
    fileName,
    base64,
  }));
};

export const reportXlsx = async (ctx: ServiceContext, input: DocumentInput): Promise<ExportedFile> => {
  const now = ctx.now();
  const summary = reportSummary(ctx, { period: input.period });
  const t = reportText[input.language];
  const bytes = await writeReportXlsx(summary, input.language, pictureOf(input.networkPng), now);
  return {
    fileName: tableFileName(t.fileName(summary.period.year, summary.period.quarter), isoDay(now), 'xlsx'),
    base64: bytes.toString('base64'),
  };
};
