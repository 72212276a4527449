import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/workspace';
import { startRuntime, type Runtime } from '../../../src/main/runtime';
import type { ApiResult } from '../../../src/shared/api/contract';
import type { BackupEntry, RestoredBackup } from '../../../src/shared/model';

let runtime: Runtime | undefined;
afterEach(() => runtime?.close());

const call = <T>(rt: Runtime, channel: string, input: unknown = {}): T => {
  const result = rt.dispatch(channel, input) as ApiResult<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
};

describe('the running app’s runtime', () => {
  it('keeps its ctx and dispatcher while a restore replaces the workspace under them', () => {
    runtime = startRuntime(tempDir());
    const { ctx, dispatch } = runtime;
    call(runtime, 'workspace:initialise', { template: 'empty', councilName: 'Бірінші кеңес' });
    const before = runtime.workspace;
    const backup = call<BackupEntry>(runtime, 'workspace:backupNow');
    call(runtime, 'council:update', { patch: { nameKk: 'Қате атау' } });

    const restored = call<RestoredBackup>(runtime, 'workspace:restore', { fileName: backup.fileName });
    expect(restored.preRestoreBackup.kind).toBe('pre-restore');
    // The same objects the shells hold, now reading the restored file.
    expect(runtime.ctx).toBe(ctx);
    expect(runtime.dispatch).toBe(dispatch);
    expect(runtime.workspace).not.toBe(before);
    expect(before.sqlite.open).toBe(false);
    expect(call<{ councilName: string }>(runtime, 'workspace:status').councilName).toBe('Бірінші кеңес');
    expect(ctx.sqlite).toBe(runtime.workspace.sqlite);
  });
});
