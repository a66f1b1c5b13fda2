import type { ServerFrame, StreamEvent } from '@fitiq/contract';

/**
 * Reads one server frame, checking the fields the SDK acts on: a garbled frame (a bug on the server,
 * a proxy rewriting traffic) must end the transport as a protocol error, not throw out of the socket's
 * handler or put a string `seq` into the cursor. Frame types this SDK does not know are skipped
 * (`frame: null`), so a newer server can add some.
 */
export type ReadFrame = { ok: true; frame: ServerFrame | null } | { ok: false; reason: string };

/** Event types that carry a meal; a type this SDK does not know is delivered as it is (see below). */
export const MEAL_EVENT_TYPES: ReadonlySet<unknown> = new Set([
  'meal_log.created',
  'meal_log.completed',
  'meal_log.failed',
  'meal_log.deleted',
  'meal_log.updated',
]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCursor = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isTs = (v: unknown): v is number | string =>
  (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string';

/**
 * The event envelope and, for a meal's event, the meal fields the store reads (id, status, logged_at,
 * updated_at). An event type this SDK does not know is still an event: it takes its seq, the cursor
 * moves past it and the store ignores it (the contract: clients ignore event types they do not know).
 */
export const isStreamEvent = (e: unknown): e is StreamEvent => {
  if (!isRecord(e) || !isCursor(e.seq) || e.seq < 1 || typeof e.id !== 'string') return false;
  if (typeof e.type !== 'string' || typeof e.created_at !== 'string' || !isRecord(e.data)) return false;
  if (!MEAL_EVENT_TYPES.has(e.type)) return true;
  const meal = e.data.meal_log;
  return (
    isRecord(meal) && ['id', 'status', 'logged_at', 'updated_at'].every((k) => typeof meal[k] === 'string')
  );
};

const bad = (reason: string): ReadFrame => ({ ok: false, reason: `the server sent ${reason}` });

export const readServerFrame = (data: unknown): ReadFrame => {
  let value: unknown;
  try {
    value = JSON.parse(typeof data === 'string' ? data : String(data));
  } catch {
    return bad('a frame that is not JSON');
  }
  if (!isRecord(value) || typeof value.type !== 'string') return bad('a frame without a type');
  const f = value;
  switch (f.type) {
    case 'ready':
      if (!isCursor(f.head)) return bad('a ready frame without a valid head');
      if (typeof f.heartbeat_ms !== 'number' || !Number.isFinite(f.heartbeat_ms) || f.heartbeat_ms <= 0)
        return bad('a ready frame without a valid heartbeat_ms');
      return { ok: true, frame: f as ServerFrame };
    case 'event':
      return isStreamEvent(f.event) ? { ok: true, frame: f as ServerFrame } : bad('a malformed event');
    case 'reset':
      return isCursor(f.head)
        ? { ok: true, frame: f as ServerFrame }
        : bad('a reset frame without a valid head');
    case 'ping':
      return isTs(f.ts) ? { ok: true, frame: f as ServerFrame } : bad('a ping without a valid ts');
    case 'pong':
    case 'error':
      return { ok: true, frame: f as ServerFrame };
    default:
      return { ok: true, frame: null };
  }
};
