import { parse } from 'csv-parse/sync';
import type { Options } from 'csv-parse';
import { conflict, ServiceError } from '../services/errors';
import type { ImportWorkbook } from './workbook';

/**
 * CSV as Excel writes it: in Kazakhstan usually Windows-1251 (Excel's "CSV" on a Russian
 * Windows) with ';' between cells, sometimes UTF-8 with a BOM ("CSV UTF-8"), sometimes
 * a ',' or tab from other programs. The encoding is UTF-8 when the bytes are valid UTF-8
 * (Windows-1251 Cyrillic almost never is), else Windows-1251.
 */
const BOM = [0xef, 0xbb, 0xbf];

export const decodeCsv = (bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1251' } => {
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(body), encoding: 'windows-1251' };
  }
};

/**
 * Text has few control characters besides tab and line breaks; a picture or an archive
 * renamed .csv has plenty (a NUL, or more than one character in a hundred).
 */
const looksBinary = (text: string): boolean => {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) controls++;
  }
  return controls > 0 && controls * 100 > text.length;
};

const DELIMITERS = [';', ',', '\t'] as const;

/** Delimiters outside quotes on one line. */
const countOutsideQuotes = (line: string, delimiter: string): number => {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) n++;
  }
  return n;
};

/**
 * The delimiter that splits the first lines most consistently: Russian Excel writes ';'
 * and leaves commas inside addresses unquoted, so the plain count would mislead — the
 * delimiter is the one whose count is the same on most lines.
 */
export const detectDelimiter = (text: string): string => {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 10);
  let best: { delimiter: string; score: number } = { delimiter: ';', score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((l) => countOutsideQuotes(l, delimiter)).filter((n) => n > 0);
    if (counts.length === 0) continue;
    const tally = new Map<number, number>();
    for (const n of counts) tally.set(n, (tally.get(n) ?? 0) + 1);
    const [modeCount, modeLines] = [...tally.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    const score = modeLines * 1000 + modeCount;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
};

interface CsvParseError extends Error {
  code?: string;
  lines?: number;
}

export const readCsv = (bytes: Uint8Array, sheetName: string): ImportWorkbook => {
  const { text: decoded, encoding } = decodeCsv(bytes);
  if (decoded.trim() === '') throw conflict('importEmpty');
  if (looksBinary(decoded)) throw conflict('importBinary');
  let text = decoded;
  let delimiter: string | undefined;
  // Excel's own hint on the first line ("sep=;"); kept as an empty row so row numbers stay the file's lines.
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint) {
    delimiter = hint[1]!;
    // The same line break as the file's: csv-parse takes the first one it meets for all.
    text = `${hint[0].endsWith('\r\n') ? '\r\n' : '\n'}${text.slice(hint[0].length)}`;
  }
  delimiter ??= detectDelimiter(text);
  let records: string[][];
  try {
    const options: Options = { delimiter, relax_column_count: true, skip_empty_lines: false, bom: false };
    records = parse(text, options);
  } catch (error) {
    const e = error as CsvParseError;
    if (e.code?.startsWith('CSV_') || e.code?.startsWith('INVALID_')) {
      throw new ServiceError('conflict', 'conflict.importCsvQuoting', { line: e.lines ?? 1 });
    }
    throw error;
  }
  const rows = records.map((r) => r.map((cell) => cell.trim()));
  return {
    format: 'csv',
    encoding,
    sheets: [
      {
        name: sheetName,
        hidden: false,
        rows,
        columnCount: rows.reduce((max, r) => Math.max(max, r.length), 0),
        formulas: [],
        merges: [],
      },
    ],
  };
};
