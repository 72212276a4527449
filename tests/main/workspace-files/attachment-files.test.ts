import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/workspace';
import {
  ATTACHMENT_FILES_TABLE,
  attachmentsDirOf,
  carriesAttachmentFiles,
  dropAttachmentFiles,
  packAttachmentFiles,
  unpackAttachmentFiles,
} from '../../../src/main/store/attachmentFiles';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const SCAN = Buffer.from('%PDF-1.7\nқол қойылған келісім\n%%EOF\n');
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xff, 0xd9]);

/** A database with the attachments table as the workspace has it (only the column packing reads). */
const copyListing = (...hashes: string[]) => {
  const sqlite = new Database(path.join(tempDir(), 'copy.kenes'));
  sqlite.exec('CREATE TABLE attachments (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL)');
  hashes.forEach((h, i) => sqlite.prepare('INSERT INTO attachments VALUES (?, ?)').run(`a${i}`, h));
  return sqlite;
};

const dataDirWith = (...files: Buffer[]) => {
  const dir = tempDir();
  fs.mkdirSync(attachmentsDirOf(dir), { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(attachmentsDirOf(dir), sha(f)), f);
  return dir;
};

describe('attachment bytes inside a workspace file', () => {
  it('packs each listed file once, leaving out one missing from disk', () => {
    const copy = copyListing(sha(SCAN), sha(SCAN), sha(PHOTO), sha(Buffer.from('lost')));
    expect(packAttachmentFiles(copy, dataDirWith(SCAN, PHOTO))).toBe(2);
    const rows = copy.prepare(`SELECT sha256, bytes FROM ${ATTACHMENT_FILES_TABLE} ORDER BY sha256`).all();
    expect(rows).toEqual(
      [
        { sha256: sha(SCAN), bytes: SCAN },
        { sha256: sha(PHOTO), bytes: PHOTO },
      ].sort((a, b) => a.sha256.localeCompare(b.sha256)),
    );
    copy.close();
  });

  it('never reads outside the attachments folder for a row whose hash is a path', () => {
    const dir = dataDirWith(SCAN);
    fs.writeFileSync(path.join(dir, 'secret'), 'not an attachment');
    const copy = copyListing('../secret', sha(SCAN));
    expect(packAttachmentFiles(copy, dir)).toBe(1);
    copy.close();
  });

  it('unpacks into another folder, keeps what is there, refuses bytes that do not match their hash', () => {
    const copy = copyListing(sha(SCAN), sha(PHOTO));
    packAttachmentFiles(copy, dataDirWith(SCAN, PHOTO));
    // A forged row: the name of one file, the bytes of another; and a name that is a path.
    copy.prepare(`INSERT INTO ${ATTACHMENT_FILES_TABLE} VALUES (?, ?)`).run('a'.repeat(64), SCAN);
    copy.prepare(`INSERT INTO ${ATTACHMENT_FILES_TABLE} VALUES (?, ?)`).run('../../evil', SCAN);
    const target = dataDirWith(PHOTO);
    expect(carriesAttachmentFiles(copy)).toBe(true);
    expect(unpackAttachmentFiles(copy, target)).toBe(1);
    expect(fs.readFileSync(path.join(attachmentsDirOf(target), sha(SCAN)))).toEqual(SCAN);
    expect(fs.readdirSync(attachmentsDirOf(target)).sort()).toEqual([sha(SCAN), sha(PHOTO)].sort());
    expect(fs.existsSync(path.join(target, '..', 'evil'))).toBe(false);
    // Unpacking twice writes nothing more.
    expect(unpackAttachmentFiles(copy, target)).toBe(0);

    dropAttachmentFiles(copy);
    expect(carriesAttachmentFiles(copy)).toBe(false);
    expect(unpackAttachmentFiles(copy, target)).toBe(0);
    copy.close();
  });
});
