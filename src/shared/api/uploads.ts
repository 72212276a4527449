import { z } from 'zod';
import { call } from './contract';
import { LIMITS, requiredText, uuid } from './fields';

/**
 * Files the user picks (a spreadsheet to import, a workspace file to open or merge, a
 * backup) reach main in pieces: one JSON body per piece keeps every request far below the
 * transport's limit whatever the file's size, and the renderer can show real progress.
 * The service that uses an upload reads it from disk by its id.
 */

/** The largest file Kenes accepts at all; each use sets its own lower limit. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
/** Bytes per piece; its base64 (4/3 larger) stays well inside the HTTP body limit. */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;

export const uploadId = uuid;

export interface UploadStarted {
  uploadId: string;
}

export interface UploadProgress {
  receivedBytes: number;
  sizeBytes: number;
}

export const uploadCalls = {
  /** Announces a file: its name (only a label) and its size in bytes. */
  begin: call<UploadStarted>()(
    'uploads:begin',
    z.strictObject({
      fileName: requiredText(LIMITS.name),
      sizeBytes: z.number().int().min(0).max(MAX_UPLOAD_BYTES),
    }),
  ),
  /** The next piece, at the offset where the previous one ended. */
  append: call<UploadProgress>()(
    'uploads:append',
    z.strictObject({
      uploadId,
      offset: z.number().int().min(0).max(MAX_UPLOAD_BYTES),
      base64: z
        .string()
        .max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'validation.format' }),
    }),
  ),
  /** Throws the file away (the user cancelled); harmless if it is already gone. */
  discard: call<null>()('uploads:discard', z.strictObject({ uploadId })),
};
