import type { ServiceContext } from '../services/context';
import { ServiceError } from '../services/errors';
import { recordChanges } from '../services/history';
import { readSettings } from '../services/settings';
import { discardUpload } from '../services/uploads';
import { backUpBefore } from '../services/workspace';
import type { ImportCommitInput, ImportKind, ImportMapping } from '../../shared/api/imports';
import type { Language } from '../../shared/i18n/errors';
import type { ImportPreview, ImportReport, ImportRow } from '../../shared/model';
import { headingOf } from './headers';
import { readUploadedWorkbook } from './open';
import { analyseOrganisationRows, type OrganisationImportRow } from './organisationRows';
import { analysePersonRows, type PersonImportRow } from './personRows';
import { readSheet } from './sheet';
import { writeOrganisations } from './writeOrganisations';
import { writePeople } from './writePeople';

export { importTemplate } from './template';

interface SourceInput {
  uploadId: string;
  kind: ImportKind;
  sheet?: string | undefined;
  mapping?: ImportMapping | undefined;
}

type Analysed =
  { kind: 'organisations'; rows: OrganisationImportRow[] } | { kind: 'people'; rows: PersonImportRow[] };

/** Reads the upload and checks every row; shared by preview and commit, so commit re-checks it all. */
const analyse = async (ctx: ServiceContext, input: SourceInput, lang: Language) => {
  const { workbook, fileName } = await readUploadedWorkbook(ctx, input.uploadId);
  const read = readSheet(input.kind, workbook, { sheet: input.sheet, mapping: input.mapping, lang });
  const analysed: Analysed =
    input.kind === 'organisations'
      ? { kind: 'organisations', rows: analyseOrganisationRows(ctx, read.rows, lang) }
      : { kind: 'people', rows: analysePersonRows(ctx, read.rows, lang) };
  // A field no column is mapped to is reported once, as missing, not on every row.
  const missing = new Set<string>(read.missingFields);
  for (const row of analysed.rows as ImportRow[]) {
    row.problems = row.problems.filter((p) => p.field === null || !missing.has(p.field));
  }
  return { workbook, fileName, read, analysed };
};

const publicRow = ({ rowNumber, values, problems, duplicate }: ImportRow): ImportRow => ({
  rowNumber,
  values,
  problems,
  duplicate,
});

/** Reads and checks the file; writes nothing. */
export const previewImport = async (ctx: ServiceContext, input: SourceInput): Promise<ImportPreview> => {
  const lang = readSettings(ctx.db).language;
  const { workbook, fileName, read, analysed } = await analyse(ctx, input, lang);
  const rows = (analysed.rows as ImportRow[]).map(publicRow);
  const withProblems = rows.filter((r) => r.problems.length > 0).length;
  return {
    kind: input.kind,
    fileName,
    format: workbook.format,
    encoding: workbook.encoding,
    sheets: workbook.sheets.map((s) => s.name),
    sheet: workbook.format === 'xlsx' ? read.sheet.name : null,
    headerRow: read.headerRow,
    columns: read.columns,
    missingFields: read.missingFields,
    rows,
    counts: {
      rows: rows.length,
      valid: rows.length - withProblems,
      withProblems,
      duplicates: rows.filter((r) => r.duplicate !== null).length,
    },
  };
};

/** Row numbers listed in the "rows with errors" message: enough to find them, not a wall of numbers. */
const LISTED_ROWS = 10;

/**
 * Imports the file as one undoable step: re-read and re-checked from the upload, refused
 * as a whole on any problem unless told to skip such rows, a 'pre-import' backup first,
 * then every record and one history batch in one transaction.
 */
export const commitImport = async (ctx: ServiceContext, input: ImportCommitInput): Promise<ImportReport> => {
  const lang = readSettings(ctx.db).language;
  const { read, analysed } = await analyse(ctx, input, lang);
  if (read.missingFields.length > 0) {
    throw new ServiceError('conflict', 'conflict.importMissingColumns', {
      fields: read.missingFields.map((f) => headingOf(input.kind, f, lang)).join(', '),
    });
  }
  const invalid = (analysed.rows as ImportRow[]).filter((r) => r.problems.length > 0);
  if (invalid.length > 0 && !input.skipInvalid) {
    const listed = invalid.slice(0, LISTED_ROWS).map((r) => r.rowNumber);
    throw new ServiceError('conflict', 'conflict.importHasErrors', {
      count: invalid.length,
      rows: listed.join(', ') + (invalid.length > LISTED_ROWS ? '…' : ''),
    });
  }
  const backup = backUpBefore(ctx, 'pre-import');
  const { report } = ctx.transaction(() => {
    const written =
      analysed.kind === 'organisations'
        ? writeOrganisations(ctx, analysed.rows, input.duplicates)
        : writePeople(ctx, analysed.rows, input.duplicates);
    recordChanges(ctx, written.changes);
    return written;
  });
  discardUpload(ctx, { uploadId: input.uploadId });
  const count = (outcome: string): number => report.filter((r) => r.outcome === outcome).length;
  return {
    kind: input.kind,
    created: count('created'),
    updated: count('updated'),
    skipped: count('skipped'),
    rows: report,
    backup,
  };
};
