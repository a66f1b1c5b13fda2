import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type FaultProxy, startFaultProxy } from './fault-proxy.js';

/** A TCP server that keeps everything it receives, so a test can read what the proxy let through. */
const startSink = async () => {
  let received = '';
  let changed: () => void = () => {};
  const server = createServer((socket) =>
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString();
      changed();
    }),
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    /** Resolves once `length` characters have arrived, with what arrived. */
    receivedAtLeast: (length: number) =>
      new Promise<string>((resolve) => {
        changed = () => received.length >= length && resolve(received);
        changed();
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

describe('fault proxy', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('a delay lifted while bytes are still held back: later bytes do not overtake them (TCP never reorders)', async () => {
    const sink = await startSink();
    cleanups.push(sink.close);
    const proxy: FaultProxy = await startFaultProxy(sink.url);
    cleanups.push(() => proxy.close());
    const socket: Socket = connect(proxy.port, '127.0.0.1');
    cleanups.push(() => void socket.destroy());
    await once(socket, 'connect');

    socket.write('GET / HTTP/1.1\r\n\r\n');
    await sink.receivedAtLeast(18);
    proxy.set({ delayMs: 300 });
    await new Promise((resolve) => socket.write('first;', resolve));
    // Two turns of the event loop: the proxy has read "first" (loopback data is readable at the next
    // poll) and holds it back. The delay is lifted now: "second" has no delay of its own.
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
    proxy.set({});
    socket.write('second;');

    expect((await sink.receivedAtLeast(18 + 13)).slice(18)).toBe('first;second;');
  });
});
