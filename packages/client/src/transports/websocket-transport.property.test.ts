/**
 * Garbled frames from the server into the SDK's WebSocket transport: random text, random JSON, valid
 * frames with fields mutated, removed or of the wrong type. Nothing throws out of the socket's
 * handler; the connection's handlers only ever see well-formed values; a malformed frame ends the
 * transport as a protocol error, after which nothing else is reported.
 * Replay: FITIQ_FUZZ_SEED=<seed> npx vitest run packages/client/src/transports/websocket-transport.property.test.ts
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openOnFakeSocket } from '../testing/fake-socket-transport.js';
import { FakeWebSocket } from '../testing/fake-websocket.js';
import { validEvent as event, serverMessage } from '../testing/garbled-frames.js';
import { type Expected, expectedOf } from '../testing/server-frame-oracle.js';
import type { TransportEnd } from './transport.js';

type Seen = { kind: string; value: unknown };

/** Plays `messages` as the server; returns what the transport told its connection and what it sent. */
const play = (messages: readonly unknown[]) => {
  const seen: Seen[] = [];
  let ended: TransportEnd | null = null;
  let reportsAfterEnd = 0;
  const note = (kind: string, value: unknown) => {
    if (ended) reportsAfterEnd++;
    seen.push({ kind, value });
  };
  const { transport, socket } = openOnFakeSocket({
    onReady: (head) => note('ready', head),
    onEvent: (e) => note('event', e),
    onReset: (head) => note('reset', head),
    onEnd: (end) => {
      if (ended) reportsAfterEnd++;
      ended = end;
    },
  });
  socket.accept();
  const outcomes: Array<{
    expected: Expected;
    seenBefore: number;
    endedBefore: boolean;
    sentBefore: number;
  }> = [];
  for (const message of messages) {
    const before = { seenBefore: seen.length, endedBefore: ended !== null, sentBefore: socket.sent.length };
    expect(() => socket.deliver(message)).not.toThrow();
    outcomes.push({ expected: expectedOf(message), ...before });
  }
  transport.close();
  return { seen, ended: ended as TransportEnd | null, reportsAfterEnd, outcomes, sent: socket.sent };
};

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.sockets.length = 0;
});
afterEach(() => vi.useRealTimers());

describe('garbled server frames into the WebSocket transport', () => {
  it('never throw out; handlers see only well-formed values; a malformed frame ends the transport as a protocol error', () => {
    fc.assert(
      fc.property(fc.array(serverMessage, { minLength: 1, maxLength: 8 }), (messages) => {
        const { seen, ended, reportsAfterEnd, outcomes, sent } = play(messages);
        expect(reportsAfterEnd).toBe(0);
        for (const { expected, seenBefore, endedBefore, sentBefore } of outcomes) {
          if (endedBefore) continue;
          const reported = seen[seenBefore];
          switch (expected.kind) {
            case 'malformed':
              expect(ended?.reason).toBe('protocol');
              return;
            case 'ignored':
              break;
            case 'ping':
              expect(JSON.parse(sent[sentBefore] as string)).toEqual({ type: 'pong', ts: expected.ts });
              break;
            case 'event':
              expect(reported).toEqual({ kind: 'event', value: expected.event });
              expect(JSON.parse(sent[sentBefore] as string)).toEqual({
                type: 'ack',
                seq: expected.event.seq,
              });
              break;
            default:
              expect(reported).toEqual({ kind: expected.kind, value: expected.head });
          }
        }
        // Every frame was well-formed (or ignored): nothing ended the transport but our own close.
        expect(ended).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a JSON null', 'null'],
    ['an event frame without its event', '{"type":"event"}'],
    ['a ready without heartbeat_ms (pings would run every millisecond)', '{"type":"ready","head":0}'],
    ['an event whose seq is a string', JSON.stringify({ type: 'event', event: { ...event, seq: '7' } })],
    ['a reset whose head is negative', '{"type":"reset","head":-1}'],
  ])('regression: %s ends the transport as a protocol error', (_name, message) => {
    const { ended, seen } = play([message]);
    expect(ended?.reason).toBe('protocol');
    expect(seen).toEqual([]);
  });
});
