import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from './context';
import { conflict, notFound } from './errors';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { UploadProgress, UploadStarted, uploadCalls } from '../../shared/api/uploads';

type BeginInput = ParsedInputOf<typeof uploadCalls.begin>;
type AppendInput = ParsedInputOf<typeof uploadCalls.append>;

/**
 * A picked file, received piece by piece into `<dataDir>/uploads/<id>` beside a small
 * JSON note of its name and announced size. Nothing else reads the folder; uploads
 * older than a day are swept when the app starts.
 */
const UPLOAD_DIR = 'uploads';
const DAY = 24 * 60 * 60 * 1000;

interface UploadNote {
  fileName: string;
  sizeBytes: number;
}

export interface ReceivedUpload extends UploadNote {
  /** The file on disk; it stays until discarded or swept. */
  path: string;
}

const dirOf = (ctx: Pick<ServiceContext, 'dataDir'>): string => path.join(ctx.dataDir, UPLOAD_DIR);
// The id is a UUID checked by the contract, so it never walks out of the folder.
const dataPath = (ctx: Pick<ServiceContext, 'dataDir'>, id: string): string => path.join(dirOf(ctx), id);
const notePath = (ctx: Pick<ServiceContext, 'dataDir'>, id: string): string =>
  path.join(dirOf(ctx), `${id}.json`);

const readNote = (ctx: Pick<ServiceContext, 'dataDir'>, id: string): UploadNote => {
  try {
    return JSON.parse(fs.readFileSync(notePath(ctx, id), 'utf8')) as UploadNote;
  } catch {
    throw notFound();
  }
};

export const beginUpload = (ctx: ServiceContext, input: BeginInput): UploadStarted => {
  fs.mkdirSync(dirOf(ctx), { recursive: true });
  const uploadId = ctx.newId();
  fs.writeFileSync(dataPath(ctx, uploadId), new Uint8Array());
  const note: UploadNote = { fileName: input.fileName, sizeBytes: input.sizeBytes };
  fs.writeFileSync(notePath(ctx, uploadId), JSON.stringify(note));
  return { uploadId };
};

export const appendUpload = (ctx: ServiceContext, input: AppendInput): UploadProgress => {
  const note = readNote(ctx, input.uploadId);
  const file = dataPath(ctx, input.uploadId);
  const received = fs.statSync(file).size;
  // A piece sent twice (a retried request) or out of order would corrupt the file silently.
  if (input.offset !== received) throw conflict('uploadOffset');
  const bytes = Buffer.from(input.base64, 'base64');
  if (received + bytes.length > note.sizeBytes) throw conflict('uploadTooLong');
  fs.appendFileSync(file, bytes);
  return { receivedBytes: received + bytes.length, sizeBytes: note.sizeBytes };
};

export const discardUpload = (ctx: ServiceContext, input: { uploadId: string }): null => {
  fs.rmSync(dataPath(ctx, input.uploadId), { force: true });
  fs.rmSync(notePath(ctx, input.uploadId), { force: true });
  return null;
};

/**
 * The whole file, for the service that uses it. Refused while pieces are missing:
 * a half-received spreadsheet or workspace must never be read as if it were whole.
 */
export const receivedUpload = (ctx: Pick<ServiceContext, 'dataDir'>, uploadId: string): ReceivedUpload => {
  const note = readNote(ctx, uploadId);
  const file = dataPath(ctx, uploadId);
  if (!fs.existsSync(file) || fs.statSync(file).size !== note.sizeBytes) throw conflict('uploadIncomplete');
  return { ...note, path: file };
};

/** Removes uploads left behind by a closed window or a crash. */
export const sweepUploads = (dataDir: string, now: Date): void => {
  const dir = path.join(dataDir, UPLOAD_DIR);
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (now.getTime() - fs.statSync(file).mtimeMs > DAY) fs.rmSync(file, { force: true });
  }
};
