/**
 * A table as both writers see it: the builders (agreements, obligations, module matrix)
 * fill it from the services, the XLSX and CSV writers lay it out. Keeping the two
 * formats on one model means a column added to a table appears in both.
 */

/**
 * text: one line; long: may wrap in XLSX; date: a calendar day 'YYYY-MM-DD' (any other
 * string in a date column, such as "indefinite", stays text); number: a count of days or items.
 */
export type ColumnKind = 'text' | 'long' | 'date' | 'number';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** A short value (a role in the matrix) centred under its heading. */
  centred?: boolean;
  /** Shown in XLSX as the heading's comment: the full name behind a short heading. */
  note?: string;
}

export type CellValue = string | number | null;

export interface SheetRow {
  cells: CellValue[];
  /** Drawn in warning colours in XLSX (an overdue obligation); CSV has no colours. */
  highlight?: boolean;
  /** Cells drawn bold in XLSX, by column index (a module's lead in the matrix). */
  strong?: boolean[];
}

export interface Sheet {
  /** The tab's name, already within Excel's rules (sheetName below). */
  name: string;
  /** The first row of the XLSX sheet, above the headings. */
  title: string;
  columns: Column[];
  rows: SheetRow[];
  /** Columns kept in view while scrolling right (the organisation's name in the matrix). */
  frozenColumns?: number;
}

/** What a builder returns: the workbook's sheets, and the one table a CSV file can hold. */
export interface TableExport {
  /** File name without the date and extension, e.g. "Келісімдер". */
  baseName: string;
  sheets: Sheet[];
  csv: Sheet;
}

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** dd.mm.yyyy: how dates are written in Kazakhstan, and the cell format of the XLSX dates. */
export const displayDay = (iso: string): string =>
  `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * Excel refuses a sheet name longer than 31 characters or containing []:*?/\ and
 * will not open such a file; names from translations are cut to fit, never trusted.
 */
export const sheetName = (name: string): string =>
  name
    .replace(/[[\]:*?/\\]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, 31)
    .trim() || 'Kenes';
