import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { agreements, attachments } from '../../../db/schema';
import { requireAgendaItem, requireEditableSession } from './sessions/records';
import type { ServiceContext } from './context';
import { conflict, notFound } from './errors';
import { recordChange } from './history';
import { MAX_ATTACHMENT_BYTES } from '../../shared/api/agreements';
import type { ParsedInputOf } from '../../shared/api/contract';
import type { attachmentCalls } from '../../shared/api/agreements';
import type { Attachment, AttachmentFile } from '../../shared/model';

type ListInput = ParsedInputOf<typeof attachmentCalls.list>;
type AddInput = ParsedInputOf<typeof attachmentCalls.add>;

/**
 * Signed scans kept inside the workspace (the issue: "type checked by content, size
 * limited, opened with the system viewer; never executed"). The bytes live under
 * `<dataDir>/attachments/<sha256>`: never under the name the user gave, which only labels
 * the row, so no file name from outside ever reaches the file system as given.
 */

interface FileType {
  mimeType: string;
  extension: string;
  /** Extensions a file of this type is commonly given. */
  aliases: string[];
  signature: number[];
}

/** The three kinds a signed scan comes in, recognised by their first bytes. */
const FILE_TYPES: FileType[] = [
  // %PDF-
  {
    mimeType: 'application/pdf',
    extension: '.pdf',
    aliases: ['.pdf'],
    signature: [0x25, 0x50, 0x44, 0x46, 0x2d],
  },
  {
    mimeType: 'image/jpeg',
    extension: '.jpg',
    aliases: ['.jpg', '.jpeg', '.jpe', '.jfif'],
    signature: [0xff, 0xd8, 0xff],
  },
  {
    mimeType: 'image/png',
    extension: '.png',
    aliases: ['.png'],
    signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
];

/** The type the bytes really are, whatever the file was called; null for anything else. */
export const detectFileType = (bytes: Uint8Array): FileType | null =>
  FILE_TYPES.find((t) => t.signature.length <= bytes.length && t.signature.every((b, i) => bytes[i] === b)) ??
  null;

const attachmentsDir = (ctx: ServiceContext): string => path.join(ctx.dataDir, 'attachments');
const storedPath = (ctx: ServiceContext, sha256: string): string => path.join(attachmentsDir(ctx), sha256);

/** The name as the user knows it, without any folder a browser or OS put in front of it. */
const baseName = (fileName: string): string =>
  path.win32
    .basename(fileName)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim() || 'attachment';

/**
 * The name kept on the row, ending in an extension of the type the bytes are: a PDF sent
 * as "scan.exe" is kept as "scan.exe.pdf", so a download of it is never taken for a program.
 */
const displayName = (fileName: string, type: FileType): string => {
  const name = baseName(fileName);
  return type.aliases.includes(path.extname(name).toLowerCase()) ? name : `${name}${type.extension}`;
};

/** Content-addressed, written once: the same scan attached twice is stored once. */
const storeBytes = (ctx: ServiceContext, bytes: Buffer, sha256: string): void => {
  const file = storedPath(ctx, sha256);
  if (fs.existsSync(file)) return;
  fs.mkdirSync(attachmentsDir(ctx), { recursive: true });
  // Written beside and renamed: a crash never leaves a half-written file under the hash.
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, file);
};

/**
 * The owner exists and is not archived: agenda items and agreements own attachments. An
 * agenda item's papers belong to the minutes, so they are fixed once the minutes are
 * approved (later changes go in as amendments).
 */
const requireOwner = (ctx: ServiceContext, ownerType: AddInput['ownerType'], ownerId: string): void => {
  if (ownerType === 'agenda_item') {
    const item = requireAgendaItem(ctx, ownerId);
    if (item.archivedAt) throw conflict('archived');
    requireEditableSession(ctx, item.sessionId);
    return;
  }
  const owner = ctx.db
    .select({ archivedAt: agreements.archivedAt })
    .from(agreements)
    .where(eq(agreements.id, ownerId))
    .get();
  if (!owner) throw notFound();
  if (owner.archivedAt) throw conflict('archived');
};

export const listAttachments = (ctx: ServiceContext, { ownerType, ownerId }: ListInput): Attachment[] =>
  ctx.db
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.ownerType, ownerType),
        eq(attachments.ownerId, ownerId),
        isNull(attachments.archivedAt),
      ),
    )
    .orderBy(asc(attachments.createdAt), asc(attachments.fileName))
    .all();

