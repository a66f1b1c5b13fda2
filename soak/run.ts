import { setMaxListeners } from 'node:events';
import { verdict } from './accounting/verdict.js';
import { noFaults } from './chaos/faults.js';
import { runNetworkChaos } from './chaos/network-chaos.js';
import { runProcessChaos } from './chaos/process-chaos.js';
import { collect } from './collect.js';
import { explainLosses } from './explain.js';
import { startFleet } from './fleet/fleet.js';
import { parseSoakOptions } from './options.js';
import { seededRandom } from './random.js';
import { clientTable, summaryTable } from './report.js';
import { settle } from './settle.js';
import { startTopology } from './topology/topology.js';
import { waitUntil } from './wait.js';

/**
 * `npm run soak -- --minutes N --clients M [--seed S]`: real server processes, SDK clients behind
 * fault proxies, random faults for N minutes; then everything settles and every meal and event is
 * accounted for against the database. Exit 1 on any loss, duplicate, gap or reorder.
 */
const options = parseSoakOptions(process.argv.slice(2));
const SETTLE_TIMEOUT_MS = 120_000;
console.log(
  `FitIQ chaos soak: ${options.minutes} min, ${options.clients} clients, seed ${options.seed} (replay with --seed ${options.seed})`,
);

const topology = await startTopology();
process.once('SIGINT', () => void topology.stop().finally(() => process.exit(130)));
console.log(`topology: ${topology.description}`);
for (const skipped of topology.skipped)
  console.warn(`[soak] !!! SKIPPED FAULT (services missing): ${skipped}`);

let failures: string[] = ['the soak did not finish'];
try {
  const fleet = await startFleet(topology.api.url, options.clients);
  try {
    await waitUntil(
      () => fleet.clients.every((c) => ['live', 'fallback'].includes(c.client.connection.state.state)),
      {
        timeoutMs: 60_000,
        what: 'every client to connect',
      },
    );
    const faults = noFaults();
    const stop = new AbortController();
    // Every client's meal loop and every fault under way waits on this one signal.
    setMaxListeners(0, stop.signal);
    const startedAt = Date.now();
    const progress = setInterval(async () => {
      const { pending } = await topology.authority.jobs().catch(() => ({ pending: Number.NaN }));
      const meals = fleet.clients.reduce((sum, c) => sum + c.submitted.length, 0);
      const events = fleet.clients.reduce((sum, c) => sum + c.received.length, 0);
      const injected = Object.values(faults).reduce((sum, count) => sum + count, 0);
      const elapsed = Math.round((Date.now() - startedAt) / 1000);
      console.log(
        `[soak ${elapsed}s] meals logged ${meals}, events received ${events}, faults injected ${injected}, jobs pending ${pending}`,
      );
    }, 15_000);
    const deadline = setTimeout(() => stop.abort(), options.minutes * 60_000);
    await Promise.all([
      fleet.logMeals(stop.signal, options.seed),
      runNetworkChaos(
        fleet.clients.map((c) => c.proxy),
        seededRandom(options.seed + 1),
        faults,
        stop.signal,
      ),
      runProcessChaos(topology, seededRandom(options.seed + 2), faults, stop.signal),
    ]);
    clearTimeout(deadline);
    clearInterval(progress);
    console.log('[soak] faults stopped; settling...');
    const unsettled = await settle(fleet.clients, topology.authority, SETTLE_TIMEOUT_MS);
    const collected = await collect(fleet.clients, topology.authority);
    const lostResponses = fleet.clients.reduce((sum, c) => sum + c.proxy.lost, 0);
    console.log(`\n${summaryTable(collected, faults, lostResponses)}\n\n${clientTable(collected)}\n`);
    failures = [...unsettled, ...verdict(collected)];
    const streams = await topology.authority.events();
    const seqs = new Map([...streams].map(([user, events]) => [user, events.map((e) => e.seq)]));
    for (const explanation of explainLosses(collected, seqs)) console.error(explanation);
  } finally {
    await fleet.close();
  }
} finally {
  await topology.stop();
}

if (failures.length > 0) {
  console.error(`SOAK FAILED (seed ${options.seed}):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`SOAK PASSED: zero loss, zero duplicates, no gap, no reorder (seed ${options.seed})`);
process.exit(0);
