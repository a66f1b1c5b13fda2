/**
 * The load generator, a process of its own: lean clients (one per user) against one server on
 * 127.0.0.1, driven by the orchestrator over IPC. Bounded: every wait has a deadline.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { serveCommands } from './ipc.js';
import { type Completion, createLeanClient, type LeanClient } from './lean-clients.js';
import { jobUser, mintToken, type System } from './shared.js';
import { summarize } from './stats.js';

const system = process.env.BENCH_SYSTEM as System;
const url = process.env.BENCH_WS_URL as string;
const clients = new Map<number, LeanClient>();

let measured = 'meal_log.completed';
let latencies: number[] = [];
let receipts = 0;
let lastReceiptAt = 0;
/** Per user, the completed jobs received (with repeats), while tallying. */
let tally: Map<number, number[]> | null = null;

const onCompleted = (client: LeanClient, { job, committedAt, receivedAt }: Completion) => {
  latencies.push(receivedAt - committedAt);
  receipts++;
  lastReceiptAt = performance.now();
  if (tally) {
    const jobs = tally.get(client.user) ?? [];
    jobs.push(job);
    tally.set(client.user, jobs);
  }
};

/** Opens clients for users [from, to), 200 handshakes at a time. */
const open = async ({ from, to }: { from: number; to: number }) => {
  const started = performance.now();
  let next = from;
  let failed = 0;
  const worker = async () => {
    while (next < to) {
      const user = next++;
      const client = createLeanClient(system, url, user, await mintToken(user), onCompleted, () => measured);
      clients.set(user, client);
      await client.connect().catch(() => {
        failed++;
        clients.delete(user);
      });
    }
  };
  await Promise.all(Array.from({ length: 200 }, worker));
  return { opened: to - from - failed, failed, ms: performance.now() - started };
};

const close = ({ from, to }: { from: number; to: number }) => {
  for (let user = from; user < to; user++) {
    clients.get(user)?.drop();
    clients.delete(user);
  }
};

let cpuAtStart = process.cpuUsage();
let measureStartedAt = 0;

const measureStart = ({ event }: { event: string }) => {
  measured = event;
  latencies = [];
  receipts = 0;
  cpuAtStart = process.cpuUsage();
  measureStartedAt = performance.now();
};

/** Waits until `expected` completions arrived (or `timeoutMs`), then summarizes the window. */
const measureStop = async ({ expected, timeoutMs }: { expected: number; timeoutMs: number }) => {
  const deadline = performance.now() + timeoutMs;
  while (receipts < expected && performance.now() < deadline) await sleep(20);
  const cpu = process.cpuUsage(cpuAtStart);
  const windowMs = Math.max(1, lastReceiptAt - measureStartedAt);
  return {
    ...summarize(latencies),
    receipts,
    deliveredPerSecond: (receipts * 1000) / windowMs,
    loadgenCpu: (cpu.user + cpu.system) / 1000 / (performance.now() - measureStartedAt),
  };
};

/**
 * Reconnect storm: every socket dies at once and every client reconnects at once, resuming. Returns
 * when all are live again or after `timeoutMs`: time to 99% and to 100% live.
 */
const storm = async ({ timeoutMs }: { timeoutMs: number }) => {
  const all = [...clients.values()];
  for (const client of all) client.drop();
  const started = performance.now();
  const times: number[] = [];
  let recovered = 0;
  let failed = 0;
  const reconnect = async (client: LeanClient) => {
    const deadline = started + timeoutMs;
    while (performance.now() < deadline) {
      try {
        await client.connect();
        times.push(client.liveAt - started);
        if (client.recovered) recovered++;
        return;
      } catch {
        await sleep(100);
      }
    }
    failed++;
  };
  await Promise.all(all.map(reconnect));
  times.sort((a, b) => a - b);
  const at = (share: number) =>
    times.length >= Math.ceil(share * all.length)
      ? (times[Math.ceil(share * all.length) - 1] as number)
      : Number.NaN;
  return { clients: all.length, live: times.length, recovered, failed, t99: at(0.99), t100: at(1) };
};

const tallyStart = () => {
  tally = new Map();
};

/** Lost and duplicated completions of jobs [firstJob, lastJob], per client of the job's user. */
const tallyStop = ({
  firstJob,
  lastJob,
  users,
  timeoutMs,
}: {
  firstJob: number;
  lastJob: number;
  users: number;
  timeoutMs: number;
}) =>
  (async () => {
    const expected = (lastJob - firstJob + 1) * (clients.size / users);
    const deadline = performance.now() + timeoutMs;
    const count = () => [...(tally?.values() ?? [])].reduce((n, jobs) => n + jobs.length, 0);
    while (count() < expected && performance.now() < deadline) await sleep(50);
    let lost = 0;
    let duplicated = 0;
    for (const client of clients.values()) {
      const seen = new Map<number, number>();
      for (const job of tally?.get(client.user) ?? []) seen.set(job, (seen.get(job) ?? 0) + 1);
      for (let job = firstJob; job <= lastJob; job++) {
        if (jobUser(job, users) !== client.user) continue;
        const times = seen.get(job) ?? 0;
        if (times === 0) lost++;
        if (times > 1) duplicated += times - 1;
      }
    }
    tally = null;
    return { expected, lost, duplicated };
  })();

serveCommands({ open, close, measureStart, measureStop, storm, tallyStart, tallyStop }, { system });
