import os from 'node:os';

/**
 * The benchmark harness: runs named benchmarks and prints their figures. A benchmark
 * reports against its targets but never fails the run for missing one; only a crash
 * (a benchmark that throws) sets a non-zero exit status.
 */

export interface Target {
  /** What is compared, e.g. "network:load, 2,000 organisations". */
  label: string;
  actual: number;
  /** The actual figure must be at most this (lower is better) … */
  atMost?: number;
  /** … or at least this (higher is better). */
  atLeast?: number;
  unit: string;
}

export interface Report {
  /** A heading inside the benchmark's output. */
  section(title: string): void;
  /** A free line of text. */
  note(text: string): void;
  /** A timed operation: milliseconds, and rows per second when rows are given. */
  timing(label: string, ms: number, rows?: number): void;
  /** A named figure with its unit. */
  figure(label: string, value: number, unit: string, digits?: number): void;
  /** Prints the target and whether it was met; returns whether it was. */
  target(target: Target): boolean;
  /** A target that could not be measured this run, and why; listed as such in the summary. */
  unmeasured(label: string, reason: string): void;
}

export interface Benchmark {
  name: string;
  description: string;
  run(report: Report): Promise<void> | void;
}

/** name → a loader for the module that default-exports the benchmark (loaded only when run). */
export type Registry = Record<string, () => Promise<{ default: Benchmark }>>;

export const formatNumber = (value: number, digits = 0): string =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const LABEL_WIDTH = 46;

interface TargetResult {
  benchmark: string;
  label: string;
  met: boolean | 'unmeasured';
}

const createReport = (benchmark: string, results: TargetResult[]): Report => ({
  section: (title) => console.log(`\n  ${title}`),
  note: (text) => console.log(`    ${text}`),
  timing: (label, ms, rows) => {
    const perSecond = rows === undefined ? '' : `  ${formatNumber((rows / ms) * 1000).padStart(10)} rows/s`;
    const count = rows === undefined ? '' : `  (${formatNumber(rows)} rows)`;
    console.log(
      `    ${label.padEnd(LABEL_WIDTH)} ${formatNumber(ms, 1).padStart(10)} ms${perSecond}${count}`,
    );
  },
  figure: (label, value, unit, digits = 2) =>
    console.log(`    ${label.padEnd(LABEL_WIDTH)} ${formatNumber(value, digits).padStart(10)} ${unit}`),
  target: ({ label, actual, atMost, atLeast, unit }) => {
    const met = (atMost === undefined || actual <= atMost) && (atLeast === undefined || actual >= atLeast);
    const bound =
      atMost !== undefined ? `≤ ${formatNumber(atMost, 2)}` : `≥ ${formatNumber(atLeast ?? 0, 2)}`;
    console.log(
      `    target ${label}: ${formatNumber(actual, 2)} ${unit} (target ${bound} ${unit}) — ${met ? 'met' : 'MISSED'}`,
    );
    results.push({ benchmark, label, met });
    return met;
  },
  unmeasured: (label, reason) => {
    console.log(`    target ${label}: not measured — ${reason}`);
    results.push({ benchmark, label, met: 'unmeasured' });
  },
});

/**
 * Runs the benchmarks named in `only` (all of them when empty), in registry order, and
 * prints a summary of the targets. Returns the process exit status.
 */
export const runBenchmarks = async (registry: Registry, only: string[]): Promise<number> => {
  const unknown = only.filter((name) => !(name in registry));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(registry).join(', ')}`);
    return 2;
  }
  const names = only.length > 0 ? only : Object.keys(registry);
  const results: TargetResult[] = [];
  const crashed: string[] = [];
  const cpus = os.availableParallelism();
  const [load = 0] = os.loadavg();
  console.log(
    `Kenes benchmarks — Node ${process.version}, ${process.platform}/${process.arch}, ${cpus} CPUs, load average ${load.toFixed(1)}`,
  );
  if (load > cpus / 2)
    console.log('(the machine is busy: figures will be noisy and slower than on an idle one)');
  for (const name of names) {
    const load = registry[name];
    if (!load) continue;
    const started = performance.now();
    try {
      const { default: benchmark } = await load();
      console.log(`\n== ${benchmark.name}: ${benchmark.description}`);
      await benchmark.run(createReport(benchmark.name, results));
      console.log(`\n  (${name} took ${formatNumber((performance.now() - started) / 1000, 1)} s)`);
    } catch (error) {
      crashed.push(name);
      console.error(`\n  ${name} crashed:`, error);
    }
  }
  console.log('\n== Summary');
  const status = { true: 'met    ', false: 'MISSED ', unmeasured: 'NOT MEASURED ' } as const;
  for (const r of results) console.log(`  ${status[`${r.met}`]} ${r.benchmark}: ${r.label}`);
  for (const name of crashed) console.log(`  CRASHED ${name}`);
  return crashed.length > 0 ? 1 : 0;
};

/** Milliseconds taken by `fn`, and what it returned. */
export const time = <T>(fn: () => T): { ms: number; value: T } => {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
};

/** Nearest-rank percentile, p in 0–100. */
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
