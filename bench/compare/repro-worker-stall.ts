import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { startSystem } from './session.js';
import { mintToken } from './shared.js';

const delay = process.argv[2] ?? '150';
const n = Number(process.argv[3] ?? 15);
const server = await startSystem('fitiq', { FITIQ_PROCESSING_DELAY_MS: delay });
await server.call('users', { count: 50 });
let completed = 0;
const sockets = await Promise.all(
  Array.from({ length: n }, async (_, u) => {
    const ws = new WebSocket(String(server.info.wsUrl));
    ws.on('message', (d) => {
      if (d.toString().includes('meal_log.completed')) completed++;
    });
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ type: 'hello', token: await mintToken(u), after: 0 }));
    return ws;
  }),
);
await sleep(300);
const stagger = Number(process.argv[4] ?? 0);
await Promise.all(Array.from({ length: 6 }, (_, u) => server.call('job', { job: u, user: u })));
await sleep(stagger);
await Promise.all(Array.from({ length: n - 6 }, (_, i) => server.call('job', { job: i + 6, user: i + 6 })));
for (let i = 0; i < 4; i++) {
  await sleep(1000);
  console.log('t', i + 1, 's completed', completed, '/', n, JSON.stringify(await server.call('debug')));
}
for (const s of sockets) s.terminate();
await server.stop();
process.exit(0);
