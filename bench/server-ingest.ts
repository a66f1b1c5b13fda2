import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { startBenchServer, stopBenchServer } from './lib/bench-server.js';
import { fmt, median, printTable } from './lib/stats.js';
import { mainThreadCpuMs } from './lib/thread-cpu.js';
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

type User = { token: string };

/** POST /meal-logs/natural for `seconds` from `connections` clients, each as one of `users` in turn. */
const postFlood = (url: string, users: User[], connections: number, seconds: number) => {
  let n = 0;
  return run({
    url: `${url}/api/v1/meal-logs/natural`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    setupClient: (client) => {
      const user = users[n++ % users.length] as User;
      client.setHeaders({ 'content-type': 'application/json', authorization: `Bearer ${user.token}` });
      client.setBody(JSON.stringify({ raw_input: '2 eggs and a slice of toast with butter' }));
    },
  });
};

/**
 * POST /meal-logs/natural throughput as a share of GET /healthz throughput on the same server.
 * Each round measures healthz, then POST, back to back, and the figure is the median of the rounds'
 * own ratios: on a shared 2-core machine healthz alone moved by half between rounds, and a ratio
 * taken within a round sees one state of the machine. Target: ingest >= 0.3 x healthz. Each round
 * also measures the same pair on a server with the worker role off, so the share of intake that
 * goes to processing on a node with every role shows beside the figure.
 */
export const benchIngest = async ({ rounds, seconds, connections }: Options) => {
  const server = await startBenchServer({ FITIQ_PROCESSING_DELAY_MS: '0' });
  // The same program with the worker role off, as an API node of a split deployment runs: intake
  // alone, without the processing that shares the event loop on a node with every role.
  const intakeOnly = await startBenchServer({ FITIQ_ROLES: 'api,realtime' });
  const pid = server.child.pid ?? 0;
  /** Server main-thread CPU (µs) per request over `measure`; null where /proc is missing. */
  const cpuPerRequest = async (measure: () => Promise<number>): Promise<number | null> => {
    const before = mainThreadCpuMs(pid);
    const requests = await measure();
    const after = mainThreadCpuMs(pid);
    return before === null || after === null ? null : ((after - before) * 1000) / requests;
  };
  try {
    const users = await registerUsers(server.url, 20);
    const intakeUsers = await registerUsers(intakeOnly.url, 20);
    const intakeRatios: number[] = [];
    const healthz: number[] = [];
    const ingest: number[] = [];
    const ratios: number[] = [];
    const healthzCpu: number[] = [];
    const mealCpu: number[] = [];
    const completedDuring: number[] = [];
    const drainRates: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // Each round ends once the worker has processed its meals, so healthz is measured on an idle server.
      let health: autocannon.Result | undefined;
      const healthCpu = await cpuPerRequest(async () => {
        health = await run({ url: `${server.url}/healthz`, connections, duration: seconds });
        return health.requests.total;
      });
      if (!health) throw new Error('healthz round did not run');
      healthz.push(health.requests.average);
      let post: autocannon.Result | undefined;
      let completedAfterPost = 0;
      let drained = 0;
      let drainSeconds = 0;
      const completedBefore = await metric(server.url, COMPLETED);
      // What a meal costs the server: its POST and its processing, counted until the worker is idle.
      const postCpu = await cpuPerRequest(async () => {
        post = await postFlood(server.url, users, connections, seconds);
        // Processing under the flood, then how fast the worker works off what the flood left (the wait
        // also leaves the next round's healthz an idle server).
        completedAfterPost = await metric(server.url, COMPLETED);
        const drainStart = performance.now();
        await waitForIdleWorkers(server.url);
        drained = (await metric(server.url, COMPLETED)) - completedAfterPost;
        drainSeconds = (performance.now() - drainStart) / 1000;
        return post.requests.total;
      });
      if (!post) throw new Error('POST round did not run');
      if (post.non2xx > 0) throw new Error(`ingest got ${post.non2xx} non-2xx answers`);
      ingest.push(post.requests.average);
      ratios.push(post.requests.average / health.requests.average);
      if (healthCpu !== null) healthzCpu.push(healthCpu);
      if (postCpu !== null) mealCpu.push(postCpu);
      completedDuring.push((completedAfterPost - completedBefore) / seconds);
      drainRates.push(drained / drainSeconds);
      const intakeHealthz = await run({ url: `${intakeOnly.url}/healthz`, connections, duration: seconds });
      const intakePost = await postFlood(intakeOnly.url, intakeUsers, connections, seconds);
      if (intakePost.non2xx > 0) throw new Error(`intake alone got ${intakePost.non2xx} non-2xx answers`);
      intakeRatios.push(intakePost.requests.average / intakeHealthz.requests.average);
      const latency = post.latency;
      console.log(
        `  round ${round + 1}: healthz ${fmt(health.requests.average, 0)} req/s, POST ${fmt(post.requests.average, 0)} req/s (p50 ${latency.p50} ms, p99 ${latency.p99} ms), ratio ${fmt(ratios.at(-1) ?? 0, 2)} (worker role off: ${fmt(intakeRatios.at(-1) ?? 0, 2)}); meals completed during it ${fmt(completedDuring.at(-1) ?? 0, 0)}/s, the rest at ${fmt(drainRates.at(-1) ?? 0, 0)}/s after`,
      );
    }
    // How the worker got its jobs: straight from this node's requests, or claimed from storage.
    const started = (source: string) => metric(server.url, `fitiq_jobs_started_total{source="${source}"}`);
    const [handedOver, claimed] = [await started('handoff'), await started('claim')];
    const ratio = median(ratios);
    const cpuRow =
      healthzCpu.length > 0 && mealCpu.length > 0
        ? `${fmt(median(healthzCpu), 0)} / ${fmt(median(mealCpu), 0)} (${fmt(median(healthzCpu) / median(mealCpu), 2)})`
        : 'n/a (no /proc)';
    printTable(
      `Ingest vs healthz (${rounds} rounds x ${seconds} s, ${connections} connections, medians)`,
      ['measure', 'value', 'target'],
      [
        ['GET /healthz req/s (baseline)', fmt(median(healthz), 0), ''],
        ['POST /meal-logs/natural req/s', fmt(median(ingest), 0), ''],
        [
          "ratio POST / healthz (median of the rounds' ratios)",
          `${fmt(ratio, 2)} (${ratios.map((r) => fmt(r, 2)).join(', ')})`,
          '>= 0.30',
        ],
        [
          'the same with the worker role off (intake alone, its own server)',
          `${fmt(median(intakeRatios), 2)} (${intakeRatios.map((r) => fmt(r, 2)).join(', ')})`,
          '',
        ],
        ['server main-thread µs per healthz / per meal (POST + processing)', cpuRow, ''],
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
    await stopBenchServer(intakeOnly);
  }
};
