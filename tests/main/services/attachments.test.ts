import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { threeParty, withPartners, type Partners } from '../../helpers/agreements';
import { MISSING_ID } from '../../helpers/fixtures';
import { MAX_ATTACHMENT_BYTES } from '../../../src/shared/api/agreements';
import { startHttpTransport } from '../../../src/main/transport/http';
import { readSettings } from '../../../src/main/services/settings';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
/** The start of a Windows program: "MZ", then the DOS stub. */
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62),
  Buffer.from('This program cannot be run in DOS mode.'),
]);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const withAgreement = () => {
  const p = withPartners();
  const agreement = p.api.agreements.create(threeParty(p));
  const add = (fileName: string, bytes: Buffer, ownerId = agreement.id) =>
    p.api.attachments.add({ ownerType: 'agreement', ownerId, fileName, base64: bytes.toString('base64') });
  const refusal = (fileName: string, bytes: Buffer, ownerId = agreement.id) =>
    p.fail('attachments:add', { ownerType: 'agreement', ownerId, fileName, base64: bytes.toString('base64') })
      .messageKey;
  return { p, agreement, add, refusal };
};

const storedFiles = (p: Partners): string[] => {
  const dir = path.join(p.dir, 'attachments');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};

describe('attachments', () => {
  it('keeps a signed scan inside the workspace, under its hash, never under its name', () => {
    const { p, agreement, add } = withAgreement();
    const scan = add('C:\\Users\\Әйгерім\\Desktop\\Келісім №12 (қол қойылған).pdf', PDF);
    expect(scan).toMatchObject({
      ownerType: 'agreement',
      ownerId: agreement.id,
      fileName: 'Келісім №12 (қол қойылған).pdf',
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
      archivedAt: null,
    });
    expect(storedFiles(p)).toEqual([sha256(PDF)]);
    expect(fs.readFileSync(path.join(p.dir, 'attachments', sha256(PDF)))).toEqual(PDF);
    expect(p.api.attachments.list({ ownerType: 'agreement', ownerId: agreement.id })).toEqual([scan]);
    expect(p.api.agreements.get({ id: agreement.id })).toMatchObject({
      attachmentCount: 1,
      attachments: [scan],
    });
    expect(p.api.attachments.read({ id: scan.id })).toEqual({
      fileName: 'Келісім №12 (қол қойылған).pdf',
      mimeType: 'application/pdf',
      base64: PDF.toString('base64'),
    });
  });

  it('takes the type from the content: JPEG and PNG by their first bytes, whatever the name says', () => {
    const { add } = withAgreement();
    expect(add('бет 1.JPEG', JPEG)).toMatchObject({ fileName: 'бет 1.JPEG', mimeType: 'image/jpeg' });
    expect(add('бет 2.pdf', PNG)).toMatchObject({ fileName: 'бет 2.pdf.png', mimeType: 'image/png' });
    // A real PDF under a program's name is kept, but never again under a name that would run.
    expect(add('келісім.exe', PDF)).toMatchObject({
      fileName: 'келісім.exe.pdf',
      mimeType: 'application/pdf',
    });
  });

  it('refuses a program renamed to .pdf, an empty file and one over the limit, and stores nothing', () => {
    const { p, add, refusal } = withAgreement();
    expect(refusal('келісім.pdf', EXE)).toBe('conflict.attachmentType');
    expect(refusal('setup.exe', EXE)).toBe('conflict.attachmentType');
    expect(refusal('мәтін.pdf', Buffer.from('just text'))).toBe('conflict.attachmentType');
    expect(refusal('бос.pdf', Buffer.alloc(0))).toBe('conflict.attachmentEmpty');
    const tooBig = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1 - PDF.length)]);
    expect(refusal('үлкен.pdf', tooBig)).toBe('conflict.attachmentTooLarge');
    expect(p.count('attachments')).toBe(0);
    expect(storedFiles(p)).toEqual([]);
    // Exactly at the limit is fine.
    const atLimit = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES - PDF.length)]);
    expect(add('шекті.pdf', atLimit).sizeBytes).toBe(MAX_ATTACHMENT_BYTES);
    expect(
      p.fail('attachments:add', {
        ownerType: 'agreement',
        ownerId: MISSING_ID,
        fileName: 'a.pdf',
        base64: '!!',
      }),
    ).toMatchObject({ code: 'validation' });
  });

  it('refuses an owner that does not exist or is archived', () => {
    const { p, agreement, refusal } = withAgreement();
    expect(refusal('a.pdf', PDF, MISSING_ID)).toBe('errors.not_found');
    p.api.agreements.archive({ id: agreement.id });
    expect(refusal('a.pdf', PDF)).toBe('conflict.archived');
    expect(p.count('attachments')).toBe(0);
  });

  it('stores the same scan once, however often it is attached', () => {
    const { p, add } = withAgreement();
    const other = p.api.agreements.create(threeParty(p, { number: '13' }));
    add('a.pdf', PDF);
    add('b.pdf', PDF, other.id);
    expect(p.count('attachments')).toBe(2);
    expect(storedFiles(p)).toEqual([sha256(PDF)]);
  });

  it('reports a scan missing or altered on disk instead of serving it', () => {
    const { p, add } = withAgreement();
    const scan = add('a.pdf', PDF);
    const file = path.join(p.dir, 'attachments', scan.sha256);
    fs.writeFileSync(file, Buffer.concat([PDF, Buffer.from('tampered')]));
    expect(p.fail('attachments:read', { id: scan.id }).messageKey).toBe('conflict.attachmentMissing');
    fs.rmSync(file);
    expect(p.fail('attachments:read', { id: scan.id }).messageKey).toBe('conflict.attachmentMissing');
  });

  it('archives an attachment out of the lists, once', () => {
    const { p, agreement, add } = withAgreement();
    const scan = add('a.pdf', PDF);
    expect(p.api.attachments.archive({ id: scan.id }).archivedAt).not.toBeNull();
    expect(p.api.attachments.list({ ownerType: 'agreement', ownerId: agreement.id })).toEqual([]);
    expect(p.api.agreements.get({ id: agreement.id }).attachmentCount).toBe(0);
    expect(p.fail('attachments:archive', { id: scan.id }).messageKey).toBe('conflict.archived');
    // The bytes stay: undoing the archive brings the scan back whole.
    p.api.history.undo({});
    expect(p.api.attachments.read({ id: scan.id }).base64).toBe(PDF.toString('base64'));
  });
});

