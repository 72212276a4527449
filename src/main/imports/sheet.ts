import { conflict, ServiceError } from '../services/errors';
import {
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  importFieldsOf,
  requiredImportFields,
  type ImportField,
  type ImportKind,
  type ImportMapping,
} from '../../shared/api/imports';
import type { Language } from '../../shared/i18n/errors';
import type { ImportColumn } from '../../shared/model';
import { fieldForHeading, headingOf } from './headers';
import { columnLetter, type ImportSheet, type ImportWorkbook } from './workbook';

/** The header row is looked for among the first rows only: below that it is data, or a title page. */
export const HEADER_SEARCH_ROWS = 10;
const SAMPLES = 3;

/** One data row: its spreadsheet row number and the text of each mapped field. */
export interface SheetRow {
  rowNumber: number;
  values: Partial<Record<ImportField, string>>;
}

export interface ReadSheet {
  sheet: ImportSheet;
  headerRow: number;
  columns: ImportColumn[];
  missingFields: ImportField[];
  rows: SheetRow[];
}

const isEmptyRow = (row: readonly string[] | undefined): boolean => !row || row.every((c) => c === '');

/** Fields recognised in a row of headings, one column per field (the first claims it). */
const recognise = (kind: ImportKind, row: readonly string[]): (ImportField | null)[] => {
  const taken = new Set<ImportField>();
  return row.map((heading) => {
    const field = heading ? fieldForHeading(kind, heading) : null;
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
};

/** 0-based index of the header row: the first of the first rows naming at least two known fields. */
const findHeaderRow = (kind: ImportKind, sheet: ImportSheet): number | null => {
  for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); i++) {
    if (recognise(kind, sheet.rows[i] ?? []).filter(Boolean).length >= 2) return i;
  }
  return null;
};

const hasData = (sheet: ImportSheet): boolean => sheet.rows.some((r) => !isEmptyRow(r));

/**
 * The sheet to read: the one asked for, else the first visible sheet with recognised
 * headings, else the first visible sheet with anything on it (whose missing headings
 * are then reported).
 */
const chooseSheet = (kind: ImportKind, workbook: ImportWorkbook, name: string | undefined): ImportSheet => {
  if (name !== undefined) {
    const sheet = workbook.sheets.find((s) => s.name === name);
    if (!sheet) throw new ServiceError('conflict', 'conflict.importNoSuchSheet', { sheet: name });
    return sheet;
  }
  const visible = workbook.sheets.filter((s) => !s.hidden && hasData(s));
  const recognised = visible.find(
    (s) => s.columnCount <= MAX_IMPORT_COLUMNS && findHeaderRow(kind, s) !== null,
  );
  if (recognised) return recognised;
  if (visible[0]) return visible[0];
  const hidden = workbook.sheets.find((s) => s.hidden && hasData(s));
  if (hidden) throw new ServiceError('conflict', 'conflict.importHiddenSheet', { sheet: hidden.name });
  const first = workbook.sheets[0];
  if (first) throw new ServiceError('conflict', 'conflict.importEmptySheet', { sheet: first.name });
  throw conflict('importEmpty');
};

const requiredMissing = (kind: ImportKind, mapped: ReadonlySet<string>): ImportField[] =>
  requiredImportFields[kind].filter(
    (field) => !mapped.has(field) && !(field === 'nameKk' && mapped.has('nameRu')),
  );

/** The user's mapping, checked: known fields of this kind, each at most once, columns that exist. */
const applyMapping = (
  kind: ImportKind,
  columnCount: number,
  recognised: (ImportField | null)[],
  mapping: ImportMapping | undefined,
  lang: Language,
): (ImportField | null)[] => {
  if (!mapping) return Array.from({ length: columnCount }, (_, i) => recognised[i] ?? null);
  const fields = new Set<string>(importFieldsOf(kind));
  const result: (ImportField | null)[] = Array.from({ length: columnCount }, () => null);
  const seen = new Set<string>();
  for (const { column, field } of mapping) {
    if (field === null) continue;
    if (column >= columnCount || !fields.has(field)) {
      throw new ServiceError('conflict', 'conflict.importMappingInvalid', { column: columnLetter(column) });
    }
    if (seen.has(field)) {
      throw new ServiceError('conflict', 'conflict.importMappingDuplicate', {
        field: headingOf(kind, field, lang),
      });
    }
    seen.add(field);
    result[column] = field as ImportField;
  }
  return result;
};

/**
 * Reads one sheet of the workbook as rows of fields. Throws a translated conflict for
 * every whole-file problem: too wide, no headings, nothing below them, too many rows,
 * formulas, merged cells.
 */
export const readSheet = (
  kind: ImportKind,
  workbook: ImportWorkbook,
  options: { sheet?: string | undefined; mapping?: ImportMapping | undefined; lang: Language },
): ReadSheet => {
  const sheet = chooseSheet(kind, workbook, options.sheet);
  if (!hasData(sheet)) throw new ServiceError('conflict', 'conflict.importEmptySheet', { sheet: sheet.name });
  if (sheet.columnCount > MAX_IMPORT_COLUMNS) {
    throw new ServiceError('conflict', 'conflict.importTooManyColumns', { max: MAX_IMPORT_COLUMNS });
  }
  const headerIndex = findHeaderRow(kind, sheet);
  if (headerIndex === null) {
    throw new ServiceError('conflict', 'conflict.importNoHeader', {
      expected: requiredImportFields[kind].map((f) => headingOf(kind, f, options.lang)).join(', '),
    });
  }
  const headerRow = headerIndex + 1;
  const dataRows: { rowNumber: number; cells: string[] }[] = [];
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    if (isEmptyRow(cells)) continue;
    dataRows.push({ rowNumber: i + 1, cells: cells! });
    if (dataRows.length > MAX_IMPORT_ROWS) {
      throw new ServiceError('conflict', 'conflict.importTooManyRows', { max: MAX_IMPORT_ROWS });
    }
  }
  if (dataRows.length === 0) throw conflict('importNoRows');
  const formula = sheet.formulas.find((f) => f.row >= headerRow);
  if (formula) throw new ServiceError('conflict', 'conflict.importFormula', { cell: formula.address });
  const merge = sheet.merges.find((m) => m.bottom >= headerRow);
  if (merge) throw new ServiceError('conflict', 'conflict.importMerged', { range: merge.range });

  const headings = sheet.rows[headerIndex] ?? [];
  const fields = applyMapping(
    kind,
    sheet.columnCount,
    recognise(kind, headings),
    options.mapping,
    options.lang,
  );
  const columns: ImportColumn[] = fields.map((field, index) => ({
    index,
    header: headings[index] ?? '',
    field,
    samples: dataRows
      .map((r) => r.cells[index] ?? '')
      .filter((v) => v !== '')
      .slice(0, SAMPLES),
  }));
  const rows = dataRows.map(({ rowNumber, cells }) => {
    const values: SheetRow['values'] = {};
    fields.forEach((field, index) => {
      if (field) values[field] = cells[index] ?? '';
    });
    return { rowNumber, values };
  });
  const mapped = new Set<string>(fields.filter((f): f is ImportField => f !== null));
  return { sheet, headerRow, columns, missingFields: requiredMissing(kind, mapped), rows };
};
