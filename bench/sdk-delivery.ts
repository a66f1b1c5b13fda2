/**
 * Commit-to-listener latency through the SDK, per transport: the time from an event's commit on the
 * server (its `created_at`) to the SDK's `event` listener, with the client forced onto one transport.
 * One in-process server on 127.0.0.1, meals posted one after the other (bounded: MEALS per transport).
 *
 *   node --conditions=source --import tsx bench/sdk-delivery.ts
 */
import { createNodeClient, type FitIQClient, type TransportKind } from '@fitiq/client/node';
import { logMeal, startTestServer, testConfig } from '@fitiq/server/testing';
import { fmt, median, percentile, printTable } from './lib/stats.js';
import { registerUsers } from './lib/users.js';

const MEALS = Number(process.env.FITIQ_BENCH_SDK_MEALS ?? 200);
const TRANSPORTS: TransportKind[] = ['websocket', 'sse', 'long-poll'];

const untilDelivering = (client: FitIQClient) =>
  new Promise<void>((resolve, reject) => {
    const check = () => {
      const { state, error } = client.connection.state;
      if (state === 'live' || state === 'fallback') resolve();
      if (state === 'closed' && error) reject(error);
    };
    client.on('state', check);
    check();
  });

const measure = async (url: string, token: string, transport: TransportKind) => {
  const client = createNodeClient({ baseUrl: url, token, transports: [transport], platformSignals: false });
  const latencies: number[] = [];
  let expected = 0;
  let allArrived: () => void = () => {};
  client.on('event', (event) => {
    latencies.push(Date.now() - Date.parse(event.created_at));
    if (latencies.length >= expected) allArrived();
  });
  await client.start();
  await untilDelivering(client);
  const started = Date.now();
  // Each meal makes two events (created, completed); each meal waits for its own before the next.
  for (let i = 0; i < MEALS; i++) {
    expected += 2;
    const arrived = new Promise<void>((resolve) => {
      allArrived = resolve;
    });
    if (latencies.length >= expected) allArrived();
    await logMeal(url, token, `${(i % 3) + 1} eggs and a slice of toast`);
    await arrived;
  }
  const seconds = (Date.now() - started) / 1000;
  await client.close();
  return { latencies, seconds };
};

const server = await startTestServer({ config: testConfig({}, { FITIQ_LOG_LEVEL: 'warn' }) });
try {
  const users = await registerUsers(server.url, TRANSPORTS.length);
  const rows: string[][] = [];
  for (const [index, transport] of TRANSPORTS.entries()) {
    const { latencies, seconds } = await measure(server.url, users[index]?.token ?? '', transport);
    rows.push([
      transport,
      `${latencies.length}`,
      fmt(median(latencies), 0),
      fmt(percentile(latencies, 99), 0),
      fmt(Math.max(...latencies), 0),
      fmt(latencies.length / seconds, 0),
    ]);
  }
  printTable(
    `SDK delivery: commit -> SDK listener, ${MEALS} meals per transport (ms; created_at has ms resolution)`,
    ['transport', 'events', 'median', 'p99', 'max', 'events/s'],
    rows,
  );
} finally {
  await server.close();
}
