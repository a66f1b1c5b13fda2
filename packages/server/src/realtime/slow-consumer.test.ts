import { CloseCode } from '@fitiq/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { assertContiguous, TestSocket } from '../testing/ws-client.js';

/** Some forty foods: each completion event carries them all, about 11 KB. */
const BIG_MEAL =
  'an apple, a banana, 2 eggs, a slice of toast, a cup of rice, an orange, a pear, a cup of milk, a yogurt, ' +
  'a carrot, a tomato, a cucumber, a peach, a plum, a cup of coffee, a cup of tea, a bagel, a muffin, ' +
  'a croissant, a cookie, a donut, a pancake, a waffle, a sausage, a burger, a hot dog, a taco, a burrito, ' +
  'a pizza slice, a cup of oatmeal, a cup of cereal, a cup of soup, a salad, a steak, a chicken breast, ' +
  'a pork chop, a fish fillet, a cup of pasta, a cup of beans, a cup of lentils, a potato, a sweet potato';

/** Meals logged at once between checks. */
const BATCH = 20;

/** About 20 MB of events: far beyond any loopback socket buffers; reaching it means the limit never fired. */
const MAX_MEALS = 2000;

let server: RunningServer;
beforeAll(async () => {
  // A long heartbeat, so the stalled socket is not dropped as silent before its buffer fills; a long
  // close timeout, so it is still there to read what was queued when the test resumes it.
  server = await startTestServer({
    config: testConfig({ wsMaxBufferedBytes: 64 * 1024, heartbeatMs: 60_000, wsCloseTimeoutMs: 60_000 }),
  });
});
afterAll(() => server.close());

const slowConsumersClosed = async (): Promise<number> => {
  const metrics = await request<string>(server.url, 'GET', '/metrics');
  const line = metrics.body
    .split('\n')
    .find((l) => l.startsWith(`fitiq_connections_rejected_total{code="${CloseCode.tooSlow}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
};

// Loopback socket buffers hold megabytes before the server's own queue grows: filling them takes a
// few hundred large meals, hence the long timeout.
describe('a client that stops reading', { timeout: 120_000 }, () => {
  it('is closed with 4408 once its send buffer passes the limit, while the same user’s other socket gets every event in order', async () => {
    const { access_token: token } = await registerUser(server.url);
    const reader = await TestSocket.connect(server.url, token, 0);
    const stalled = await TestSocket.connect(server.url, token, 0);
    stalled.pause();

    let meals = 0;
    while ((await slowConsumersClosed()) === 0) {
      expect(meals).toBeLessThan(MAX_MEALS);
      const logged = await Promise.all(
        Array.from({ length: BATCH }, () => logMeal(server.url, token, BIG_MEAL)),
      );
      meals += BATCH;
      // The reader keeps up: the completion of every meal arrives while the other socket is stuck.
      const ids = new Set(logged.map((meal) => meal.body.id));
      await reader.waitFor(
        () =>
          reader.events.filter((e) => e.type === 'meal_log.completed' && ids.has(e.data.meal_log.id))
            .length === BATCH,
      );
    }
    expect(reader.closeCode).toBeNull();
    const more = await logMeal(server.url, token, '1 banana');
    await reader.waitForEvent((e) => e.type === 'meal_log.completed' && e.data.meal_log.id === more.body.id);
    expect(reader.events).toHaveLength(2 * (meals + 1));
    assertContiguous(reader.events, 0);

    // Reading again, the stalled client finds what was sent before the close, then the close itself.
    stalled.resume();
    expect(await stalled.waitForClose()).toBe(CloseCode.tooSlow);
    expect(stalled.frames.at(-1)).toMatchObject({ type: 'error', code: 'too_slow' });
    expect(stalled.events.length).toBeLessThan(reader.events.length);
    assertContiguous(stalled.events, 0);
  });
});
