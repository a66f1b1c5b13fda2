import { MAX_FRAME_BYTES, type SocketErrorCode } from '@fitiq/contract';
import fc from 'fast-check';
import { anyJson, mutated, oddNumber, oddString } from './fuzz-values.js';

/** One WebSocket message as a client may send it: text (possibly not UTF-8) or binary. */
export type FuzzFrame = { data: string | Buffer; binary: boolean };

/** Where the socket is when the frame arrives: before `hello`, or live after `ready`. */
export type Phase = 'awaiting_hello' | 'live';

/** What the contract says must happen: the frame is taken, the socket becomes ready, or it is refused. */
export type Verdict =
  | { outcome: 'accepted' }
  | { outcome: 'ready' }
  | { outcome: 'refused'; close: number; error: SocketErrorCode | null };

const text = (value: unknown): FuzzFrame => ({ data: JSON.stringify(value) ?? 'null', binary: false });

const validFrames = (token: string) => [
  { type: 'hello', token, after: 0 },
  { type: 'ack', seq: 1 },
  { type: 'ping', ts: 1 },
  { type: 'pong', ts: 'x' },
];

/** Every kind of frame: random bytes and text, random JSON, valid frames with odd values, mutated and oversized ones. */
export const fuzzFrame = (token: string): fc.Arbitrary<FuzzFrame> =>
  fc.oneof(
    fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ data: Buffer.from(bytes), binary: true })),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ data: Buffer.from(bytes), binary: false })),
    oddString(200).map((data) => ({ data, binary: false })),
    anyJson.map(text),
    fc
      .constantFrom(...validFrames(token))
      .chain(mutated)
      .map(text),
    fc
      .record({
        type: fc.constantFrom('hello', 'ack', 'ping', 'pong'),
        token: fc.oneof(fc.constant(token), fc.constant(`${token}x`), oddString(20)),
        after: oddNumber,
        seq: fc.oneof(fc.nat({ max: 100 }), fc.constant(Number.MAX_SAFE_INTEGER), oddNumber),
        ts: fc.oneof(oddNumber, oddString(80)),
      })
      .map(text),
    fc
      .constantFrom(MAX_FRAME_BYTES + 1, 2 * MAX_FRAME_BYTES, 5 * MAX_FRAME_BYTES)
      .map((size) => text({ type: 'ping', ts: 'x'.repeat(size) })),
  );

const isCursor = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const isTs = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 64);

const malformed: Verdict = { outcome: 'refused', close: 4400, error: 'malformed_frame' };

/** The contract's rules (docs/realtime.md), written out independently of the server's code. */
export const expectedVerdict = (frame: FuzzFrame, phase: Phase, token: string): Verdict => {
  const bytes = Buffer.byteLength(frame.data);
  // Over 4x the limit, ws cuts the socket off before the server can say why.
  if (bytes > 4 * MAX_FRAME_BYTES) return { outcome: 'refused', close: 1009, error: null };
  if (bytes > MAX_FRAME_BYTES) return { outcome: 'refused', close: 1009, error: 'frame_too_large' };
  if (frame.binary) return malformed;
  let value: unknown;
  try {
    value = JSON.parse(frame.data.toString());
  } catch {
    return malformed;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return malformed;
  const f = value as Record<string, unknown>;
  if (phase === 'awaiting_hello') {
    if (f.type !== 'hello' || typeof f.token !== 'string' || f.token === '' || !isCursor(f.after))
      return malformed;
    return f.token === token
      ? { outcome: 'ready' }
      : { outcome: 'refused', close: 4001, error: 'invalid_token' };
  }
  if (f.type === 'ack' && isCursor(f.seq)) return { outcome: 'accepted' };
  if ((f.type === 'ping' || f.type === 'pong') && isTs(f.ts)) return { outcome: 'accepted' };
  return malformed;
};
