import { z } from 'zod';
import { call } from './contract';
import { LIMITS, requiredText } from './fields';
import { workspaceTemplates } from '../domain/enums';
import { languages } from '../i18n/errors';
import { uploadId } from './uploads';
import type { ExportedFile } from './exports';
import type {
  BackupEntry,
  CouncilProfile,
  NetworkSnapshot,
  OpenedWorkspace,
  RestoredBackup,
  Settings,
  WorkspaceFileInspection,
  WorkspaceStatus,
} from '../model';

/** First start: an empty workspace needs the council's name; the Akmola model brings its own. */
export const workspaceInitInput = z.discriminatedUnion('template', [
  z.strictObject({ template: z.literal(workspaceTemplates[0]), councilName: requiredText(LIMITS.name) }),
  z.strictObject({ template: z.literal(workspaceTemplates[1]) }),
]);

export const workspaceCalls = {
  status: call<WorkspaceStatus>()('workspace:status', z.strictObject({})),
  /** First start: an empty workspace, or the Akmola model of Figure 13. */
  initialise: call<CouncilProfile>()('workspace:initialise', workspaceInitInput),
  backups: call<BackupEntry[]>()('workspace:backups', z.strictObject({})),
  backupNow: call<BackupEntry>()('workspace:backupNow', z.strictObject({})),
  /** "Save a copy as…": a consistent `.kenes` file carrying the attachments' bytes. */
  saveCopy: call<ExportedFile>()('workspace:saveCopy', z.strictObject({})),
  /** What an uploaded workspace file is and how it would open; changes nothing. */
  inspect: call<WorkspaceFileInspection>()('workspace:inspect', z.strictObject({ uploadId })),
  /** Opens an uploaded workspace file: replaces the workspace after a backup, or read-only when newer. */
  open: call<OpenedWorkspace>()('workspace:open', z.strictObject({ uploadId })),
  /** Leaves the read-only file and returns to the council's own workspace. */
  closeReadOnly: call<null>()('workspace:closeReadOnly', z.strictObject({})),
  /** Brings back a backup by its name in `workspace:backups` (never a path), after backing up the state now. */
  restore: call<RestoredBackup>()(
    'workspace:restore',
    z.strictObject({ fileName: z.string().min(1).max(LIMITS.line) }),
  ),
};

export const settingsCalls = {
  get: call<Settings>()('settings:get', z.strictObject({})),
  update: call<Settings>()(
    'settings:update',
    z.strictObject({
      patch: z
        .strictObject({
          userName: z.string().trim().max(LIMITS.line),
          language: z.enum(languages),
          backupsToKeep: z.number().int().min(1).max(365),
        })
        .partial()
        .refine((p) => Object.keys(p).length > 0, { message: 'validation.emptyPatch' }),
    }),
  ),
};

export const networkCalls = {
  /** The whole network at once, for the canvas and the benchmarks. */
  load: call<NetworkSnapshot>()('network:load', z.strictObject({})),
};
