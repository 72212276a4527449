import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../helpers/workspace';
import { uploadBytes } from '../../helpers/uploads';
import { receivedUpload } from '../../../src/main/services/uploads';
import { UPLOAD_CHUNK_BYTES } from '../../../src/shared/api/uploads';

describe('uploads', () => {
  it('receives a file larger than one piece byte for byte', () => {
    const t = openTestWorkspace();
    const bytes = new Uint8Array(UPLOAD_CHUNK_BYTES * 2 + 123).map((_, i) => (i * 31) % 251);
    const id = uploadBytes(t, bytes, 'серіктестер.xlsx');
    const received = receivedUpload(t.ctx, id);
    expect(received.fileName).toBe('серіктестер.xlsx');
    expect(Buffer.compare(fs.readFileSync(received.path), Buffer.from(bytes))).toBe(0);
  });

  it('refuses to hand over a file while pieces are missing, and pieces out of order', () => {
    const t = openTestWorkspace();
    const { uploadId } = t.api.uploads.begin({ fileName: 'a.csv', sizeBytes: 10 });
    t.api.uploads.append({ uploadId, offset: 0, base64: Buffer.from('12345').toString('base64') });
    expect(() => receivedUpload(t.ctx, uploadId)).toThrow('conflict.uploadIncomplete');
    const repeated = t.fail('uploads:append', {
      uploadId,
      offset: 0,
      base64: Buffer.from('12345').toString('base64'),
    });
    expect(repeated.messageKey).toBe('conflict.uploadOffset');
    const tooLong = t.fail('uploads:append', {
      uploadId,
      offset: 5,
      base64: Buffer.from('123456').toString('base64'),
    });
    expect(tooLong.messageKey).toBe('conflict.uploadTooLong');
  });

  it('forgets a discarded upload', () => {
    const t = openTestWorkspace();
    const id = uploadBytes(t, new Uint8Array([1, 2, 3]));
    t.api.uploads.discard({ uploadId: id });
    expect(() => receivedUpload(t.ctx, id)).toThrow('errors.not_found');
    expect(t.fail('uploads:append', { uploadId: id, offset: 0, base64: 'AQ==' }).code).toBe('not_found');
  });
});
