import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../services/context';
import { conflict, ServiceError } from '../services/errors';
import { receivedUpload } from '../services/uploads';
import { MAX_IMPORT_BYTES } from '../../shared/api/imports';
import { readCsv } from './csv';
import { readXlsx } from './xlsx';
import type { ImportWorkbook } from './workbook';

/**
 * Opens an uploaded file as a workbook, telling by its first bytes what it really is:
 * the extension is only a label the user may have changed.
 */
const startsWith = (bytes: Buffer, signature: readonly number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file: a legacy .xls, or an .xlsx encrypted with a password (Excel wraps it in OLE). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Files people pick by mistake: PDF, PNG, JPEG, GIF, RAR, 7z, gzip, DOC/RTF. */
const OTHER_FORMATS: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x52, 0x61, 0x72, 0x21],
  [0x37, 0x7a, 0xbc, 0xaf],
  [0x1f, 0x8b],
  [0x7b, 0x5c, 0x72, 0x74, 0x66],
];

/** Names of parts and streams, as stored uncompressed in zip directories and OLE directories. */
const contains = (bytes: Buffer, text: string, encoding: BufferEncoding = 'latin1'): boolean =>
  bytes.indexOf(Buffer.from(text, encoding)) >= 0;

/** The end-of-central-directory record sits in the last 64 KB; a truncated zip has none. */
const hasZipEnd = (bytes: Buffer): boolean =>
  bytes.subarray(Math.max(0, bytes.length - 65_557)).lastIndexOf(Buffer.from(EMPTY_ZIP)) >= 0;

export const readWorkbook = async (bytes: Buffer, fileName: string): Promise<ImportWorkbook> => {
  if (bytes.length === 0) throw conflict('importEmpty');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ServiceError('conflict', 'conflict.importTooLarge', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  if (startsWith(bytes, OLE)) {
    throw conflict(contains(bytes, 'EncryptionInfo', 'utf16le') ? 'importEncrypted' : 'importLegacyXls');
  }
  if (startsWith(bytes, EMPTY_ZIP)) throw conflict('importNotXlsx');
  if (startsWith(bytes, ZIP)) {
    if (!hasZipEnd(bytes)) throw conflict('importBrokenZip');
    if (!contains(bytes, 'xl/workbook.xml')) throw conflict('importNotXlsx');
    return readXlsx(bytes);
  }
  if (OTHER_FORMATS.some((signature) => startsWith(bytes, signature))) throw conflict('importNotSpreadsheet');
  // A file named .xlsx that is not a zip is something else renamed.
  if (/\.xlsx$/i.test(fileName)) throw conflict('importNotSpreadsheet');
  return readCsv(bytes, path.basename(fileName).replace(/\.[^.]+$/, '') || 'CSV');
};

/** The upload, read: refused as a whole-file conflict when it cannot be imported at all. */
export const readUploadedWorkbook = async (
  ctx: ServiceContext,
  uploadId: string,
): Promise<{ workbook: ImportWorkbook; fileName: string }> => {
  const upload = receivedUpload(ctx, uploadId);
  if (upload.sizeBytes > MAX_IMPORT_BYTES) {
    throw new ServiceError('conflict', 'conflict.importTooLarge', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  const bytes = fs.readFileSync(upload.path);
  return { workbook: await readWorkbook(bytes, upload.fileName), fileName: upload.fileName };
};
