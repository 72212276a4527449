import { openWorkspace, type Workspace } from './store/workspace';
import { createWorkspaceHost, type WorkspaceHost } from './store/host';
import { createServiceContext, type ServiceContext } from './services/context';
import { createDispatcher, type Dispatch } from './api/dispatch';
import { ensureDailyBackup } from './store/backups';
import { readSettings } from './services/settings';
import { sweepUploads } from './services/uploads';

export interface Runtime {
  /** The open workspace: replaced when a file is opened or a backup restored (see store/host.ts). */
  readonly workspace: Workspace;
  host: WorkspaceHost;
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
 * What both shells share: the open workspace (behind a host, so it can be replaced while the
 * shells keep the same ctx and dispatcher), the services and the dispatcher, and the daily
 * backup, checked hourly so a window left open for days still rotates. The daily backup is
 * always of the council's own workspace, also while a newer file is open read-only.
 */
export const startRuntime = (dataDir: string, nativeBinding?: string): Runtime => {
  const clock = clockFromEnv();
  const options = { clock, ...(nativeBinding ? { nativeBinding } : {}) };
  const host = createWorkspaceHost(openWorkspace({ dataDir, ...options }), options);
  const ctx = createServiceContext(host, clock);
  sweepUploads(dataDir, ctx.now());
  const dispatch = createDispatcher(ctx, {
    logError: (channel, error) => console.error(`[kenes] ${channel} failed:`, error),
  });
  const timer = setInterval(() => {
    try {
      const own = host.own;
      ensureDailyBackup(own.sqlite, dataDir, ctx.now(), readSettings(own.db).backupsToKeep);
    } catch (error) {
      console.error('[kenes] daily backup failed:', error);
    }
  }, HOUR);
  timer.unref();
  return {
    get workspace() {
      return host.current;
    },
    host,
    ctx,
    dispatch,
    close: () => {
      clearInterval(timer);
      host.close();
    },
  };
};
