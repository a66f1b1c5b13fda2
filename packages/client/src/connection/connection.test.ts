import type { StreamEvent } from '@fitiq/contract';
import { describe, expect, it } from 'vitest';
import { TokenManager } from '../api/token-manager.js';
import { Diagnostics } from '../diagnostics/diagnostics.js';
import type { TransportContext, TransportFactory } from '../transports/transport.js';
import { Connection } from './connection.js';
import { memoryCursorStore } from './cursor-store.js';

const event = (seq: number): StreamEvent =>
  ({ seq, id: `e${seq}`, type: 'meal_log.created', created_at: new Date().toISOString() }) as StreamEvent;

/**
 * A transport the test drives by hand: the real server never skips a seq, so a transport that does
 * (a broken middlebox, a server bug) can only be played by a fake.
 */
const scriptedTransports = () => {
  const opened: TransportContext[] = [];
  let onOpen: () => void = () => {};
  const factory: TransportFactory = (context) => {
    opened.push(context);
    onOpen();
    return { kind: 'websocket', close: () => {}, checkAlive: () => {} };
  };
  const openedCount = (count: number) =>
    new Promise<TransportContext>((resolve) => {
      onOpen = () => opened.length >= count && resolve(opened[count - 1] as TransportContext);
      onOpen();
    });
  return { factory, openedCount };
};

describe('Connection', () => {
  it('a transport that skips a seq: the later event is not applied; the connection resumes from its cursor and gets the skipped ones', async () => {
    const { factory, openedCount } = scriptedTransports();
    const diagnostics = new Diagnostics();
    const connection = new Connection({
      transports: { websocket: factory },
      tokens: new TokenManager('token', null),
      cursorStore: memoryCursorStore(0),
      resolveHead: async () => 0,
      diagnostics,
      backoff: { baseMs: 1, maxMs: 1 },
    });
    const applied: number[] = [];
    connection.on('event', (e) => applied.push(e.seq));
    connection.start();

    const first = await openedCount(1);
    first.handlers.onReady(0);
    first.handlers.onEvent(event(1));
    first.handlers.onEvent(event(3));
    expect(applied).toEqual([1]);
    expect(connection.cursor).toBe(1);

    const second = await openedCount(2);
    expect(second.cursor()).toBe(1);
    second.handlers.onReady(3);
    for (const seq of [2, 3]) second.handlers.onEvent(event(seq));
    expect(applied).toEqual([1, 2, 3]);
    expect(diagnostics.snapshot().gaps).toBe(1);
    await connection.stop();
  });
});
