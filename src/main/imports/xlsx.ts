import type ExcelJS from 'exceljs';
import { conflict, ServiceError } from '../services/errors';
import { MAX_IMPORT_COLUMNS } from '../../shared/api/imports';
import { columnLetter, type ImportSheet, type ImportWorkbook } from './workbook';
import { readXlsxParts } from './xlsxParts';

/** A calendar day as text (Excel keeps dates as UTC midnights). */
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** Whether a cell holds a formula (plain or shared), whatever its cached result. */
const isFormula = (value: ExcelJS.CellValue): boolean =>
  typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);

/** A cell's text as the user sees it: numbers and dates plainly, links by their text, errors as nothing. */
const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDay(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    const shown = typeof text === 'string' ? text : cellText(text as ExcelJS.CellValue) || value.hyperlink;
    return shown.replace(/^mailto:/i, '');
  }
  // Errors (#N/A) carry no usable text; formulas are refused before their text matters.
  return '';
};

/**
 * Every sheet's cells as text, plus where formulas and merged cells are, which the
 * import refuses (a formula's cached result may be stale; a merged cell leaves its
 * other rows empty). The bytes were already checked to be a zip with a workbook part.
 */
export const readXlsx = async (bytes: Buffer): Promise<ImportWorkbook> => {
  try {
    return readXlsxParts(bytes);
  } catch (error) {
    // A refusal stands (a zip bomb must not reach exceljs); anything else the quick
    // reader does not expect is read (or refused) by exceljs instead.
    if (error instanceof ServiceError) throw error;
  }
  return readXlsxWithExcelJs(bytes);
};

export const readXlsxWithExcelJs = async (bytes: Buffer): Promise<ImportWorkbook> => {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  try {
    // Parts the import never looks at are skipped: a formatted registry can carry thousands of them.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, {
      ignoreNodes: [
        'dataValidations',
        'conditionalFormatting',
        'extLst',
        'drawing',
        'picture',
        'headerFooter',
        'pageSetup',
        'printOptions',
        'rowBreaks',
        'tableParts',
      ],
    });
  } catch {
    throw conflict('importBrokenZip');
  }
  const sheets: ImportSheet[] = [];
  workbook.eachSheet((ws) => {
    const rows: string[][] = [];
    const formulas: ImportSheet['formulas'] = [];
    const masters = new Map<string, { top: number; left: number; bottom: number; right: number }>();
    let columnCount = 0;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // A sheet wider than the limit is refused anyway; reading on would only cost time.
        if (col > MAX_IMPORT_COLUMNS + 1) return;
        let shown = true;
        if (cell.isMerged) {
          const master = cell.master;
          const key = master.address;
          const m = masters.get(key) ?? {
            top: Number(master.row),
            left: Number(master.col),
            bottom: Number(master.row),
            right: Number(master.col),
          };
          m.bottom = Math.max(m.bottom, rowNumber);
          m.right = Math.max(m.right, col);
          masters.set(key, m);
          // Excel shows a merged range's text once, in its first cell; exceljs repeats it.
          shown = key === cell.address;
        }
        if (isFormula(cell.value)) {
          formulas.push({ row: rowNumber, address: `${columnLetter(col - 1)}${rowNumber}` });
          return;
        }
        const text = shown ? cellText(cell.value).trim() : '';
        if (text === '') return;
        cells[col - 1] = text;
        columnCount = Math.max(columnCount, col);
      });
      if (cells.length > 0) rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
    });
    sheets.push({
      name: ws.name,
      hidden: ws.state === 'hidden' || ws.state === 'veryHidden',
      rows: Array.from(rows, (r) => r ?? []),
      columnCount,
      formulas,
      merges: [...masters.values()]
        .filter((m) => m.bottom > m.top || m.right > m.left)
        .map((m) => ({
          top: m.top,
          bottom: m.bottom,
          range: `${columnLetter(m.left - 1)}${m.top}:${columnLetter(m.right - 1)}${m.bottom}`,
        })),
    });
  });
  return { format: 'xlsx', encoding: null, sheets };
};
