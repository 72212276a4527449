import { z } from 'zod';
import { call } from './contract';
import { uploadId } from './uploads';
import { languages } from '../i18n/errors';
import type { ExportedFile } from './exports';
import type { ImportPreview, ImportReport } from '../model';

/**
 * Importing the council's partners (organisations) and their people from an XLSX or CSV
 * file the user uploaded (see uploads.ts). `preview` reads and checks, writing nothing;
 * `commit` reads the same upload again, re-checks everything and writes it as one
 * undoable step after a 'pre-import' backup.
 */

export const importKinds = ['organisations', 'people'] as const;
export type ImportKind = (typeof importKinds)[number];

/** Fields a spreadsheet column can be mapped to, per kind, in the order the template lists them. */
export const organisationImportFields = [
  'nameKk',
  'nameRu',
  'shortName',
  'type',
  'level',
  'district',
  'legalForm',
  'address',
  'headName',
  'phone',
  'email',
  'website',
  'membership',
  'clusterRole',
  'group',
  'notes',
] as const;
export const personImportFields = [
  'fullName',
  'organisation',
  'district',
  'position',
  'councilRole',
  'phone',
  'email',
  'notes',
] as const;
export type OrganisationImportField = (typeof organisationImportFields)[number];
export type PersonImportField = (typeof personImportFields)[number];
export type ImportField = OrganisationImportField | PersonImportField;

/**
 * Required columns. An organisation needs a name, a type and a level: the name column may
 * be the Kazakh one or the Russian one ('nameKk' is then reported missing only if neither
 * is mapped) — a row with only a Russian name gets it copied into the Kazakh name, which
 * the registry requires, so the secretary can translate it later.
 */
export const requiredImportFields = {
  organisations: ['nameKk', 'type', 'level'],
  people: ['fullName'],
} as const satisfies Record<ImportKind, readonly ImportField[]>;

export const importFieldsOf = (kind: ImportKind): readonly ImportField[] =>
  kind === 'organisations' ? organisationImportFields : personImportFields;

export const duplicateChoices = ['skip', 'update', 'import'] as const;
export type DuplicateChoice = (typeof duplicateChoices)[number];

/** The largest spreadsheet accepted: ~20,000 rows of a registry fit in a fraction of it. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
/** Data rows per import; a council has hundreds of partners, not tens of thousands. */
export const MAX_IMPORT_ROWS = 20_000;
/** Columns per sheet; the templates use 16. */
export const MAX_IMPORT_COLUMNS = 200;

/** Column index (0-based, in the sheet) → field, or null for "do not import". */
export const importMapping = z
  .array(
    z.strictObject({
      column: z.number().int().min(0).max(MAX_IMPORT_COLUMNS),
      field: z.string().max(40).nullable(),
    }),
  )
  .max(MAX_IMPORT_COLUMNS);
export type ImportMapping = z.infer<typeof importMapping>;

const importSource = {
  uploadId,
  kind: z.enum(importKinds),
  /** Default: the first sheet with data. */
  sheet: z.string().max(100).optional(),
};

export const importPreviewInput = z.strictObject({
  ...importSource,
  /** Default: recognised from the headers. */
  mapping: importMapping.optional(),
});

export const importCommitInput = z.strictObject({
  ...importSource,
  mapping: importMapping,
  /** false: any row with errors refuses the whole import (conflict 'importHasErrors'); true: such rows are skipped and reported. */
  skipInvalid: z.boolean(),
  duplicates: z.strictObject({
    default: z.enum(duplicateChoices),
    /** Per row (key: the row number as a string), overriding the default. */
    rows: z.record(z.string().regex(/^\d+$/), z.enum(duplicateChoices)).optional(),
  }),
});
export type ImportCommitInput = z.output<typeof importCommitInput>;

export const importCalls = {
  /** An empty spreadsheet to fill in: headers in the chosen language, drop-down lists, a sheet of allowed values. */
  template: call<ExportedFile>()(
    'imports:template',
    z.strictObject({ kind: z.enum(importKinds), language: z.enum(languages) }),
  ),
  /** Reads the uploaded file: sheets, recognised columns, every row with its errors and duplicates. Writes nothing. */
  preview: call<ImportPreview>()('imports:preview', importPreviewInput),
  /** Imports all of it in one transaction, after a 'pre-import' backup; refused as a whole if anything is wrong. */
  commit: call<ImportReport>()('imports:commit', importCommitInput),
};
