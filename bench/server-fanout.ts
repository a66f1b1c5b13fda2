import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBenchServer, stopBenchServer } from './lib/bench-server.js';
import { completionCollector, driveMeals, waitForCount } from './lib/delivery.js';
import { type PauseReport, watchPauses } from './lib/pause-watch.js';
import { rssOf } from './lib/process-rss.js';
import { closeFleet, type FleetSocket, openFleet } from './lib/socket-fleet.js';
import { fmt, median, percentile, printTable } from './lib/stats.js';
import { registerUsers } from './lib/users.js';

type Options = { sockets: number; users: number; mealsPerSecond: number; seconds: number; rounds: number };

const settleRss = async (pid: number) => {
  // RSS moves for a moment after a burst (GC, allocator); take the median of a few reads.
  const reads: number[] = [];
  for (let i = 0; i < 5; i++) {
    await sleep(200);
    reads.push(rssOf(pid));
  }
  return percentile(reads, 50);
};

const startPlainWs = () =>
  new Promise<{ child: ChildProcess; port: number }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', new URL('./baseline/plain-ws-server.ts', import.meta.url).pathname],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match?.[1]) resolve({ child, port: Number(match[1]) });
    });
    child.once('exit', (code) => reject(new Error(`baseline server exited ${code}`)));
  });

/**
 * Bytes of server RSS per open socket, as the slope of RSS over socket count while sockets are opened
 * in steps: the first step warms the heap up, so memory the process already had free does not count
 * as free sockets.
 */
const rssSlope = async (pid: number, count: number, open: (n: number) => Promise<FleetSocket[]>) => {
  const steps = 5;
  const perStep = Math.floor(count / steps);
  const fleets: FleetSocket[][] = [];
  fleets.push(await open(perStep));
  const first = await settleRss(pid);
  for (let step = 1; step < steps; step++) fleets.push(await open(perStep));
  const last = await settleRss(pid);
  return { perSocket: (last - first) / (perStep * (steps - 1)), fleets };
};

/** Server memory per open socket of the plain `ws` library: the baseline. */
const benchPlainMemory = async (count: number) => {
  const plain = await startPlainWs();
  try {
    const { perSocket, fleets } = await rssSlope(plain.child.pid as number, count, (n) =>
      openFleet(
        `ws://127.0.0.1:${plain.port}`,
        n,
        () => ({ frame: '{"type":"hello"}', userId: '' }),
        () => {},
        () => true,
      ),
    );
    for (const fleet of fleets) closeFleet(fleet);
    return perSocket;
  } finally {
    plain.child.kill('SIGKILL');
  }
};

/**
 * 5,000 open sockets, 200 meals/s: commit-to-receipt latency of completed events at every socket of
 * the meal's user, and server RSS per socket against the plain `ws` library measured in the same run.
 */
export const benchFanout = async ({
  sockets: count,
  users: userCount,
  mealsPerSecond,
  seconds,
  rounds,
}: Options) => {
  const server = await startBenchServer({ FITIQ_PROCESSING_DELAY_MS: '0', FITIQ_HEARTBEAT_MS: '25000' });
  try {
    const users = await registerUsers(server.url, userCount);
    const pid = server.child.pid as number;
    const wsUrl = `${server.url.replace('http', 'ws')}/api/v1/realtime`;

    const collector = completionCollector();
    let opened = 0;
    const { perSocket: fitiqPerSocket, fleets } = await rssSlope(pid, count, (n) =>
      openFleet(
        wsUrl,
        n,
        () => {
          const i = opened++;
          const user = users[i % users.length] as { id: string; token: string };
          return { frame: JSON.stringify({ type: 'hello', token: user.token, after: 0 }), userId: user.id };
        },
        collector.onFrame,
        (data) => data.startsWith('{"type":"ready"'),
      ),
    );
    const sockets = fleets.flat();
    const socketsPerUser = count / users.length;

    // Meals at a steady rate, spread over users; each completion fans out to that user's sockets.
    // Several rounds on the same sockets: the machine is noisy, so the median round is the figure.
    const perRound = mealsPerSecond * seconds * socketsPerUser;
    const results: Array<{ p50: number; p99: number; max: number; rate: number; pause: PauseReport }> = [];
    for (let round = 0; round < rounds; round++) {
      const from = collector.latencies.length;
      const pauses = await watchPauses(server.url);
      const rate = await driveMeals({ postUrls: [server.url], users, mealsPerSecond, seconds });
      await waitForCount(() => collector.receipts, perRound * (round + 1), 30_000);
      const pause = await pauses();
      const latencies = collector.latencies.slice(from);
      const result = {
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: percentile(latencies, 100),
        rate,
        pause,
      };
      results.push(result);
      console.log(
        `  round ${round + 1}: p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms, max ${fmt(result.max)} ms; server loop delay p99 ${fmt(pause.serverLagP99Ms)} ms, load generator ${fmt(pause.loadgenLagP99Ms)} ms`,
      );
    }
    const receipts = collector.receipts;
    const expectedReceipts = perRound * rounds;
    const mid = <K extends 'p50' | 'p99' | 'max' | 'rate'>(key: K) => median(results.map((r) => r[key]));
    const midPause = (key: keyof PauseReport) => median(results.map((r) => r.pause[key]));
    const spread = (key: 'p99') =>
      `${fmt(Math.min(...results.map((r) => r[key])))}-${fmt(Math.max(...results.map((r) => r[key])))}`;
    closeFleet(sockets);

    const plainPerSocket = await benchPlainMemory(count);
    printTable(
      `Fan-out: ${fmt(count, 0)} sockets (${users.length} users x ${socketsPerUser}), ${mealsPerSecond} meals/s, ${rounds} rounds of ${seconds} s`,
      ['measure', 'value', 'target'],
      [
        ['completed events received / expected', `${fmt(receipts, 0)} / ${fmt(expectedReceipts, 0)}`, '100%'],
        ['commit-to-receipt p50 (ms), median round', fmt(mid('p50')), ''],
        ['commit-to-receipt p99 (ms), median round', fmt(mid('p99')), '< 50'],
        ['commit-to-receipt p99 (ms), best-worst round', spread('p99'), ''],
        ['commit-to-receipt max (ms), median round', fmt(mid('max')), ''],
        ['meal rate achieved (meals/s)', fmt(mid('rate')), ''],
        [
          'server event-loop delay p99 / max (ms, 10 ms sampling)',
          `${fmt(midPause('serverLagP99Ms'))} / ${fmt(midPause('serverLagMaxMs'))}`,
          '',
        ],
        ['server GC time per round (ms)', fmt(midPause('serverGcMs')), ''],
        [
          'load generator event-loop delay p99 / max (ms, 10 ms sampling)',
          `${fmt(midPause('loadgenLagP99Ms'))} / ${fmt(midPause('loadgenLagMaxMs'))}`,
          '',
        ],
        ['server RSS per socket, plain ws baseline (KiB)', fmt(plainPerSocket / 1024), ''],
        ['server RSS per socket, FitIQ (KiB)', fmt(fitiqPerSocket / 1024), '<= 16'],
        ['ratio FitIQ / plain ws', fmt(fitiqPerSocket / plainPerSocket, 2), ''],
      ],
    );
    return {
      p50: mid('p50'),
      p99: mid('p99'),
      delivered: receipts / expectedReceipts,
      fitiqPerSocket,
      plainPerSocket,
    };
  } finally {
    await stopBenchServer(server);
  }
};
