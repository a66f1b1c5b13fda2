import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { startBenchServer, stopBenchServer } from './lib/bench-server.js';
import { fmt, median, printTable } from './lib/stats.js';
import { registerUsers } from './lib/users.js';

type Options = { rounds: number; seconds: number; connections: number };

/** A counter or gauge of the server's /metrics, by its full name with labels. */
const metric = async (url: string, name: string): Promise<number> => {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : 0;
};

const COMPLETED = 'fitiq_processing_outcomes_total{outcome="completed"}';

const waitForIdleWorkers = async (url: string) => {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if ((await metric(url, 'fitiq_job_queue_depth')) === 0) return;
    await sleep(200);
  }
  console.warn('  [bench] jobs still queued after 120 s; measuring anyway');
};

const run = (opts: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(opts, (error, result) => (error ? reject(error) : resolve(result))),
  );

/**
 * POST /meal-logs/natural throughput as a share of GET /healthz throughput on the same server, in
 * alternating rounds so both see the same machine noise. Target: ingest >= 0.3 x healthz.
 */
export const benchIngest = async ({ rounds, seconds, connections }: Options) => {
  const server = await startBenchServer({ FITIQ_PROCESSING_DELAY_MS: '0' });
  try {
    const users = await registerUsers(server.url, 20);
    const healthz: number[] = [];
    const ingest: number[] = [];
    const completedDuring: number[] = [];
    const drainRates: number[] = [];
    let n = 0;
    for (let round = 0; round < rounds; round++) {
      // Each round ends once the worker has processed its meals, so healthz is measured on an idle server.
      const health = await run({ url: `${server.url}/healthz`, connections, duration: seconds });
      healthz.push(health.requests.average);
      const completedBefore = await metric(server.url, COMPLETED);
      const post = await run({
        url: `${server.url}/api/v1/meal-logs/natural`,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupClient: (client) => {
          const user = users[n++ % users.length] as { token: string };
          client.setHeaders({ 'content-type': 'application/json', authorization: `Bearer ${user.token}` });
          client.setBody(JSON.stringify({ raw_input: '2 eggs and a slice of toast with butter' }));
        },
      });
      if (post.non2xx > 0) throw new Error(`ingest got ${post.non2xx} non-2xx answers`);
      ingest.push(post.requests.average);
      // Processing under the flood, then how fast the worker works off what the flood left (the wait
      // also leaves the next round's healthz an idle server).
      const completedAfterPost = await metric(server.url, COMPLETED);
      const drainStart = performance.now();
      await waitForIdleWorkers(server.url);
      const drained = (await metric(server.url, COMPLETED)) - completedAfterPost;
      completedDuring.push((completedAfterPost - completedBefore) / seconds);
      drainRates.push(drained / ((performance.now() - drainStart) / 1000));
      const latency = post.latency;
      console.log(
        `  round ${round + 1}: healthz ${fmt(health.requests.average, 0)} req/s, POST ${fmt(post.requests.average, 0)} req/s (p50 ${latency.p50} ms, p99 ${latency.p99} ms); meals completed during it ${fmt(completedDuring.at(-1) ?? 0, 0)}/s, the rest at ${fmt(drainRates.at(-1) ?? 0, 0)}/s after`,
      );
    }
    // How the worker got its jobs: straight from this node's requests, or claimed from storage.
    const started = (source: string) => metric(server.url, `fitiq_jobs_started_total{source="${source}"}`);
    const [handedOver, claimed] = [await started('handoff'), await started('claim')];
    const ratio = median(ingest) / median(healthz);
    printTable(
      `Ingest vs healthz (${rounds} rounds x ${seconds} s, ${connections} connections, medians)`,
      ['measure', 'value', 'target'],
      [
        ['GET /healthz req/s (baseline)', fmt(median(healthz), 0), ''],
        ['POST /meal-logs/natural req/s', fmt(median(ingest), 0), ''],
        ['ratio POST / healthz', fmt(ratio, 2), '>= 0.30'],
        ['meals completed per second during the POST rounds', fmt(median(completedDuring), 0), ''],
        ['meals completed per second after them (the backlog)', fmt(median(drainRates), 0), ''],
        [
          'jobs handed to the worker / claimed from storage',
          `${fmt(handedOver, 0)} / ${fmt(claimed, 0)}`,
          '',
        ],
      ],
    );
    return { healthz: median(healthz), ingest: median(ingest), ratio };
  } finally {
    await stopBenchServer(server);
  }
};
