import type { RunningServer } from '@fitiq/server';
import { registerUser, startTestServer, testConfig } from '@fitiq/server/testing';
import WebSocket from 'ws';
import { FitIQClient } from '../client.js';
import type { FitIQClientOptions, Timing } from '../client-options.js';
import type { ConnectionState } from '../connection/state.js';

type ServerOptions = Parameters<typeof startTestServer>[0];

/** Timers short enough for tests, long enough for a loaded CI machine. */
export const FAST_TIMING: Partial<Timing> = {
  connectTimeoutMs: 3_000,
  sseSilenceMs: 1_500,
  longPollWaitSeconds: 2,
  backoff: { baseMs: 50, maxMs: 400 },
  probeBackoff: { baseMs: 200, maxMs: 1_000 },
  outboxBackoff: { baseMs: 50, maxMs: 400 },
  healthyAfterMs: 2_000,
};

/** A real server with quick heartbeats (200 ms on the socket, 200 ms SSE comments). */
export const fastServer = (options: ServerOptions = {}, overrides: Parameters<typeof testConfig>[0] = {}) =>
  startTestServer({
    ...options,
    config: options?.config ?? testConfig({ heartbeatMs: 200, sseHeartbeatMs: 200, ...overrides }),
  });

/** Servers and clients made through these helpers are closed after each test. */
export const createHarness = () => {
  const servers: RunningServer[] = [];
  const clients: FitIQClient[] = [];
  const cleanups: Array<() => Promise<void> | void> = [];
  return {
    async server(options: ServerOptions = {}, overrides: Parameters<typeof testConfig>[0] = {}) {
      const server = await fastServer(options, overrides);
      servers.push(server);
      return server;
    },
    async user(url: string) {
      return registerUser(url);
    },
    client(options: Partial<FitIQClientOptions> & { baseUrl: string }) {
      const client = new FitIQClient({ WebSocket, timing: FAST_TIMING, platformSignals: false, ...options });
      clients.push(client);
      return client;
    },
    onCleanup(cleanup: () => Promise<void> | void) {
      cleanups.push(cleanup);
    },
    async cleanup() {
      for (const client of clients.splice(0)) await client.close();
      for (const cleanup of cleanups.splice(0)) await cleanup();
      for (const server of servers.splice(0)) await server.close();
    },
  };
};

/** Resolves when the client reaches `state` (at once if it is there). */
export const stateReached = (client: FitIQClient, state: ConnectionState): Promise<void> =>
  new Promise((resolve) => {
    if (client.connection.state.state === state) return resolve();
    const off = client.on('state', ({ newState }) => {
      if (newState.state !== state) return;
      off();
      resolve();
    });
  });