describe('opening an attachment', () => {
  it('says it did not open without a system viewer (browser mode)', async () => {
    const { p, add } = withAgreement();
    const scan = add('a.pdf', PDF);
    expect(await p.callAsync('attachments:open', { id: scan.id })).toEqual({ opened: false });
  });

  it('hands the viewer a copy in a temporary folder, named with the detected type, never the stored file', async () => {
    const { p, add } = withAgreement();
    const opened: string[] = [];
    p.ctx.openPath = (file) => {
      opened.push(file);
      return Promise.resolve('');
    };
    const scan = add('../../келісім: "түпнұсқа".exe', PDF);
    expect(await p.callAsync('attachments:open', { id: scan.id })).toEqual({ opened: true });
    const [file] = opened as [string];
    expect(path.basename(file)).toBe('келісім_ _түпнұсқа_.exe.pdf');
    expect(file.startsWith(p.dir)).toBe(false);
    expect(fs.readFileSync(file)).toEqual(PDF);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });

    const image = add('сурет', PNG);
    p.ctx.openPath = (f) => {
      opened.push(f);
      return 'No application is associated with the file';
    };
    expect(await p.callAsync('attachments:open', { id: image.id })).toEqual({ opened: false });
    expect(path.basename(opened[1] as string)).toBe('сурет.png');
    fs.rmSync(path.dirname(opened[1] as string), { recursive: true, force: true });
  });
});

describe('attachments over HTTP (browser mode)', () => {
  it('accepts a scan of the full 15 MB as base64 in JSON', async () => {
    const { p, agreement } = withAgreement();
    const server = await startHttpTransport({
      dispatch: p.dispatch,
      port: 0,
      language: () => readSettings(p.ctx.db).language,
    });
    try {
      const bytes = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES - PDF.length, 0x20)]);
      const body = JSON.stringify({
        ownerType: 'agreement',
        ownerId: agreement.id,
        fileName: 'толық.pdf',
        base64: bytes.toString('base64'),
      });
      expect(Buffer.byteLength(body)).toBeGreaterThan(20 * 1024 * 1024);
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: server.port,
            method: 'POST',
            path: '/api/attachments:add',
            headers: {
              Host: `127.0.0.1:${server.port}`,
              Authorization: `Bearer ${server.token}`,
              'Content-Type': 'application/json',
              'Content-Length': String(Buffer.byteLength(body)),
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      expect(status).toBe(200);
      expect(p.api.agreements.get({ id: agreement.id }).attachments.map((a) => a.sizeBytes)).toEqual([
        MAX_ATTACHMENT_BYTES,
      ]);
    } finally {
      await server.close();
    }
  });
});
