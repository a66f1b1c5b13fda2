import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { rssOf } from '../lib/process-rss.js';
import { percentile } from '../lib/stats.js';
import { type Child, forkChild } from './ipc.js';
import type { JobMode, JobRunResult } from './job-source.js';
import type { System } from './shared.js';
import type { Summary } from './stats.js';

export type SessionPlan = {
  warmClients: number;
  clients: number;
  largeClients: number;
  rates: number[];
  ramp: number[];
  stepSeconds: number;
  storm: { rate: number; seconds: number; dropAfterMs: number };
  /** Row 2 alone (`--only latency`): no memory steps, storm or ramp, for iterating on latency. */
  latencyOnly?: boolean;
};

export type Step = Summary & {
  rate: number;
  submitted: number;
  receipts: number;
  deliveredPerSecond: number;
  loadgenCpu: number;
  /** Server CPU (every thread) from the step's start to its last receipt, per job delivered. */
  serverCpuMsPerJob: number;
};

/** CPU time of a process so far, user and system, every thread (Linux; clock ticks of 10 ms). */
const cpuMsOf = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces: utime is the 14th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

export type SessionResult = {
  system: System;
  rssPerClient: { clients: number; largeClients: number; small: number; large: number };
  storm: {
    t99: number;
    t100: number;
    live: number;
    clients: number;
    recovered: number;
    lost: number;
    duplicated: number;
    expected: number;
    failedJobs: number;
  };
  /** Full pipeline: commit of `meal_log.completed` to receipt, per offered rate. */
  pipeline: Step[];
  /** Push layer: one event per job. */
  latency: Step[];
  ramp: Step[];
};

const SERVER_SCRIPT: Record<System, URL> = {
  fitiq: new URL('./fitiq-server.ts', import.meta.url),
  sqlite: new URL('./socketio-sqlite-server.ts', import.meta.url),
  socketio: new URL('./socketio-server.ts', import.meta.url),
};

export const P99_LIMIT_MS = 100;

/** Server process for `system`; BENCH_PROFILE_DIR=dir writes a CPU profile of it (`--cpu-prof`). */
export const startSystem = (system: System, env: Record<string, string> = {}): Promise<Child> => {
  const profile = process.env.BENCH_PROFILE_DIR;
  const args = ['--expose-gc', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])];
  return forkChild(SERVER_SCRIPT[system], env, args);
};

/** Row 2: the full pipeline at each fixed rate, then the push layer at each (FitIQ's worker stops there). */
const latencySteps = async (
  plan: SessionPlan,
  step: (rate: number, seconds: number, mode: JobMode) => Promise<Step>,
): Promise<{ pipeline: Step[]; latency: Step[] }> => {
  const pipeline: Step[] = [];
  for (const rate of plan.rates) pipeline.push(await step(rate, plan.stepSeconds, 'pipeline'));
  // From here on FitIQ's worker is stopped: every job is one committed event, nothing else.
  const latency: Step[] = [];
  for (const rate of plan.rates) latency.push(await step(rate, plan.stepSeconds, 'push'));
  return { pipeline, latency };
};

/** What a latency-only session does not measure (rows 1, 3's ramp and 4). */
const notMeasured = (plan: SessionPlan): Pick<SessionResult, 'rssPerClient' | 'storm' | 'ramp'> => {
  const none = Number.NaN;
  return {
    rssPerClient: { clients: plan.clients, largeClients: plan.largeClients, small: none, large: none },
    storm: {
      ...{ t99: none, t100: none, live: none, clients: none, recovered: none },
      ...{ lost: none, duplicated: none, expected: none, failedJobs: none },
    },
    ramp: [],
  };
};

/** RSS moves for a moment after a burst (GC, allocator): collect, then take the median of a few reads. */
const settledRss = async (server: Child) => {
  await server.call('gc');
  const reads: number[] = [];
  for (let i = 0; i < 5; i++) {
    await sleep(200);
    reads.push(rssOf(server.pid));
  }
  return percentile(reads, 50);
};

