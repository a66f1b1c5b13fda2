import { afterEach, describe, expect, it } from 'vitest';
import { openOnFakeSocket } from '../testing/fake-socket-transport.js';
import { FakeWebSocket } from '../testing/fake-websocket.js';
import type { TransportEnd } from './transport.js';

/** Opens a transport on a fake socket; returns the socket and every end the transport reported. */
const open = () => {
  const ends: TransportEnd[] = [];
  const { transport, socket } = openOnFakeSocket({
    onReady: () => {},
    onEvent: () => {},
    onReset: () => {},
    onEnd: (end) => ends.push(end),
  });
  return { transport, socket, ends };
};

afterEach(() => {
  FakeWebSocket.sockets.length = 0;
});

describe('a WebSocket attempt that fails before it opens', () => {
  it('ends at once on an error with no close (Node 22 on a refused upgrade), as refused', () => {
    const { socket, ends } = open();
    socket.failWithoutClose('Received network error or non-101 status code.');
    expect(ends).toEqual([expect.objectContaining({ reason: 'refused', code: 1006 })]);
  });

  it('ends once when the error is followed by its close (browsers, ws)', () => {
    const { socket, ends } = open();
    socket.failWithoutClose('Unexpected server response: 403');
    socket.drop(1006);
    expect(ends).toHaveLength(1);
    expect(ends[0]?.reason).toBe('refused');
  });

  it('an error after the socket opened waits for the close, which says what ended it', () => {
    const { socket, ends } = open();
    socket.accept();
    socket.failWithoutClose('read ECONNRESET');
    expect(ends).toEqual([]);
    socket.drop(1006);
    expect(ends).toEqual([expect.objectContaining({ reason: 'network' })]);
  });
});
