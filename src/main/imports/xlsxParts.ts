import { unzipSync, type UnzipFileInfo } from 'fflate';
import { SaxesParser } from 'saxes';
import { ServiceError } from '../services/errors';
import { MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS } from '../../shared/api/imports';
import { columnLetter, type ImportSheet, type ImportWorkbook } from './workbook';

/**
 * An XLSX read from its XML parts: the sheet list, the shared strings, the date formats
 * and each sheet's cells, formulas and merged ranges — all an import looks at. Only those
 * parts are unpacked (fflate) and streamed through an XML parser (saxes, which resolves
 * entities and CDATA and refuses what is not well-formed); this is several times faster
 * than building exceljs's whole workbook model and keeps a 10,000-row import within its
 * time. Anything unexpected throws, and the caller reads the file with exceljs instead.
 */
export class XlsxPartsError extends Error {
  override name = 'XlsxPartsError';
}

/**
 * What the parts may unpack to. A registry of 20,000 rows unpacks to a few tens of MB; a
 * "zip bomb" unpacks to gigabytes, and is refused as too large before it fills memory.
 */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
const tooLarge = (): ServiceError =>
  new ServiceError('conflict', 'conflict.importTooLarge', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/**
 * The wanted parts, unpacked. The directory's sizes are checked before anything is
 * inflated (and fflate inflates into a buffer of the declared size, so a directory that
 * understates a part cannot make it grow past that either).
 */
const unpack = (bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> => {
  let total = 0;
  const parts = unzipSync(bytes, {
    filter: (file: UnzipFileInfo) => {
      total += file.originalSize;
      if (file.originalSize > MAX_UNPACKED_BYTES || total > MAX_UNPACKED_BYTES) throw tooLarge();
      return wanted(file.name);
    },
  });
  const decoder = new TextDecoder('utf-8');
  return new Map(Object.entries(parts).map(([name, data]) => [name, decoder.decode(data)]));
};

type Attributes = Record<string, string>;

interface XmlHandlers {
  open: (name: string, attributes: Attributes) => void;
  close?: (name: string) => void;
  /** Character data, entities resolved; CDATA sections arrive here too. */
  text?: (text: string) => void;
}

/** Other tools write x:row, x:c …; the prefix says nothing the import needs. */
const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** An attribute by its local name: r:id is found as "id". */
const attribute = (attributes: Attributes, name: string): string | undefined => {
  const plain = attributes[name];
  if (plain !== undefined) return plain;
  for (const key in attributes) if (localName(key) === name) return attributes[key];
  return undefined;
};

/** Streams a part through saxes, which throws on anything that is not well-formed XML. */
const readXml = (xml: string, handlers: XmlHandlers): void => {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes));
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  parser.write(xml).close();
};

/** Excel writes characters XML cannot hold as _xHHHH_ (this works on text, not markup). */
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
const unescapeExcel = (text: string): string =>
  text.includes('_x')
    ? text.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/**
 * Collects the text of a string item (<si>, or a cell's <is>): its <t>, or the <t> of its
 * runs, leaving out the phonetic guide (<rPh>) Excel may add for East Asian text.
 */
class ItemText {
  private text = '';
  private inText = false;
  private phoneticDepth = 0;

  open(name: string): void {
    if (name === 'rPh') this.phoneticDepth++;
    else if (name === 't' && this.phoneticDepth === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phoneticDepth--;
    else if (name === 't') this.inText = false;
  }

  add(text: string): void {
    if (this.inText) this.text += text;
  }

  take(): string {
    const text = unescapeExcel(this.text);
    this.text = '';
    return text;
  }
}

const sharedStrings = (xml: string | undefined): string[] => {
  const strings: string[] = [];
  if (!xml) return strings;
  const item = new ItemText();
  readXml(xml, {
    open: (name) => item.open(name),
    close: (name) => (name === 'si' ? strings.push(item.take()) : item.close(name)),
    text: (text) => item.add(text),
  });
  return strings;
};

/** Built-in number formats that show a date (ECMA-376 §18.8.30). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A format code shows a date when it has y, m or d outside quoted text, [colours] and \escapes. */
const isDateFormat = (code: string): boolean => /[ymd]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

/** For each cell style (the s attribute), whether it shows a date. */
const dateStyles = (xml: string | undefined): boolean[] => {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellFormats = false;
  readXml(xml, {
    open: (name, attributes) => {
      if (name === 'numFmt') {
        custom.set(Number(attribute(attributes, 'numFmtId')), attribute(attributes, 'formatCode') ?? '');
      } else if (name === 'cellXfs') inCellFormats = true;
      // Only cellXfs is what cells' s points into; cellStyleXfs holds xf elements too.
      else if (name === 'xf' && inCellFormats) formats.push(Number(attribute(attributes, 'numFmtId') ?? 0));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellFormats = false;
    },
  });
  return formats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id);
  });
};

