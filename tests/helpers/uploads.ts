import type { TestWorkspace } from './workspace';
import { UPLOAD_CHUNK_BYTES } from '../../src/shared/api/uploads';

/** Sends bytes through uploads:begin/append exactly as the renderer does; returns the upload id. */
export const uploadBytes = (t: TestWorkspace, bytes: Uint8Array, fileName = 'file.bin'): string => {
  const { uploadId } = t.api.uploads.begin({ fileName, sizeBytes: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    const base64 = Buffer.from(bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES)).toString('base64');
    t.api.uploads.append({ uploadId, offset, base64 });
  }
  return uploadId;
};