/**
 * One run of rows 1-4 against one fresh server: memory while clients connect in steps, then (with
 * `clients` connected) the reconnect storm, the fixed rates and the ramp. The storm comes before the
 * load steps so that Socket.IO's recovery buffer holds only the storm's own packets.
 */
export const runSession = async (system: System, plan: SessionPlan): Promise<SessionResult> => {
  const server = await startSystem(system);
  await server.call('users', { count: plan.largeClients });
  const loadgen = await forkChild(new URL('./loadgen.ts', import.meta.url), {
    BENCH_SYSTEM: system,
    BENCH_WS_URL: String(server.info.wsUrl),
  });
  let nextJob = 0;
  const step = async (rate: number, seconds: number, mode: JobMode): Promise<Step> => {
    await loadgen.call('measureStart', {
      event: mode === 'push' ? 'meal_log.created' : 'meal_log.completed',
    });
    const cpuAtStart = cpuMsOf(server.pid);
    const run = await server.call<JobRunResult>('jobs', {
      rate,
      seconds,
      users: plan.clients,
      firstJob: nextJob,
      mode,
    });
    nextJob = run.lastJob + 1;
    const expected = run.submitted - run.failed;
    const measured = await loadgen.call<Omit<Step, 'rate' | 'submitted' | 'serverCpuMsPerJob'>>(
      'measureStop',
      { expected, timeoutMs: 5000 },
    );
    const serverCpuMsPerJob = (cpuMsOf(server.pid) - cpuAtStart) / Math.max(1, measured.receipts);
    return { rate, submitted: expected, ...measured, serverCpuMsPerJob };
  };
  try {
    const open = (from: number, to: number) => loadgen.call<{ failed: number }>('open', { from, to });
    if (plan.latencyOnly) {
      await open(0, plan.clients);
      await sleep(1000);
      await step(200, 1, 'pipeline'); // warm-up: JIT and caches, not measured
      return { system, ...notMeasured(plan), ...(await latencySteps(plan, step)) };
    }
    await open(0, plan.warmClients);
    const base = await settledRss(server);
    await open(plan.warmClients, plan.clients);
    const small = await settledRss(server);
    await open(plan.clients, plan.largeClients);
    const large = await settledRss(server);
    await loadgen.call('close', { from: plan.clients, to: plan.largeClients });
    await sleep(2000);

    await step(200, 1, 'pipeline'); // warm-up: JIT and caches, not measured
    await loadgen.call('measureStart', { event: 'meal_log.completed' });
    await loadgen.call('tallyStart');
    const firstJob = nextJob;
    const jobs = server.call<JobRunResult>('jobs', {
      ...plan.storm,
      users: plan.clients,
      firstJob,
      mode: 'pipeline',
    });
    await sleep(plan.storm.dropAfterMs);
    const storm = await loadgen.call<SessionResult['storm']>('storm', { timeoutMs: 60_000 });
    const run = await jobs;
    nextJob = run.lastJob + 1;
    const tally = await loadgen.call<{ lost: number; duplicated: number; expected: number }>('tallyStop', {
      firstJob,
      lastJob: run.lastJob,
      users: plan.clients,
      timeoutMs: 10_000,
    });
    await sleep(1000);

    const { pipeline, latency } = await latencySteps(plan, step);
    const ramp: Step[] = [];
    for (const rate of plan.ramp) {
      const result = await step(rate, plan.stepSeconds, 'push');
      ramp.push(result);
      if (result.p99 > P99_LIMIT_MS || result.deliveredPerSecond < 0.9 * rate) break;
    }
    return {
      system,
      rssPerClient: {
        clients: plan.clients,
        largeClients: plan.largeClients,
        small: (small - base) / (plan.clients - plan.warmClients),
        large: (large - base) / (plan.largeClients - plan.warmClients),
      },
      storm: { ...storm, ...tally, failedJobs: run.failed },
      pipeline,
      latency,
      ramp,
    };
  } finally {
    await loadgen.stop();
    await server.stop();
  }
};
