import type { RunningServer } from '@fitiq/server';
import { GatedParser, registerUser, startTestServer, testConfig } from '@fitiq/server/testing';
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

/**
 * A parser that completes every meal at once with a fixed item: for tests where the parser's output
 * is not the point (the nutrition package changes under us; delivery must not depend on it).
 */
export const instantParser = (): { parser: GatedParser; stop: () => void } => {
  const parser = new GatedParser();
  let stopped = false;
  void (async () => {
    while (!stopped) {
      await parser.waitForCalls(1);
      if (!stopped) parser.completeNext();
    }
  })();
  return {
    parser,
    stop: () => {
      stopped = true;
    },
  };
};

/** Servers and clients made through these helpers are closed after each test. */
export const createHarness = () => {
  const servers: RunningServer[] = [];
  const clients: FitIQClient[] = [];
  const cleanups: Array<() => Promise<void> | void> = [];
  return {
    /** A real server; with the instant parser unless `parser` is given or `realParser` is set. */
    async server(
      options: ServerOptions & { realParser?: boolean } = {},
      overrides: Parameters<typeof testConfig>[0] = {},
    ) {
      const { realParser, ...serverOptions } = options;
      if (!realParser && !serverOptions.parser) {
        const instant = instantParser();
        serverOptions.parser = instant.parser;
        cleanups.push(instant.stop);
      }
      const server = await fastServer(serverOptions, overrides);
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
