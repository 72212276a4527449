import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openWorkspace, type OpenWorkspaceOptions, type Workspace } from '../../src/main/store/workspace';
import { createServiceContext, type ServiceContext } from '../../src/main/services/context';
import { createWorkspaceHost, type WorkspaceHost } from '../../src/main/store/host';
import { createDispatcher, type Dispatch } from '../../src/main/api/dispatch';
import { contract, type KenesContract } from '../../src/shared/api';
import type { ApiError, ApiResult, Call, InputOf, OutputOf } from '../../src/shared/api/contract';

/** The repository root and its shipped migrations: tests always run the real ones. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const MIGRATIONS_DIR = path.join(REPO_ROOT, 'db', 'migrations');

/** A clock the test moves by hand; starts at a fixed instant so timestamps are predictable. */
export interface TestClock {
  (): Date;
  set(at: Date | string): void;
  advance(ms: number): void;
}

export const DAY = 24 * 60 * 60 * 1000;

export const fixedClock = (start: Date | string = '2025-03-10T09:00:00.000Z'): TestClock => {
  let now = new Date(start).getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.set = (at) => {
    now = new Date(at).getTime();
  };
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
};

const tempDirs: string[] = [];
const openWorkspaces: Workspace[] = [];
const openHosts: WorkspaceHost[] = [];

/** A fresh empty directory under the OS temp dir, removed after the test. */
export const tempDir = (prefix = 'kenes-test-'): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
};

/** Opens a workspace and closes it after the test (closing twice is harmless). */
export const trackedOpen = (options: OpenWorkspaceOptions): Workspace => {
  const ws = openWorkspace({ migrationsDir: MIGRATIONS_DIR, ...options });
  openWorkspaces.push(ws);
  return ws;
};

/** The renderer's client, but synchronous: each call goes through the real dispatcher. */
export type SyncApi = {
  [D in keyof KenesContract]: {
    [K in keyof KenesContract[D]]: (input: InputOf<KenesContract[D][K]>) => OutputOf<KenesContract[D][K]>;
  };
};

export interface TestWorkspace {
  dir: string;
  /** The workspace open now: after opening a file or restoring a backup, the new one. */
  readonly workspace: Workspace;
  /** The same holder the app uses, so a test can open files and restore backups as the app does. */
  host: WorkspaceHost;
  clock: TestClock;
  ctx: ServiceContext;
  dispatch: Dispatch;
  /** Typed calls through the dispatcher; a refused call throws with the ApiError in the message. */
  api: SyncApi;
  /** Errors the dispatcher reported as internal (a bug, unless the test provoked it). */
  internalErrors: unknown[];
  /** Dispatches and returns the value; fails the test with the error if the call was refused. */
  call<T = unknown>(channel: string, input?: unknown): T;
  /** Dispatches and returns the error; fails the test if the call succeeded. */
  fail(channel: string, input?: unknown): ApiError;
  /** As call and fail, for the asynchronous calls (DOCX, XLSX). */
  callAsync<T = unknown>(channel: string, input?: unknown): Promise<T>;
  failAsync(channel: string, input?: unknown): Promise<ApiError>;
  /** Rows in a table, straight from SQLite. */
  count(table: string): number;
}

export interface TestWorkspaceOptions {
  dir?: string;
  clock?: TestClock;
  /** How the host reopens a workspace when it replaces one; a test stubs it to fail. */
  open?: (options: OpenWorkspaceOptions) => Workspace;
}

export const openTestWorkspace = (options: TestWorkspaceOptions = {}): TestWorkspace => {
  const dir = options.dir ?? tempDir();
  const clock = options.clock ?? fixedClock();
  const host = createWorkspaceHost(trackedOpen({ dataDir: dir, clock }), {
    clock,
    migrationsDir: MIGRATIONS_DIR,
    ...(options.open ? { open: options.open } : {}),
  });
  openHosts.push(host);
  const ctx = createServiceContext(host, clock);
  const internalErrors: unknown[] = [];
  const dispatch = createDispatcher(ctx, { logError: (_channel, error) => internalErrors.push(error) });
  const call = <T>(channel: string, input: unknown = {}): T => {
    const result = dispatch(channel, input) as ApiResult<T>;
    if (result instanceof Promise) throw new Error(`${channel} is asynchronous: use callAsync`);
    if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error, null, 2)}`);
    return result.value;
  };
  const fail = (channel: string, input: unknown = {}): ApiError => {
    const result = dispatch(channel, input);
    if (result instanceof Promise) throw new Error(`${channel} is asynchronous: use failAsync`);
    if (result.ok) throw new Error(`${channel} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
    return result.error;
  };
  const callAsync = async <T>(channel: string, input: unknown = {}): Promise<T> => {
    const result = (await dispatch(channel, input)) as ApiResult<T>;
    if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error, null, 2)}`);
    return result.value;
  };
  const failAsync = async (channel: string, input: unknown = {}): Promise<ApiError> => {
    const result = await dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
    return result.error;
  };
  const api = Object.fromEntries(
    Object.entries(contract).map(([domain, calls]) => [
      domain,
      Object.fromEntries(
        Object.entries(calls as Record<string, Call>).map(([verb, c]) => [
          verb,
          (input: unknown) => call(c.channel, input),
        ]),
      ),
    ]),
  ) as SyncApi;
  const count = (table: string): number =>
    (host.current.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  return {
    dir,
    get workspace() {
      return host.current;
    },
    host,
    clock,
    ctx,
    dispatch,
    api,
    internalErrors,
    call,
    fail,
    callAsync,
    failAsync,
    count,
  };
};

afterEach(() => {
  for (const host of openHosts.splice(0)) host.close();
  for (const ws of openWorkspaces.splice(0)) {
    if (ws.sqlite.open) ws.close();
  }
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
