import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.js';
import { logMeal, registerUser, waitForMealOutcome } from '../testing/http-client.js';
import { startTestServer, testConfig } from '../testing/test-server.js';
import { TestSocket } from '../testing/ws-client.js';

// Not the test default (1000): the value in `ready` must come from FITIQ_HEARTBEAT_MS, not a constant.
const HEARTBEAT_MS = 1700;

let server: RunningServer;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({ config: testConfig({}, { FITIQ_HEARTBEAT_MS: String(HEARTBEAT_MS) }) });
});
afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  await server.close();
});

const connect = async (token: string, after: number) => {
  const socket = await TestSocket.connect(server.url, token, after);
  sockets.push(socket);
  return socket;
};

describe('realtime handshake: the ready frame', () => {
  it('is the first frame, exactly {type, connection_id, head, heartbeat_ms}, with the configured heartbeat', async () => {
    const { access_token: token } = await registerUser(server.url);
    const socket = await connect(token, 0);
    expect(socket.frames[0]).toEqual({
      type: 'ready',
      connection_id: expect.any(String),
      head: 0,
      heartbeat_ms: HEARTBEAT_MS,
    });
    expect(socket.ready.connection_id).not.toBe('');
  });

  it("carries the user's stream head at the moment of the handshake", async () => {
    const { access_token: token } = await registerUser(server.url);
    const posted = await logMeal(server.url, token, 'an apple');
    expect((await waitForMealOutcome(server.url, token, posted.body.id)).type).toBe('meal_log.completed');
    const socket = await connect(token, 0);
    expect(socket.ready.head).toBe(2);
  });

  it('names each connection differently, even two of the same user with the same cursor', async () => {
    const { access_token: token } = await registerUser(server.url);
    const pair = await Promise.all([connect(token, 0), connect(token, 0)]);
    const ids = pair.map((s) => s.ready.connection_id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(2);
  });
});