/** Stores a copy of a PDF, JPEG or PNG within the size limit; anything else is refused, whatever its name. */
export const addAttachment = (ctx: ServiceContext, input: AddInput): Attachment => {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0) throw conflict('attachmentEmpty');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw conflict('attachmentTooLarge');
  const type = detectFileType(bytes);
  if (!type) throw conflict('attachmentType');
  requireOwner(ctx, input.ownerType, input.ownerId);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // The file first: a row never names bytes that are not there. A file whose row is then
  // not written (a failed transaction) is harmless, and reused if the same scan comes again.
  storeBytes(ctx, bytes, sha256);
  return ctx.transaction(() => {
    requireOwner(ctx, input.ownerType, input.ownerId);
    const at = ctx.now().toISOString();
    const created = ctx.db
      .insert(attachments)
      .values({
        id: ctx.newId(),
        ownerType: input.ownerType,
        ownerId: input.ownerId,
        fileName: displayName(input.fileName, type),
        mimeType: type.mimeType,
        sizeBytes: bytes.length,
        sha256,
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    recordChange(ctx, {
      entity: 'attachment',
      entityId: created.id,
      action: 'create',
      before: null,
      after: created,
    });
    return created;
  });
};

const requireAttachment = (ctx: ServiceContext, id: string): Attachment => {
  const row = ctx.db.select().from(attachments).where(eq(attachments.id, id)).get();
  if (!row) throw notFound();
  return row;
};

/** The stored bytes, checked against the recorded hash: a file changed or lost on disk is reported, not served. */
const readBytes = (ctx: ServiceContext, row: Attachment): Buffer => {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(storedPath(ctx, row.sha256));
  } catch {
    throw conflict('attachmentMissing');
  }
  if (createHash('sha256').update(bytes).digest('hex') !== row.sha256) throw conflict('attachmentMissing');
  return bytes;
};

export const readAttachment = (ctx: ServiceContext, id: string): AttachmentFile => {
  const row = requireAttachment(ctx, id);
  return { fileName: row.fileName, mimeType: row.mimeType, base64: readBytes(ctx, row).toString('base64') };
};

/** A file-system-safe stem of the user's name, without its extension (which may lie). */
const safeStem = (fileName: string): string => {
  const stem = path.parse(baseName(fileName)).name;
  return (
    stem
      .replace(/[<>:"/\\|?*]/g, '_')
      .replace(/^[.\s]+|[.\s]+$/g, '')
      .slice(0, 100) || 'attachment'
  );
};

/**
 * Opens the scan with the system's viewer (Electron only). The viewer gets a read-only copy
 * in a fresh temporary folder, named with the extension of the type the bytes were checked
 * to be, so the system picks a PDF or image viewer and nothing is ever run. Without an
 * opener (browser mode) it says so, and the renderer downloads `read` instead.
 */
export const openAttachment = (
  ctx: ServiceContext,
  id: string,
): { opened: boolean } | Promise<{ opened: boolean }> => {
  const row = requireAttachment(ctx, id);
  const bytes = readBytes(ctx, row);
  if (!ctx.openPath) return { opened: false };
  const type = detectFileType(bytes);
  if (!type) throw conflict('attachmentType');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kenes-attachment-'));
  const file = path.join(dir, `${safeStem(row.fileName)}${type.extension}`);
  fs.writeFileSync(file, bytes, { mode: 0o444 });
  const opener = ctx.openPath;
  return Promise.resolve()
    .then(() => opener(file))
    .then(
      (error) => ({ opened: error === '' }),
      () => ({ opened: false }),
    );
};

export const archiveAttachment = (ctx: ServiceContext, id: string): Attachment =>
  ctx.transaction(() => {
    const before = requireAttachment(ctx, id);
    if (before.archivedAt) throw conflict('archived');
    if (before.ownerType === 'agenda_item') requireOwner(ctx, before.ownerType, before.ownerId);
    const at = ctx.now().toISOString();
    const after = ctx.db
      .update(attachments)
      .set({ archivedAt: at, updatedAt: at })
      .where(eq(attachments.id, id))
      .returning()
      .get();
    recordChange(ctx, { entity: 'attachment', entityId: id, action: 'archive', before, after });
    return after;
  });
