/**
 * The process the crash test kills. It opens the workspace in the data directory given
 * as its argument exactly as the app does (openWorkspace: WAL, synchronous=FULL,
 * migrations) and writes through the app's dispatcher until it is killed. Each line on
 * stdout is a write that the dispatcher has acknowledged: the call returned ok, so its
 * transaction committed. stdout to a pipe is synchronous on Linux, so a line the parent
 * reads was written before the kill, never after.
 *
 *   ready                      the workspace is open; writes start now
 *   one <id>                   organisations:create committed
 *   many <id> <id> …           organisations:createMany committed (one transaction)
 *
 * Run by crash.test.ts with `node --import tsx`, as `npm run bench` runs TypeScript.
 */
import { writeSync } from 'node:fs';
import { openWorkspace } from '../../src/main/store/workspace';
import { createServiceContext } from '../../src/main/services/context';
import { createDispatcher } from '../../src/main/api/dispatch';
import type { ApiResult } from '../../src/shared/api/contract';

const dataDir = process.argv[2];
const runLabel = process.argv[3] ?? '0';
if (!dataDir) throw new Error('usage: crash-writer.ts <dataDir> [label]');

const workspace = openWorkspace({ dataDir });
const dispatch = createDispatcher(createServiceContext(workspace), {
  logError: (channel, error) => console.error(`${channel} failed:`, error),
});

/** A write to fd 1 that returns only once the bytes are in the pipe. */
const say = (line: string): void => {
  writeSync(1, `${line}\n`);
};

const write = <T>(channel: string, input: unknown): T => {
  const result = dispatch(channel, input) as ApiResult<T>;
  if (!result.ok) {
    console.error(`${channel} refused: ${JSON.stringify(result.error)}`);
    process.exit(2);
  }
  return result.value;
};

const organisation = (n: number) => ({
  nameKk: `Көкшетау №${runLabel}-${n} мектеп-гимназиясы`,
  nameRu: `Школа-гимназия №${runLabel}-${n} г. Кокшетау`,
  typeCode: 'EDU.SCHOOL',
  level: 'organisation',
  district: 'Көкшетау қ.',
  notes: 'ө'.repeat(n % 200),
});

say('ready');
// The burst: single creates, and every fifth write a batch of five in one transaction,
// so the test also sees whether a killed multi-row transaction is all-or-nothing.
for (let n = 0; ; n++) {
  if (n % 5 === 4) {
    const { ids } = write<{ ids: string[] }>('organisations:createMany', {
      items: Array.from({ length: 5 }, (_, i) => organisation(n * 10 + i)),
    });
    say(`many ${ids.join(' ')}`);
  } else {
    const { id } = write<{ id: string }>('organisations:create', organisation(n));
    say(`one ${id}`);
  }
}
