/**
 * A spreadsheet as the import sees it, whatever file it came from: sheets of text cells.
 * Row i of `rows` is the spreadsheet's row i + 1; cells are trimmed text, '' when empty.
 */
export interface ImportSheet {
  name: string;
  hidden: boolean;
  rows: string[][];
  /** The widest row, in columns. */
  columnCount: number;
  /** Cells holding a formula, as "C5", in reading order (XLSX only). */
  formulas: { row: number; address: string }[];
  /** Merged ranges, as "A2:B3" with their first and last row (XLSX only). */
  merges: { top: number; bottom: number; range: string }[];
}

export interface ImportWorkbook {
  format: 'xlsx' | 'csv';
  encoding: 'utf-8' | 'windows-1251' | null;
  sheets: ImportSheet[];
}

/** "A", "B" … "Z", "AA": the column letters Excel shows, from a 0-based index. */
export const columnLetter = (index: number): string => {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};