/** An Excel serial day as YYYY-MM-DD (days since 1899-12-30, or since 1904-01-01 in the 1904 system). */
const serialDay = (serial: number, date1904: boolean): string =>
  new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86_400_000)).toISOString().slice(0, 10);

/** "AB12" → 0-based column 27 (and the row, unused here). */
const columnIndex = (ref: string): number => {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
};

/** The letters of a cell reference: "AB" of "AB12". */
const letterCount = (ref: string): number => {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65 && ref.charCodeAt(i) <= 90) i++;
  return i;
};

/** "B7:C8" → its first and last row; a single cell is not a merge. */
const mergedRange = (ref: string): ImportSheet['merges'][number] | null => {
  const [from, to] = ref.split(':');
  if (!from || !to) return null;
  const top = Number(from.slice(letterCount(from)));
  const bottom = Number(to.slice(letterCount(to)));
  if (!Number.isInteger(top) || !Number.isInteger(bottom) || top < 1) throw new XlsxPartsError('bad merge');
  return { top, bottom, range: ref };
};

interface Context {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

/** A cell's text from its type (t), style (s), value (<v>) or inline string (<is>). */
const cellText = (
  attributes: Attributes,
  value: string | null,
  inline: string | null,
  ctx: Context,
): string => {
  const type = attributes['t'] ?? 'n';
  if (type === 'inlineStr') return inline ?? '';
  if (value === null) return '';
  switch (type) {
    case 's': {
      const text = ctx.strings[Number(value)];
      if (text === undefined) throw new XlsxPartsError('shared string out of range');
      return text;
    }
    case 'str':
      return unescapeExcel(value);
    case 'b':
      return value.trim() === '1' ? 'true' : 'false';
    case 'e':
      return '';
    case 'd':
      return value.trim().slice(0, 10);
    default: {
      const n = Number(value);
      if (value.trim() === '' || Number.isNaN(n)) throw new XlsxPartsError('not a number');
      return ctx.dates[Number(attributes['s'] ?? 0)] ? serialDay(n, ctx.date1904) : String(n);
    }
  }
};

/** Reads a worksheet part as it streams by: the cell being read, then the row it belongs to. */
const readSheetXml = (name: string, hidden: boolean, xml: string, ctx: Context): ImportSheet => {
  const rows: string[][] = [];
  const formulas: ImportSheet['formulas'] = [];
  const merges: ImportSheet['merges'] = [];
  let columnCount = 0;
  let rowNumber = 0;
  let cells: string[] = [];
  let nextColumn = 0;
  // The cell being read.
  let column = 0;
  let cellAttributes: Attributes = {};
  let formula = false;
  let value: string | null = null;
  let inValue = false;
  let inInline = false;
  const inline = new ItemText();

  readXml(xml, {
    open: (element, attributes) => {
      switch (element) {
        case 'row': {
          const r = attributes['r'];
          rowNumber = r === undefined ? rowNumber + 1 : Number(r);
          if (!Number.isInteger(rowNumber) || rowNumber < 1) throw new XlsxPartsError('bad row number');
          cells = [];
          nextColumn = 0;
          break;
        }
        case 'c': {
          const ref = attributes['r'];
          column = ref ? columnIndex(ref) : nextColumn;
          nextColumn = column + 1;
          cellAttributes = attributes;
          formula = false;
          value = null;
          break;
        }
        case 'f':
          formula = true;
          break;
        case 'v':
          inValue = true;
          value = '';
          break;
        case 'is':
          inInline = true;
          break;
        case 'mergeCell': {
          const merge = mergedRange(attributes['ref'] ?? '');
          if (merge) merges.push(merge);
          break;
        }
        default:
          if (inInline) inline.open(element);
      }
    },
    close: (element) => {
      switch (element) {
        case 'v':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'c': {
          const text = inline.take();
          // A sheet wider than the limit is refused anyway; reading on would only cost time.
          if (column > MAX_IMPORT_COLUMNS) break;
          if (formula) {
            // Refused whatever it shows, so its cached result is not read.
            formulas.push({ row: rowNumber, address: `${columnLetter(column)}${rowNumber}` });
            break;
          }
          const shown = cellText(cellAttributes, value, text, ctx).trim();
          if (shown === '') break;
          cells[column] = shown;
          columnCount = Math.max(columnCount, column + 1);
          break;
        }
        case 'row':
          if (cells.length > 0) rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
          break;
        default:
          if (inInline) inline.close(element);
      }
    },
    text: (text) => {
      if (inValue) value += text;
      else if (inInline) inline.add(text);
    },
  });
  return { name, hidden, rows: Array.from(rows, (r) => r ?? []), columnCount, formulas, merges };
};

/** Where the workbook's relationships point, as part names ("xl/worksheets/sheet1.xml"). */
const relationshipTargets = (xml: string): Map<string, string> => {
  const targets = new Map<string, string>();
  readXml(xml, {
    open: (name, attributes) => {
      if (name !== 'Relationship') return;
      const target = attribute(attributes, 'Target') ?? '';
      targets.set(
        attribute(attributes, 'Id') ?? '',
        target.startsWith('/') ? target.slice(1) : `xl/${target}`,
      );
    },
  });
  return targets;
};

interface SheetEntry {
  name: string;
  hidden: boolean;
  /** Its relationship id (r:id). */
  id: string;
}

const workbookSheets = (xml: string): { sheets: SheetEntry[]; date1904: boolean } => {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  readXml(xml, {
    open: (name, attributes) => {
      if (name === 'workbookPr') {
        const value = attribute(attributes, 'date1904');
        date1904 = value === '1' || value === 'true';
      } else if (name === 'sheet') {
        const state = attribute(attributes, 'state');
        sheets.push({
          name: attribute(attributes, 'name') ?? '',
          hidden: state === 'hidden' || state === 'veryHidden',
          id: attribute(attributes, 'id') ?? '',
        });
      }
    },
  });
  return { sheets, date1904 };
};

export const readXlsxParts = (bytes: Uint8Array): ImportWorkbook => {
  const fixed = new Set([WORKBOOK, WORKBOOK_RELS, SHARED_STRINGS, STYLES]);
  const parts = unpack(bytes, (name) => fixed.has(name));
  const workbookXml = parts.get(WORKBOOK);
  const relsXml = parts.get(WORKBOOK_RELS);
  if (!workbookXml || !relsXml) throw new XlsxPartsError('no workbook part');
  const { sheets: entries, date1904 } = workbookSheets(workbookXml);
  if (entries.length === 0) throw new XlsxPartsError('no sheets');
  const targets = relationshipTargets(relsXml);
  const paths = entries.map((s) => targets.get(s.id));
  // Only now are the sheets known, so only now are their parts unpacked.
  const sheetParts = unpack(bytes, (name) => paths.includes(name));
  const ctx: Context = {
    strings: sharedStrings(parts.get(SHARED_STRINGS)),
    dates: dateStyles(parts.get(STYLES)),
    date1904,
  };
  const sheets = entries.map((s, i) => {
    const xml = sheetParts.get(paths[i] ?? '');
    if (xml === undefined) throw new XlsxPartsError(`sheet part ${s.id} missing`);
    return readSheetXml(s.name, s.hidden, xml, ctx);
  });
  return { format: 'xlsx', encoding: null, sheets };
};
