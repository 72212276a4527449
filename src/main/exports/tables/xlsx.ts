import type ExcelJS from 'exceljs';
import { ISO_DAY, type CellValue, type Column, type Sheet } from './sheet';

/** Row 1 is the title, row 2 the headings, data from row 3. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;
const FIRST_DATA_ROW = HEADER_ROW + 1;

export const DATE_FORMAT = 'dd.mm.yyyy';
const HEADER_FILL = 'FFE3EAF2';
const WARNING_FILL = 'FFFBE3E3';
const WARNING_TEXT = 'FF9B1C1C';
/** Excel's default font, named on every styled cell: a font without a name falls back to a serif in LibreOffice. */
const FONT = { name: 'Calibri', size: 11 } as const;
/** Points per line of 11-point text, and Excel's limit for a row. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/** Character widths per kind: enough for a date or a count, a cap so long text wraps instead. */
const WIDTH = {
  text: { min: 8, max: 32 },
  long: { min: 12, max: 40 },
  date: { min: 12, max: 14 },
  number: { min: 8, max: 14 },
} as const;

/**
 * A calendar day as Excel stores it: exceljs turns a Date into a serial day from its UTC
 * time, so UTC midnight gives a whole day with no hour that a time zone could shift.
 */
const excelDay = (iso: string): Date =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

const longestLine = (text: string): number => Math.max(0, ...text.split('\n').map((l) => l.length));
const longestWord = (text: string): number => Math.max(0, ...text.split(/\s+/).map((w) => w.length));

const cellLength = (value: CellValue, column: Column): number => {
  if (value === null) return 0;
  if (column.kind === 'date' && typeof value === 'string' && ISO_DAY.test(value)) return DATE_FORMAT.length;
  return longestLine(String(value));
};

/**
 * A column's width is counted in widths of the digit 0; Cyrillic letters are wider, and
 * bold ones wider still. These factors keep a heading's longest word on one line.
 */
const CYRILLIC = 1.1;
const BOLD_CYRILLIC = 1.15;

/** Wide enough for the longest value (within the cap) and for each word of the heading. */
const columnWidth = (sheet: Sheet, index: number): number => {
  const column = sheet.columns[index]!;
  const { min, max } = WIDTH[column.kind];
  const content = Math.max(0, ...sheet.rows.map((r) => cellLength(r.cells[index] ?? null, column)));
  const heading = Math.ceil(longestWord(column.header) * BOLD_CYRILLIC) + 2;
  return Math.max(Math.min(max, Math.max(min, Math.ceil(content * CYRILLIC) + 2)), heading);
};

/**
 * Lines a text takes when wrapped at the column's width, roughly as Excel lays it out: a
 * line that fits at one digit-width a letter stays one line; a longer one wraps at words,
 * counted at the wider factor so that an extra line (space) is likelier than a missing one (cut text).
 */
const wrappedLines = (text: string, width: number, factor: number): number => {
  const perLine = Math.max(1, Math.floor((width - 2) / factor));
  return text
    .split('\n')
    .reduce((n, line) => n + (line.length + 2 <= width ? 1 : Math.ceil(line.length / perLine)), 0);
};

/**
 * Neither Excel nor LibreOffice grows a row for wrapped text when it opens a file, so each
 * row is given the height of its tallest cell; otherwise long titles and party lists are cut.
 */
const rowHeight = (texts: (string | null)[], widths: number[], factor: number): number => {
  const lines = texts.map((t, i) => (t ? wrappedLines(t, widths[i]!, factor) : 1));
  return Math.min(MAX_ROW_HEIGHT, LINE_HEIGHT * Math.max(1, ...lines) + 3);
};

export const addSheet = (workbook: ExcelJS.Workbook, sheet: Sheet): void => {
  const frozenColumns = sheet.frozenColumns ?? 0;
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: HEADER_ROW }],
    // Printed (or converted to PDF) on landscape A4, as wide as the page, headings on every page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  const widths = sheet.columns.map((_, i) => columnWidth(sheet, i));
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });

  const title = ws.getRow(TITLE_ROW).getCell(1);
  title.value = sheet.title;
  title.font = { ...FONT, bold: true, size: 14 };
  ws.getRow(TITLE_ROW).height = 24;

  const header = ws.getRow(HEADER_ROW);
  sheet.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { ...FONT, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: column.centred ? 'center' : 'left' };
    cell.border = { bottom: { style: 'thin' } };
    if (column.note) cell.note = column.note;
  });
  header.height = rowHeight(
    sheet.columns.map((c) => c.header),
    widths,
    BOLD_CYRILLIC,
  );

  sheet.rows.forEach((data, r) => {
    const row = ws.getRow(FIRST_DATA_ROW + r);
    sheet.columns.forEach((column, i) => {
      const value = data.cells[i] ?? null;
      const cell = row.getCell(i + 1);
      if (column.kind === 'date' && typeof value === 'string' && ISO_DAY.test(value)) {
        cell.value = excelDay(value);
        cell.numFmt = DATE_FORMAT;
      } else {
        // A string is written as text, never as a formula, whatever it starts with.
        cell.value = value;
      }
      cell.alignment = {
        vertical: 'top',
        wrapText: column.kind === 'long' || column.kind === 'text',
        // Dates and counts centred: right-aligned, they would run into the text of the next column.
        ...(column.centred || column.kind === 'date' || column.kind === 'number'
          ? { horizontal: 'center' }
          : {}),
      };
      const bold = data.strong?.[i] ?? false;
      cell.font = data.highlight ? { ...FONT, bold, color: { argb: WARNING_TEXT } } : { ...FONT, bold };
      if (data.highlight) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: WARNING_FILL } };
    });
    row.height = rowHeight(
      sheet.columns.map((column, i) => {
        const value = data.cells[i] ?? null;
        return typeof value === 'string' && !(column.kind === 'date' && ISO_DAY.test(value)) ? value : null;
      }),
      widths,
      CYRILLIC,
    );
  });

  ws.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW + sheet.rows.length, column: sheet.columns.length },
  };
};

export const writeXlsx = async (sheets: Sheet[], now: Date): Promise<Buffer> => {
  // Loaded on first export, not at start: exceljs takes over a second to load, and most
  // sessions never write a spreadsheet.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Kenes';
  workbook.created = now;
  workbook.modified = now;
  for (const sheet of sheets) addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
