import { ISO_DAY, displayDay, type CellValue, type Column, type Sheet } from './sheet';

/**
 * CSV as Excel in Kazakhstan and Russia opens it by double-click: UTF-8 with a byte-order
 * mark (without it Excel reads the Cyrillic as the ANSI code page and garbles Ә Ғ Қ …),
 * fields separated by ';' (the list separator of the kk-KZ and ru-RU locales, where ','
 * is the decimal comma), quoted per RFC 4180, lines ended with CRLF.
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * A text cell that starts like a formula (= + - @, or a tab or CR that some programs
 * strip first) would be evaluated when the file is opened: a partner's name such as
 * "=HYPERLINK(…)" must stay text. The leading apostrophe makes Excel show it as written.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

const quote = (field: string): string =>
  /[";\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;

const cellText = (value: CellValue, column: Column): string => {
  if (value === null) return '';
  // Numbers are ours (counts, days): never user text, so a negative count stays a number.
  if (typeof value === 'number') return String(value);
  if (column.kind === 'date' && ISO_DAY.test(value)) return displayDay(value);
  return neutraliseFormula(value);
};

export const writeCsv = (sheet: Sheet): Buffer => {
  const lines = [
    sheet.columns.map((c) => quote(neutraliseFormula(c.header))),
    ...sheet.rows.map((row) =>
      sheet.columns.map((column, i) => quote(cellText(row.cells[i] ?? null, column))),
    ),
  ].map((fields) => fields.join(CSV_SEPARATOR));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
};
