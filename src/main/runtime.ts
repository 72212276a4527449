import { openWorkspace, type Workspace } from './store/workspace';
import { createServiceContext, type ServiceContext } from './services/context';
import { createDispatcher, type Dispatch } from './api/dispatch';
import { ensureDailyBackup } from './store/backups';
import { readSettings } from './services/settings';
import { sweepUploads } from './services/uploads';

export interface Runtime {
  workspace: Workspace;
  ctx: ServiceContext;
  dispatch: Dispatch;
  close(): void;
}

const HOUR = 60 * 60 * 1000;

/**
 * The workspace clock. KENES_NOW (an ISO date or date-time) shifts it so that "now" starts
 * at that moment and runs on: tests and demonstrations use it to see an agreement expire
 * without waiting months. An unparsable value is ignored, with one line saying so.
 */
export const clockFromEnv = (value = process.env.KENES_NOW): (() => Date) => {
  const real = () => new Date();
  if (!value) return real;
  const start = Date.parse(value);
  if (Number.isNaN(start)) {
    console.error(`[kenes] KENES_NOW=${value} is not a date; using the real clock`);
    return real;
  }
  const offset = start - Date.now();
  return () => new Date(Date.now() + offset);
};

/**
 * What both shells share: the open workspace, the services and the dispatcher, and
 * the daily backup, checked hourly so a window left open for days still rotates.
 */
export const startRuntime = (dataDir: string, nativeBinding?: string): Runtime => {
  const workspace = openWorkspace({ dataDir, ...(nativeBinding ? { nativeBinding } : {}) });
  const ctx = createServiceContext(workspace, clockFromEnv());
  sweepUploads(dataDir, ctx.now());
  const dispatch = createDispatcher(ctx, {
    logError: (channel, error) => console.error(`[kenes] ${channel} failed:`, error),
  });
  const timer = setInterval(() => {
    try {
      ensureDailyBackup(workspace.sqlite, dataDir, ctx.now(), readSettings(ctx.db).backupsToKeep);
    } catch (error) {
      console.error('[kenes] daily backup failed:', error);
    }
  }, HOUR);
  timer.unref();
  return {
    workspace,
    ctx,
    dispatch,
    close: () => {
      clearInterval(timer);
      workspace.close();
    },
  };
};
