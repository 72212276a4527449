import ExcelJS from 'exceljs';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { uploadBytes } from '../../helpers/uploads';
import type { ApiError } from '../../../src/shared/api/contract';
import type { ImportMapping } from '../../../src/shared/api/imports';
import type { ImportPreview, ImportReport } from '../../../src/shared/model';

export type Cell = string | number | null;

/** A workspace with the council and nothing else, so counts start from a known state. */
export const emptyCouncil = (): TestWorkspace => {
  const t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'empty', councilName: 'Ақмола облысының үйлестіру кеңесі' });
  return t;
};

/** An XLSX written by exceljs, as Excel would save it; `setup` adds formulas, merges, more sheets. */
export const xlsx = async (
  rows: Cell[][],
  setup?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
  sheetName = 'Парақ1',
): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  setup?.(sheet, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** Text in Windows-1251, as Excel on a Russian Windows saves "CSV": the table is the decoder's own, reversed. */
const cp1251Table = ((): Map<string, number> => {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return table;
})();
export const cp1251 = (text: string): Buffer =>
  Buffer.from(
    [...text].map((ch) => {
      const b = cp1251Table.get(ch);
      if (b === undefined) throw new Error(`${ch} has no Windows-1251 byte`);
      return b;
    }),
  );

export const utf8 = (text: string, bom = false): Buffer =>
  Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);

export const preview = (
  t: TestWorkspace,
  uploadId: string,
  kind: 'organisations' | 'people' = 'organisations',
  extra: { sheet?: string; mapping?: ImportMapping } = {},
): Promise<ImportPreview> => t.callAsync<ImportPreview>('imports:preview', { uploadId, kind, ...extra });

export const previewFails = (
  t: TestWorkspace,
  uploadId: string,
  kind: 'organisations' | 'people' = 'organisations',
): Promise<ApiError> => t.failAsync('imports:preview', { uploadId, kind });

export interface CommitOptions {
  kind?: 'organisations' | 'people';
  skipInvalid?: boolean;
  duplicates?: { default: 'skip' | 'update' | 'import'; rows?: Record<string, 'skip' | 'update' | 'import'> };
  mapping?: ImportMapping;
}

/** The mapping the preview recognised, as the wizard sends it back. */
export const mappingOf = (p: ImportPreview): ImportMapping =>
  p.columns.map((c) => ({ column: c.index, field: c.field }));

export const commitInput = (uploadId: string, mapping: ImportMapping, o: CommitOptions = {}) => ({
  uploadId,
  kind: o.kind ?? 'organisations',
  mapping,
  skipInvalid: o.skipInvalid ?? false,
  duplicates: o.duplicates ?? { default: 'skip' },
});

/** Uploads, previews and commits with the recognised mapping. */
export const importFile = async (
  t: TestWorkspace,
  bytes: Uint8Array,
  fileName: string,
  o: CommitOptions = {},
): Promise<ImportReport> => {
  const uploadId = uploadBytes(t, bytes, fileName);
  const p = await preview(t, uploadId, o.kind ?? 'organisations');
  return t.callAsync<ImportReport>('imports:commit', commitInput(uploadId, o.mapping ?? mappingOf(p), o));
};

export const ORG_HEADINGS_KK = [
  'Атауы (қазақша)',
  'Атауы (орысша)',
  'Түрі',
  'Деңгейі',
  'Ауданы (қаласы)',
  'Электрондық поштасы',
];

/** CRC-32 for a hand-made zip (node:zlib has crc32 only from Node 22). */
const crc32 = (bytes: Buffer): number => {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return ~crc >>> 0;
};

/** A valid zip archive with stored (uncompressed) files: an archive, but not a workbook. */
export const zipOf = (files: Record<string, string>): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
};
