import { openWorkspace, type Workspace } from './store/workspace';
import { createServiceContext, type ServiceContext } from './services/context';
import { createDispatcher, type Dispatch } from './api/dispatch';
import { ensureDailyBackup } from './store/backups';
import { readSettings } from './services/settings';

export interface Runtime {
  workspace: Workspace;
  ctx: ServiceContext;
  dispatch: Dispatch;
  close(): void;
}

const HOUR = 60 * 60 * 1000;

/**
 * What both shells share: the open workspace, the services and the dispatcher, and
 * the daily backup, checked hourly so a window left open for days still rotates.
 */
export const startRuntime = (dataDir: string, nativeBinding?: string): Runtime => {
  const workspace = openWorkspace({ dataDir, ...(nativeBinding ? { nativeBinding } : {}) });
  const ctx = createServiceContext(workspace);
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
