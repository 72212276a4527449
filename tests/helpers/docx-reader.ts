import zlib from 'node:zlib';
import { DOMParser, type Element } from '@xmldom/xmldom';

/**
 * Reads a DOCX back the way Word would: the ZIP's central directory, each part inflated
 * with node:zlib, the WordprocessingML parsed with xmldom. Written out rather than
 * borrowed from docx's own zip dependency, so a test cannot agree with a bug it shares.
 */
export const unzip = (bytes: Buffer): Map<string, Buffer> => {
  const files = new Map<string, Buffer>();
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a ZIP file: no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i += 1) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + size);
    files.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
};

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const textOf = (element: Element): string => {
  let out = '';
  const runs = element.getElementsByTagNameNS(W, '*');
  for (let i = 0; i < runs.length; i += 1) {
    const node = runs.item(i)!;
    if (node.localName === 't') out += node.textContent ?? '';
    else if (node.localName === 'tab') out += '\t';
  }
  return out;
};

export interface DocxContent {
  files: Map<string, Buffer>;
  /** Every paragraph's text in document order, table cells included. */
  paragraphs: string[];
  /** The text of each table cell, table by table, row by row. */
  tables: string[][][];
  /** The raw XML of a part, for layout checks (page size, fonts, fields). */
  xml(part: string): string;
  /** All text, paragraphs joined by newlines. */
  text: string;
}

export const readDocx = (base64: string): DocxContent => {
  const files = unzip(Buffer.from(base64, 'base64'));
  const xml = (part: string): string => {
    const file = files.get(part);
    if (!file) throw new Error(`${part} is missing from the DOCX`);
    return file.toString('utf8');
  };
  const doc = new DOMParser().parseFromString(xml('word/document.xml'), 'text/xml');
  const ps = doc.getElementsByTagNameNS(W, 'p');
  const paragraphs: string[] = [];
  for (let i = 0; i < ps.length; i += 1) paragraphs.push(textOf(ps.item(i)!));
  const tables: string[][][] = [];
  const tbls = doc.getElementsByTagNameNS(W, 'tbl');
  for (let i = 0; i < tbls.length; i += 1) {
    const rows = tbls.item(i)!.getElementsByTagNameNS(W, 'tr');
    const table: string[][] = [];
    for (let r = 0; r < rows.length; r += 1) {
      const cells = rows.item(r)!.getElementsByTagNameNS(W, 'tc');
      const row: string[] = [];
      for (let c = 0; c < cells.length; c += 1) {
        const cellParagraphs = cells.item(c)!.getElementsByTagNameNS(W, 'p');
        const lines: string[] = [];
        for (let p = 0; p < cellParagraphs.length; p += 1) lines.push(textOf(cellParagraphs.item(p)!));
        row.push(lines.join('\n'));
      }
      table.push(row);
    }
    tables.push(table);
  }
  return { files, paragraphs, tables, xml, text: paragraphs.join('\n') };
};
