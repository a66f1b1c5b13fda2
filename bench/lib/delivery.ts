import { setTimeout as sleep } from 'node:timers/promises';
import type { StreamEvent } from '@fitiq/contract';
import type { FleetSocket } from './socket-fleet.js';

/** Counts completed events at every socket and their commit-to-receipt latency. */
export const completionCollector = () => {
  const latencies: number[] = [];
  let receipts = 0;
  return {
    latencies,
    get receipts() {
      return receipts;
    },
    onFrame(socket: FleetSocket, data: string) {
      // The load generator shares the cores with the servers: look at completions only, and ack
      // cumulatively on them (which covers the created events before them).
      if (!data.includes('"type":"meal_log.completed"')) return;
      const { event } = JSON.parse(data) as { event: StreamEvent };
      latencies.push(Date.now() - Date.parse(event.created_at));
      receipts++;
      socket.ws.send(`{"type":"ack","seq":${event.seq}}`);
    },
  };
};

/** Posts meals at a steady rate, round-robin over users and API nodes; returns the rate achieved. */
export const driveMeals = async (options: {
  postUrls: readonly string[];
  users: ReadonlyArray<{ token: string }>;
  mealsPerSecond: number;
  seconds: number;
}): Promise<number> => {
  const total = options.mealsPerSecond * options.seconds;
  const started = Date.now();
  const posts: Promise<unknown>[] = [];
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / options.mealsPerSecond - Date.now();
    if (wait > 0) await sleep(wait);
    const user = options.users[i % options.users.length] as { token: string };
    const url = options.postUrls[i % options.postUrls.length] as string;
    posts.push(
      fetch(`${url}/api/v1/meal-logs/natural`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
        body: JSON.stringify({ raw_input: 'a bowl of oatmeal with a banana' }),
      }).then((r) => r.arrayBuffer()),
    );
  }
  await Promise.all(posts);
  return total / ((Date.now() - started) / 1000);
};

/** Waits until `count()` reaches `expected`, at most `timeoutMs` (then the shortfall is the result). */
export const waitForCount = async (count: () => number, expected: number, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (count() < expected && Date.now() < deadline) await sleep(50);
};
