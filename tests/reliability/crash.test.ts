import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, REPO_ROOT, tempDir, trackedOpen } from '../helpers/workspace';
import { openSqlite } from '../../src/main/store/database';
import { DATABASE_FILE } from '../../src/main/store/workspace';
import { seeded } from './seeded';

/**
 * Kill the app's writer with SIGKILL in the middle of a burst of writes, 50 times, and
 * after each kill open the file: SQLite must find it sound, and every write the
 * dispatcher acknowledged before the kill must be there (WAL + synchronous=FULL).
 */
const KILLS = 50;
/** Two workspace files, each killed 25 times in turn: every run opens a file left by a kill. */
const LANES = 2;
const SEED = 0x6b656e65;
/** How long after the writer is ready the kill lands: before its first write, up to a few dozen in. */
const KILL_AFTER_MS = { min: 0, max: 300 };

/**
 * The writer, bundled once with esbuild (which tsx itself uses) instead of `node --import
 * tsx`: compiling the app's sources on every one of 50 starts took ~2.7 s each. The
 * bundle sits under node_modules so it resolves better-sqlite3 and the rest from there.
 */
const bundleDir = path.join(REPO_ROOT, 'node_modules', '.cache', `kenes-crash-writer-${process.pid}`);
const writer = path.join(bundleDir, 'crash-writer.mjs');

interface Run {
  /** Ids the writer acknowledged, each batch as one entry. */
  acknowledged: string[][];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/** Starts the writer, kills it `killAfterMs` after it reports ready, and collects what it acknowledged. */
const runAndKill = (dataDir: string, label: string, killAfterMs: number): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, label], {
      env: { ...process.env, KENES_MIGRATIONS_DIR: MIGRATIONS_DIR },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: string[][] = [];
    let pending = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      // The last piece has no newline yet: a line cut by the kill is not an acknowledgement.
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, ...ids] = line.split(' ');
        if (kind === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        else if (kind === 'one' || kind === 'many') acknowledged.push(ids);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      resolve({ acknowledged, signal, code, stderr });
    });
  });

interface Found {
  integrity: unknown;
  ids: Set<string>;
  /** Organisations whose creation has no history row, or history rows with no organisation. */
  withoutHistory: number;
  orphanHistory: number;
  /** Sizes of the creation batches in the history: 1 (create) or 5 (createMany). */
  batchSizes: Set<number>;
}

/** Opens the killed writer's file as the app would, and reads what survived. */
const inspect = (dataDir: string): Found => {
  const sqlite = openSqlite(path.join(dataDir, DATABASE_FILE));
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    const ids = new Set(
      (sqlite.prepare('SELECT id FROM organisations').all() as { id: string }[]).map((r) => r.id),
    );
    const count = (query: string): number => (sqlite.prepare(query).get() as { n: number }).n;
    // Through the view, which gives a bulk change's packed rows back one change per row.
    const withoutHistory = count(`SELECT count(*) AS n FROM organisations o WHERE NOT EXISTS
      (SELECT 1 FROM change_history_entries h WHERE h.entity_id = o.id AND h.action = 'create')`);
    const orphanHistory = count(`SELECT count(*) AS n FROM change_history_entries h
      WHERE h.entity = 'organisation' AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = h.entity_id)`);
    const batchSizes = new Set(
      (
        sqlite
          .prepare(
            `SELECT count(*) AS n FROM change_history_entries WHERE entity = 'organisation' GROUP BY batch_id`,
          )
          .all() as { n: number }[]
      ).map((r) => r.n),
    );
    return { integrity, ids, withoutHistory, orphanHistory, batchSizes };
  } finally {
    sqlite.close();
  }
};

beforeAll(async () => {
  await build({
    entryPoints: [path.join(import.meta.dirname, 'crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: writer,
    external: ['better-sqlite3'],
    // Half the size to parse on each of the 50 starts; names stay readable in a stack trace.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
}, 60_000);

afterAll(() => {
  fs.rmSync(bundleDir, { recursive: true, force: true });
});

describe('a writer killed with SIGKILL in the middle of a burst of writes', () => {
  it(`leaves a sound file with every acknowledged write, ${KILLS} times`, async () => {
    const random = seeded(SEED);
    const delays = Array.from({ length: KILLS }, () => random.int(KILL_AFTER_MS.min, KILL_AFTER_MS.max));
    const lanes = Array.from({ length: LANES }, (_, lane) => ({
      dataDir: tempDir(`kenes-crash-${lane}-`),
      acknowledged: new Set<string>(),
      /** Every id seen in the file so far, acknowledged or not. */
      seen: new Set<string>(),
      kills: 0,
    }));
    const problems: string[] = [];

    await Promise.all(
      lanes.map(async (lane, laneIndex) => {
        for (let i = laneIndex; i < KILLS; i += LANES) {
          const killAfterMs = delays[i] as number;
          const run = await runAndKill(lane.dataDir, `${laneIndex}.${i}`, killAfterMs);
          const where = `kill ${i + 1} (lane ${laneIndex}, ${killAfterMs} ms after ready)`;
          if (run.signal !== 'SIGKILL') {
            problems.push(`${where}: the writer ended by itself (code ${run.code}): ${run.stderr}`);
            continue;
          }
          lane.kills++;
          for (const ids of run.acknowledged) for (const id of ids) lane.acknowledged.add(id);
          const found = inspect(lane.dataDir);
          if (found.integrity !== 'ok')
            problems.push(`${where}: integrity_check says ${String(found.integrity)}`);
          const lost = [...lane.acknowledged].filter((id) => !found.ids.has(id));
          if (lost.length)
            problems.push(`${where}: ${lost.length} acknowledged writes lost, e.g. ${lost[0]}`);
          // Only the write in flight at the kill (one batch: at most 5) may have committed unacknowledged.
          const extra = [...found.ids].filter((id) => !lane.seen.has(id) && !lane.acknowledged.has(id));
          if (extra.length > 5) problems.push(`${where}: ${extra.length} organisations nobody wrote`);
          for (const id of found.ids) lane.seen.add(id);
          if (found.withoutHistory || found.orphanHistory) {
            problems.push(
              `${where}: records and history disagree (${found.withoutHistory} without, ${found.orphanHistory} orphan)`,
            );
          }
          const partial = [...found.batchSizes].filter((n) => n !== 1 && n !== 5);
          if (partial.length)
            problems.push(`${where}: a transaction was half-written (batch of ${partial[0]})`);
        }
      }),
    );

    expect(problems).toEqual([]);
    expect(lanes.reduce((n, lane) => n + lane.kills, 0)).toBe(KILLS);
    // The kills landed in bursts of writes, not before the first one.
    for (const lane of lanes) expect(lane.acknowledged.size).toBeGreaterThan(100);

    // And the app opens each file again, through its own checks, with everything in it.
    for (const lane of lanes) {
      const ws = trackedOpen({ dataDir: lane.dataDir });
      const count = ws.sqlite.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number };
      expect(count.n).toBeGreaterThanOrEqual(lane.acknowledged.size);
      ws.close();
    }
  }, 180_000);
});
