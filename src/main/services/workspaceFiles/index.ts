import path from 'node:path';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { backUpBefore } from '../workspace';
import { readSettings } from '../settings';
import { discardUpload, receivedUpload } from '../uploads';
import { backupDir, listBackups } from '../../store/backups';
import { inspectWorkspaceFile } from './inspect';
import type { Language } from '../../../shared/i18n/errors';
import type { OpenedWorkspace, RestoredBackup, WorkspaceFileInspection } from '../../../shared/model';

export { saveWorkspaceCopy } from './copy';

const languageOf = (ctx: ServiceContext): Language => readSettings(ctx.db).language;

/** Opening or restoring replaces the own workspace: never from inside a read-only view of another file. */
const requireOwnWorkspace = (ctx: ServiceContext): void => {
  if (ctx.readOnly) throw new ServiceError('read_only', 'workspaceRefusal.returnFirst');
};

const refusal = (inspection: WorkspaceFileInspection): ServiceError =>
  new ServiceError('conflict', inspection.refusal?.messageKey ?? 'workspaceRefusal.notKenes', {
    file: inspection.fileName,
  });

const inspectFile = (ctx: ServiceContext, file: string, fileName: string): WorkspaceFileInspection =>
  inspectWorkspaceFile(file, fileName, ctx.host.migrationsDir, languageOf(ctx), ctx.host.nativeBinding);

const inspectUpload = (ctx: ServiceContext, uploadId: string) => {
  const upload = receivedUpload(ctx, uploadId);
  return {
    upload,
    inspection: inspectFile(ctx, upload.path, upload.fileName),
  };
};

export const inspectWorkspace = (ctx: ServiceContext, input: { uploadId: string }): WorkspaceFileInspection =>
  inspectUpload(ctx, input.uploadId).inspection;

/**
 * Opens a picked workspace file. A file of this Kenes's version or an older one replaces the
 * workspace after a `pre-open` backup (an older one is migrated after its own pre-migration
 * backup, by openWorkspace). A newer one cannot be migrated down, so it is opened read-only
 * in front of the own workspace, which is left as it is. The file is inspected again here:
 * what was shown to the user is not trusted to be what arrives.
 */
export const openWorkspaceFile = (ctx: ServiceContext, input: { uploadId: string }): OpenedWorkspace => {
  requireOwnWorkspace(ctx);
  const { upload, inspection } = inspectUpload(ctx, input.uploadId);
  if (inspection.verdict === 'refused') throw refusal(inspection);
  if (inspection.verdict === 'newer') {
    ctx.host.openReadOnly(upload.path, {
      reason: 'newer',
      fileName: inspection.fileName,
      fileSchemaVersion: inspection.fileSchemaVersion ?? 0,
      appSchemaVersion: inspection.appSchemaVersion,
    });
    discardUpload(ctx, { uploadId: input.uploadId });
    return { mode: 'readOnly', inspection, backup: null, migrated: false };
  }
  const backup = ctx.host.replace(upload.path, () => backUpBefore(ctx, 'pre-open'));
  discardUpload(ctx, { uploadId: input.uploadId });
  return { mode: 'replaced', inspection, backup, migrated: inspection.verdict === 'older' };
};

export const closeReadOnlyWorkspace = (ctx: ServiceContext): null => {
  ctx.host.closeReadOnly();
  return null;
};

/**
 * Brings back a backup, named as `workspace:backups` lists it: the name is looked up in that
 * list, never joined to a path as given. The state just before is kept as a `pre-restore`
 * backup, so a restore can itself be undone from the same list.
 */
export const restoreBackup = (ctx: ServiceContext, input: { fileName: string }): RestoredBackup => {
  requireOwnWorkspace(ctx);
  const entry = listBackups(ctx.dataDir).find((b) => b.fileName === input.fileName);
  if (!entry) throw new ServiceError('not_found', 'workspaceRefusal.unknownBackup');
  const file = path.join(backupDir(ctx.dataDir), entry.fileName);
  const inspection = inspectFile(ctx, file, entry.fileName);
  if (inspection.verdict === 'refused') throw refusal(inspection);
  if (inspection.verdict === 'newer')
    throw new ServiceError('conflict', 'workspaceRefusal.newerBackup', { file: entry.fileName });
  const preRestoreBackup = ctx.host.replace(file, () => backUpBefore(ctx, 'pre-restore'));
  return { restored: entry, preRestoreBackup, migrated: inspection.verdict === 'older' };
};
