import type { AckFrame, HelloFrame, PingFrame, PongFrame } from '@fitiq/contract';

export type ParsedFrame =
  | { ok: true; frame: HelloFrame | AckFrame | PingFrame | PongFrame }
  | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCursor = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isTimestamp = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 64);

/** Validates one client text frame; everything after this trusts the frame's shape. */
export const parseClientFrame = (text: string): ParsedFrame => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'frame is not valid JSON' };
  }
  if (!isRecord(value) || typeof value.type !== 'string') return { ok: false, reason: 'frame has no "type"' };
  switch (value.type) {
    case 'hello':
      if (typeof value.token !== 'string' || value.token.length === 0) {
        return { ok: false, reason: 'hello needs a "token" string' };
      }
      if (!isCursor(value.after)) return { ok: false, reason: 'hello needs "after", a non-negative integer' };
      return { ok: true, frame: { type: 'hello', token: value.token, after: value.after } };
    case 'ack':
      if (!isCursor(value.seq)) return { ok: false, reason: 'ack needs "seq", a non-negative integer' };
      return { ok: true, frame: { type: 'ack', seq: value.seq } };
    case 'ping':
    case 'pong':
      if (!isTimestamp(value.ts))
        return { ok: false, reason: `${value.type} needs "ts", a number or short string` };
      return { ok: true, frame: { type: value.type, ts: value.ts as number | string } };
    default:
      return { ok: false, reason: `unknown frame type "${value.type.slice(0, 32)}"` };
  }
};
