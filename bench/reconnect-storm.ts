/**
 * Reconnect storm: CLIENTS SDK clients (Node, `ws`) live on one server; the server restarts in-process
 * (graceful close: every socket gets 1001; then a new server on the same port and data). One meal per
 * user is logged as soon as the new server listens. Measured: time until every client is live again,
 * and the fraction of the expected events (created + completed of its user's meal, per client) that
 * reached the SDK listeners, with duplicates and gaps. 127.0.0.1 only; bounded by TIMEOUT_MS.
 *
 *   node --conditions=source --import tsx bench/reconnect-storm.ts
 */
import { createNodeClient, type FitIQClient } from '@fitiq/client/node';
import { logMeal, startTestServer, testConfig } from '@fitiq/server/testing';
import { fmt, percentile, printTable } from './lib/stats.js';
import { registerUsers } from './lib/users.js';

const CLIENTS = Number(process.env.FITIQ_BENCH_STORM_CLIENTS ?? 2000);
const PER_USER = 20;
const TIMEOUT_MS = 120_000;

type Tracked = {
  client: FitIQClient;
  user: number;
  seqs: Set<number>;
  duplicates: number;
  liveAt: number | null;
};

const config = testConfig(
  { maxConnectionsPerUser: PER_USER, shutdownGraceMs: 0 },
  { FITIQ_LOG_LEVEL: 'warn', FITIQ_HEARTBEAT_MS: '25000' },
);
let server = await startTestServer({ config });
const port = Number(new URL(server.url).port);
const users = await registerUsers(server.url, Math.ceil(CLIENTS / PER_USER));

const fleet: Tracked[] = Array.from({ length: CLIENTS }, (_, i) => {
  const user = Math.floor(i / PER_USER);
  const tracked: Tracked = {
    client: createNodeClient({
      baseUrl: server.url,
      token: users[user]?.token ?? '',
      platformSignals: false,
    }),
    user,
    seqs: new Set(),
    duplicates: 0,
    liveAt: null,
  };
  tracked.client.on('event', (event) => {
    if (tracked.seqs.has(event.seq)) tracked.duplicates++;
    tracked.seqs.add(event.seq);
  });
  tracked.client.on('state', ({ newState }) => {
    tracked.liveAt = newState.state === 'live' ? Date.now() : null;
  });
  return tracked;
});

const waitFor = async (what: string, done: () => boolean): Promise<boolean> => {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!done()) {
    if (Date.now() > deadline) {
      console.error(`[bench] gave up waiting for ${what} after ${TIMEOUT_MS} ms`);
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
};
const liveCount = () => fleet.filter((t) => t.liveAt !== null).length;

try {
  for (let i = 0; i < fleet.length; i += 250)
    await Promise.all(fleet.slice(i, i + 250).map((t) => t.client.start()));
  await waitFor('the first connections', () => liveCount() === CLIENTS);
  const before = fleet.map((t) => t.seqs.size);

  const closedAt = Date.now();
  await server.close();
  server = await startTestServer({ config: { ...config, port } });
  const upAt = Date.now();
  const meals = await Promise.all(
    users.map((u) => logMeal(server.url, u.token, '2 eggs and a slice of toast')),
  );
  const failedPosts = meals.filter((m) => m.status !== 201).length;

  const allLive = await waitFor('every client live again', () => liveCount() === CLIENTS);
  const allLiveAt = Date.now();
  const expected = CLIENTS * 2;
  const received = () => fleet.reduce((n, t, i) => n + t.seqs.size - (before[i] ?? 0), 0);
  await waitFor('every event delivered', () => received() >= expected);

  const reconnectMs = fleet.map((t) => (t.liveAt ?? Number.NaN) - upAt);
  const stats = fleet.map((t) => t.client.diagnostics.snapshot());
  printTable(
    `Reconnect storm: ${CLIENTS} SDK clients (${users.length} users), server restarted in-process`,
    ['metric', 'value'],
    [
      ['clients live again', `${liveCount()} / ${CLIENTS}${allLive ? '' : ' (timed out)'}`],
      ['close -> all live (ms)', fmt(allLiveAt - closedAt, 0)],
      ['new server up -> all live (ms)', fmt(allLiveAt - upAt, 0)],
      [
        'per client up -> live p50 / p99 (ms)',
        `${fmt(percentile(reconnectMs, 50), 0)} / ${fmt(percentile(reconnectMs, 99), 0)}`,
      ],
      ['delivered fraction', `${fmt((100 * received()) / expected, 2)}% (${received()} / ${expected})`],
      ['duplicates at listeners', `${fleet.reduce((n, t) => n + t.duplicates, 0)}`],
      ['gaps (diagnostics)', `${stats.reduce((n, s) => n + s.gaps, 0)}`],
      [
        'fallback transports used',
        `${stats.filter((s) => s.transports.sse.attempts + s.transports['long-poll'].attempts > 0).length}`,
      ],
      ['POSTs not 201', `${failedPosts}`],
    ],
  );
} finally {
  await Promise.all(fleet.map((t) => t.client.close()));
  await server.close();
}
