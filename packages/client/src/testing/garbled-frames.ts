import fc from 'fast-check';

/**
 * Messages a broken server or a meddling proxy might send the SDK: random text and JSON, the
 * protocol's frames with fields changed, removed or of the wrong type (at the top level and inside
 * the event and its meal), and non-string data.
 */
const NOW = '2026-01-01T08:00:00.000Z';
const meal = {
  id: 'm1',
  status: 'processing',
  raw_input: 'an egg',
  meal_type: null,
  logged_at: NOW,
  created_at: NOW,
  updated_at: NOW,
  items: [],
  totals: null,
  error: null,
};
export const validEvent = {
  seq: 1,
  id: 'e1',
  type: 'meal_log.created',
  created_at: NOW,
  data: { meal_log: meal },
};
const VALID: Record<string, unknown>[] = [
  { type: 'ready', connection_id: 'c', head: 0, heartbeat_ms: 25_000 },
  { type: 'event', event: validEvent },
  { type: 'reset', head: 3 },
  { type: 'ping', ts: 1 },
  { type: 'pong', ts: 'x' },
  { type: 'error', code: 'malformed_frame', message: 'no' },
];

const odd = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, 1.5, 0, 2 ** 53, Number.MAX_VALUE, '', '1', null, [], {}),
);
/** A valid frame with one to three changes, at its top level or inside its event and meal. */
const mutatedFrame = fc
  .tuple(
    fc.constantFrom(...VALID),
    fc.array(
      fc.tuple(fc.constantFrom('', 'event.', 'event.data.meal_log.'), fc.string({ maxLength: 12 }), odd),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    fc.constantFrom(
      'type',
      'head',
      'heartbeat_ms',
      'ts',
      'seq',
      'id',
      'status',
      'data',
      'meal_log',
      'logged_at',
    ),
  )
  .map(([valid, changes, known]) => {
    const frame = structuredClone(valid) as Record<string, unknown>;
    for (const [where, key, value] of changes) {
      const target = where
        .split('.')
        .filter(Boolean)
        .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], frame);
      if (typeof target !== 'object' || target === null) continue;
      const field = key.length % 2 === 0 ? known : key;
      if (value === undefined || key.length % 3 === 0) delete (target as Record<string, unknown>)[field];
      else (target as Record<string, unknown>)[field] = value;
    }
    return JSON.stringify(frame);
  });
export const serverMessage: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  mutatedFrame,
  fc.constantFrom(...VALID).map((v) => JSON.stringify(v)),
  fc.constantFrom<unknown>(
    Buffer.from('{"type":"ping","ts":7}'),
    new Uint8Array([123, 125]),
    null,
    undefined,
    42,
  ),
);
