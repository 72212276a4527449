/**
 * npm run bench [-- NAME …]: runs the benchmarks (all, or the ones named) and prints
 * their figures and targets. To add one, write bench/<name>.ts default-exporting a
 * Benchmark (see harness.ts) and add its line here.
 */
import { runBenchmarks, type Registry } from './harness';

const registry = {
  store: () => import('./store'),
  'network-layout': () => import('./network-layout'),
  'network-render': () => import('./network-render'),
  minutes: () => import('./minutes'),
  import: () => import('./import'),
} satisfies Registry;

process.exitCode = await runBenchmarks(registry, process.argv.slice(2));
