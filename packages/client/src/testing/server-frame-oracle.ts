import type { StreamEvent } from '@fitiq/contract';

/**
 * What the SDK must make of one message from the server, written out from the contract
 * (docs/realtime.md) independently of the transport's code: act on it, ignore it (a frame type from
 * a newer server), or end the transport as a protocol error.
 */
export type Expected =
  | { kind: 'malformed' }
  | { kind: 'ignored' }
  | { kind: 'ready'; head: number }
  | { kind: 'event'; event: StreamEvent }
  | { kind: 'reset'; head: number }
  | { kind: 'ping'; ts: number | string };

const MEAL_EVENT_TYPES = [
  'meal_log.created',
  'meal_log.completed',
  'meal_log.failed',
  'meal_log.deleted',
  'meal_log.updated',
];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCursor = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const isTs = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string';

/**
 * The fields the SDK reads from an event and, for a meal's event, its meal; the rest of the MealLog
 * is the app's to read. An event of a type the SDK does not know is still an event (v1.1: clients
 * ignore event types they do not know; the seq is taken all the same).
 */
export const isEvent = (e: unknown): e is StreamEvent =>
  isRecord(e) &&
  isCursor(e.seq) &&
  (e.seq as number) >= 1 &&
  typeof e.id === 'string' &&
  typeof e.type === 'string' &&
  typeof e.created_at === 'string' &&
  isRecord(e.data) &&
  (!MEAL_EVENT_TYPES.includes(e.type) || isMealData(e.data));

const isMealData = (data: Record<string, unknown>): boolean =>
  isRecord(data.meal_log) &&
  ['id', 'status', 'logged_at', 'updated_at'].every(
    (field) => typeof (data as { meal_log: Record<string, unknown> }).meal_log[field] === 'string',
  );

export const expectedOf = (data: unknown): Expected => {
  let frame: unknown;
  try {
    frame = JSON.parse(typeof data === 'string' ? data : String(data));
  } catch {
    return { kind: 'malformed' };
  }
  if (!isRecord(frame) || typeof frame.type !== 'string') return { kind: 'malformed' };
  switch (frame.type) {
    case 'ready':
      return isCursor(frame.head) &&
        typeof frame.heartbeat_ms === 'number' &&
        Number.isFinite(frame.heartbeat_ms) &&
        frame.heartbeat_ms > 0
        ? { kind: 'ready', head: frame.head as number }
        : { kind: 'malformed' };
    case 'event':
      return isEvent(frame.event) ? { kind: 'event', event: frame.event } : { kind: 'malformed' };
    case 'reset':
      return isCursor(frame.head) ? { kind: 'reset', head: frame.head as number } : { kind: 'malformed' };
    case 'ping':
      return isTs(frame.ts) ? { kind: 'ping', ts: frame.ts as number | string } : { kind: 'malformed' };
    case 'pong':
    case 'error':
      return { kind: 'ignored' };
    default:
      // A newer server may add frame types; an older SDK skips them rather than drop the socket.
      return { kind: 'ignored' };
  }
};
