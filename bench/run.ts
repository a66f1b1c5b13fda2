import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SYSTEMS, type System } from './compare/shared.js';
import { benchScaleOut } from './scale-out.js';
import { benchFanout } from './server-fanout.js';
import { benchIngest } from './server-ingest.js';
import { benchSummary } from './summary.js';

/** Runs a standalone benchmark script in its own process (it starts its own servers). */
const runScript = (relativePath: string, env: Record<string, string> = {}) => {
  const script = fileURLToPath(new URL(relativePath, import.meta.url));
  spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', script], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
};

/**
 * `npm run bench`: every benchmark of the project in one run, each against a baseline measured in
 * the same run. Figures, not assertions: machines here are small and noisy, so read medians and ratios.
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    compare: { type: 'boolean', default: false },
    // --compare only: runs per system (default 3, or 1 with --quick).
    runs: { type: 'string' },
    // --compare only: some of fitiq,sqlite,socketio (default all three).
    systems: { type: 'string' },
    // --compare only: seconds per latency step (default 3, or 2 with --quick).
    'step-seconds': { type: 'string' },
  },
});

const quick = values.quick ?? false;
if (values.compare) {
  // FitIQ against a Socket.IO baseline, side by side (bench/compare, BENCHMARKS.md).
  const { runCompare } = await import('./compare/index.js');
  const systems = values.systems?.split(',');
  const unknown = systems?.filter((s) => !(SYSTEMS as readonly string[]).includes(s)) ?? [];
  if (unknown.length > 0) throw new Error(`--systems: unknown ${unknown.join(', ')}`);
  if (values.only !== undefined && values.only !== 'latency')
    throw new Error('--compare takes --only latency (row 2 alone) or no --only');
  await runCompare({
    quick,
    // `--only latency`: row 2 alone (commit-to-receipt latency), to iterate on it in minutes.
    latencyOnly: values.only === 'latency',
    ...(values.runs ? { runs: Number(values.runs) } : {}),
    ...(systems ? { systems: systems as System[] } : {}),
    ...(values['step-seconds'] ? { stepSeconds: Number(values['step-seconds']) } : {}),
  });
  process.exit(0);
}
const wanted = (name: string) => !values.only || values.only.split(',').includes(name);

console.log(
  `FitIQ benchmarks (${quick ? 'quick' : 'full'} run) on ${process.platform}, Node ${process.version}`,
);
if (wanted('ingest')) {
  await benchIngest({ rounds: quick ? 1 : 5, seconds: quick ? 3 : 5, connections: 50 });
}
if (wanted('fanout')) {
  await benchFanout({
    sockets: quick ? 1000 : 5000,
    users: quick ? 50 : 250,
    mealsPerSecond: 200,
    seconds: quick ? 3 : 10,
    rounds: quick ? 1 : 3,
  });
}
if (wanted('parser')) {
  console.log('\nBuilt-in parser throughput (one core)');
  runScript('../packages/nutrition/bench/parse-throughput.ts');
}
if (wanted('search')) {
  console.log('\nFood search latency per query (one core)');
  runScript('../packages/nutrition/bench/food-search.ts');
}
if (wanted('sdk')) {
  runScript('./sdk-delivery.ts', quick ? { FITIQ_BENCH_SDK_MEALS: '50' } : {});
}
if (wanted('storm')) {
  runScript('./reconnect-storm.ts', quick ? { FITIQ_BENCH_STORM_CLIENTS: '500' } : {});
}
if (wanted('summary')) {
  await benchSummary({ requests: quick ? 50 : 300 });
}
if (wanted('scale-out')) {
  await benchScaleOut({
    sockets: quick ? 500 : 1000,
    users: quick ? 25 : 50,
    mealsPerSecond: quick ? 50 : 100,
    seconds: quick ? 3 : 5,
  });
}
process.exit(0);
