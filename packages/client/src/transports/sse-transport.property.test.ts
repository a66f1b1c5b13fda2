/**
 * Garbled `data:` lines on the SDK's SSE stream: the connection gets every well-formed event, in
 * order, and the first malformed one ends the transport as a protocol error (before, JSON `null`
 * surfaced as "the stream broke" and a string `seq` went into the cursor).
 * Replay: FITIQ_FUZZ_SEED=<seed> npx vitest run packages/client/src/transports/sse-transport.property.test.ts
 */
import type { StreamEvent } from '@fitiq/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FitIQApi } from '../api/api-client.js';
import { serverMessage, validEvent } from '../testing/garbled-frames.js';
import { isEvent } from '../testing/server-frame-oracle.js';
import { sseTransport } from './sse-transport.js';
import type { TransportEnd } from './transport.js';

/** One SSE message per payload; a `data:` line holds no line break, so those are dropped. */
const streamOf = (payloads: readonly string[]) =>
  `: ready head=0\n\n${payloads.map((p) => `data: ${p.replace(/[\r\n]/g, '')}\n\n`).join('')}`;

/** Serves `payloads` as the stream and resolves with what the transport reported once it ended. */
const play = (payloads: readonly string[]) =>
  new Promise<{ events: StreamEvent[]; end: TransportEnd }>((resolve) => {
    const events: StreamEvent[] = [];
    const api = {
      eventStream: async () =>
        new Response(streamOf(payloads), { headers: { 'content-type': 'text/event-stream' } }),
    } as unknown as FitIQApi;
    const transport = sseTransport({ api, silenceMs: 60_000, connectTimeoutMs: 60_000 })({
      cursor: () => 0,
      token: 'token',
      hidden: () => false,
      handlers: {
        onReady: () => {},
        onEvent: (event) => events.push(event),
        onReset: () => {},
        onEnd: (end) => {
          transport.close();
          resolve({ events, end });
        },
      },
    });
  });

const payload = fc.oneof(
  serverMessage.map((m) => (typeof m === 'string' ? m : String(m))),
  fc.nat({ max: 5 }).map((i) => JSON.stringify({ ...validEvent, seq: i + 1 })),
);

/** The events the contract lets through, up to the first payload that is not one. */
const expectedOf = (payloads: readonly string[]) => {
  const events: unknown[] = [];
  for (const text of payloads) {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/[\r\n]/g, ''));
    } catch {
      return { events, reason: 'protocol' };
    }
    if (!isEvent(value)) return { events, reason: 'protocol' };
    events.push(value);
  }
  return { events, reason: 'network' }; // the server ended the stream
};

describe('garbled SSE messages into the SDK', () => {
  it('well-formed events reach the connection in order; the first malformed one ends the transport as a protocol error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(payload, { maxLength: 5 }), async (payloads) => {
        const { events, end } = await play(payloads);
        const expected = expectedOf(payloads);
        expect(events).toEqual(expected.events);
        expect(end.reason).toBe(expected.reason);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['null', 'null'],
    ['an event whose seq is a string', JSON.stringify({ ...validEvent, seq: '7' })],
  ])('regression: %s ends the transport as a protocol error', async (_name, text) => {
    const { events, end } = await play([text]);
    expect(events).toEqual([]);
    expect(end.reason).toBe('protocol');
  });
});
