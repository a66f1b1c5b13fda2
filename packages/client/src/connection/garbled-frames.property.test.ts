/**
 * The connection over a live socket that starts receiving garbage: it never throws, it emits only
 * well-formed events in increasing `seq` order, and a malformed frame makes it do what the SDK's
 * README promises for a lost connection: `reconnecting` with the error, then a new socket after the
 * backoff, which goes live again.
 * Replay: FITIQ_FUZZ_SEED=<seed> npx vitest run packages/client/src/connection/garbled-frames.property.test.ts
 */
import type { StreamEvent } from '@fitiq/contract';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenManager } from '../api/token-manager.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import { FakeWebSocket } from '../testing/fake-websocket.js';
import { serverMessage } from '../testing/garbled-frames.js';
import { expectedOf } from '../testing/server-frame-oracle.js';
import { webSocketTransport } from '../transports/websocket-transport.js';
import { Connection } from './connection.js';
import { memoryCursorStore } from './cursor-store.js';

const READY = JSON.stringify({ type: 'ready', connection_id: 'c', head: 0, heartbeat_ms: 25_000 });
const BACKOFF_MS = 10;

const liveConnection = async () => {
  const connection = new Connection({
    transports: {
      websocket: webSocketTransport({
        baseUrl: 'http://fitiq.test',
        WebSocket: FakeWebSocket,
        connectTimeoutMs: 60_000,
      }),
    },
    tokens: new TokenManager('token', null),
    cursorStore: memoryCursorStore(0),
    resolveHead: async () => 0,
    diagnostics: new Diagnostics(),
    backoff: { baseMs: BACKOFF_MS, maxMs: BACKOFF_MS },
    random: () => 1,
  });
  const events: StreamEvent[] = [];
  connection.on('event', (event) => events.push(event));
  connection.start();
  await vi.advanceTimersByTimeAsync(0); // the stored cursor is read asynchronously
  return { connection, events };
};

/** Plays the server's part on the newest socket: open it and say ready. */
const goLive = async (connection: Connection) => {
  FakeWebSocket.last.accept();
  FakeWebSocket.last.deliver(READY);
  expect(connection.state.state).toBe('live');
};

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.sockets.length = 0;
});
afterEach(() => vi.useRealTimers());

describe('a live connection fed garbled frames', () => {
  it('never throws, emits only well-formed events in order, and reconnects after a malformed frame', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(serverMessage, { minLength: 1, maxLength: 6 }), async (messages) => {
        const { connection, events } = await liveConnection();
        await goLive(connection);
        for (const message of messages) {
          const socket = FakeWebSocket.last;
          expect(() => socket.deliver(message)).not.toThrow();
          if (expectedOf(message).kind !== 'malformed') {
            expect(connection.state.state).toBe('live');
            continue;
          }
          expect(connection.state.state).toBe('reconnecting');
          expect(connection.state.error).not.toBeNull();
          await vi.advanceTimersByTimeAsync(BACKOFF_MS);
          expect(FakeWebSocket.last).not.toBe(socket);
          await goLive(connection);
        }
        const seqs = events.map((e) => e.seq);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        expect(new Set(seqs).size).toBe(seqs.length);
        for (const seq of seqs) expect(Number.isSafeInteger(seq) && seq >= 1).toBe(true);
        await connection.stop();
      }),
      { numRuns: 200 },
    );
  });
});
