import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServiceContext } from '../context';
import { packAttachmentFiles } from '../../store/attachmentFiles';
import { openFile } from '../../store/host';
import { isoDay } from '../../../shared/domain/agreementStatus';
import type { ExportedFile } from '../../../shared/api/exports';

/** The council's short name (its hub organisation's), else its name: what the secretary recognises the file by. */
const councilLabel = (ctx: ServiceContext): string => {
  const row = ctx.sqlite
    .prepare(
      `SELECT c.name_kk AS name, o.short_name AS shortName
         FROM council_profile c LEFT JOIN organisations o ON o.id = c.hub_organisation_id LIMIT 1`,
    )
    .get() as { name: string; shortName: string | null } | undefined;
  return row?.shortName?.trim() || row?.name.trim() || 'kenes';
};

/** A name every file system takes: no separators or reserved characters, no leading or trailing dots. */
const safeFileStem = (name: string): string =>
  name
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80) || 'kenes';

/**
 * "Save a copy as…": a consistent copy made with VACUUM INTO (whole even while the app keeps
 * writing), with the attachments' bytes packed in so the copy opens complete on another
 * computer. Made in a temporary folder that is removed whatever happens.
 */
export const saveWorkspaceCopy = (ctx: ServiceContext): ExportedFile => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kenes-copy-'));
  try {
    const file = path.join(dir, 'copy.kenes');
    ctx.sqlite.prepare('VACUUM INTO ?').run(file);
    const copy = openFile(file, ctx.host.nativeBinding ? { nativeBinding: ctx.host.nativeBinding } : {});
    try {
      packAttachmentFiles(copy, ctx.dataDir);
    } finally {
      copy.close();
    }
    return {
      fileName: `${safeFileStem(councilLabel(ctx))}-${isoDay(ctx.now())}.kenes`,
      base64: fs.readFileSync(file).toString('base64'),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
