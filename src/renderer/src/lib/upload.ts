import { api } from '../api/client';
import { UPLOAD_CHUNK_BYTES } from '../../../shared/api/uploads';
import { readAsBase64 } from './savedFile';

/**
 * Sends a picked file to main in pieces (see src/shared/api/uploads.ts) and returns the
 * id the importing, opening or merging call takes. `onProgress` gets the share sent, 0–1.
 * A failed piece discards what was sent, so no half file lingers.
 */
export const uploadFile = async (file: File, onProgress?: (sent: number) => void): Promise<string> => {
  const { uploadId } = await api.uploads.begin({ fileName: file.name || 'file', sizeBytes: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
      const base64 = await readAsBase64(file.slice(offset, offset + UPLOAD_CHUNK_BYTES));
      await api.uploads.append({ uploadId, offset, base64 });
      onProgress?.(Math.min(1, (offset + UPLOAD_CHUNK_BYTES) / Math.max(file.size, 1)));
    }
    onProgress?.(1);
    return uploadId;
  } catch (error) {
    void api.uploads.discard({ uploadId }).catch(() => undefined);
    throw error;
  }
};
