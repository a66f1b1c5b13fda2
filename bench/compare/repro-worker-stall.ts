/**
 * Reproduces an open finding (BENCHMARKS.md): FitIQ's worker pool stops claiming jobs for good when a
 * job is enqueued while all `FITIQ_WORKER_CONCURRENCY` workers are busy. 15 meals for 15 users, the
 * AI step taking DELAY ms; with the default concurrency of 4 only 4 ever complete.
 *
 *   node --conditions=source --import tsx bench/compare/repro-worker-stall.ts [DELAY=150] [MEALS=15]
 *
 * Expected: "completed 15 / 15" within a second or two. At 2aec2da: "completed 4 / 15", pending 11, for
 * good; fixed in 79985b7. Kept as a regression check.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { startSystem } from './session.js';
import { mintToken } from './shared.js';

const delay = process.argv[2] ?? '150';
const meals = Number(process.argv[3] ?? 15);
const server = await startSystem('fitiq', {
  FITIQ_PROCESSING_DELAY_MS: delay,
  FITIQ_WORKER_CONCURRENCY: '4',
});
await server.call('users', { count: meals });
let completed = 0;
const sockets = await Promise.all(
  Array.from({ length: meals }, async (_, user) => {
    const ws = new WebSocket(String(server.info.wsUrl));
    ws.on('message', (data) => {
      if (data.toString().includes('"type":"meal_log.completed"')) completed++;
    });
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(JSON.stringify({ type: 'hello', token: await mintToken(user), after: 0 }));
    return ws;
  }),
);
await sleep(300);
// Six meals, then the rest: the second group arrives while the workers are busy with the first.
await Promise.all(Array.from({ length: 6 }, (_, user) => server.call('job', { job: user, user })));
await Promise.all(
  Array.from({ length: meals - 6 }, (_, i) => server.call('job', { job: i + 6, user: i + 6 })),
);
for (let second = 1; second <= 4; second++) {
  await sleep(1000);
  const state = await server.call<{ active: number; pending: number }>('debug');
  console.log(
    `after ${second} s: completed ${completed} / ${meals}, worker jobs active ${state.active}, pending ${state.pending}`,
  );
}
for (const ws of sockets) ws.terminate();
await server.stop();
process.exit(0);
