import { type Static, Type } from 'typebox';
import { User } from './auth.js';
import { AnyStreamEvent } from './events.js';
import { Goals } from './goals.js';
import { MealLog } from './meal-log.js';
import { RememberedPortion } from './portions.js';
import { PushSubscriptionSummary } from './push.js';

export const SessionSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  created_at: Type.String({ format: 'date-time' }),
  expires_at: Type.String({ format: 'date-time' }),
  revoked_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type SessionSummary = Static<typeof SessionSummary>;

export const IdempotencyKeySummary = Type.Object({
  key: Type.String(),
  meal_log_id: Type.String(),
  created_at: Type.String({ format: 'date-time' }),
});

/** Everything the service holds about one user (GET /me/export), secrets and hashes left out. */
export const AccountExport = Type.Object({
  exported_at: Type.String({ format: 'date-time' }),
  user: User,
  meal_logs: Type.Array(MealLog, { description: 'Every meal log, ordered by logged_at' }),
  events: Type.Array(AnyStreamEvent, { description: 'The events of the stream still retained, by seq' }),
  sessions: Type.Array(SessionSummary),
  idempotency_keys: Type.Array(IdempotencyKeySummary),
  portions: Type.Array(RememberedPortion, { description: 'Remembered portions, by food' }),
  push_subscriptions: Type.Array(PushSubscriptionSummary, {
    description: 'Web Push subscriptions, oldest first',
  }),
  goals: Goals,
});
export type AccountExport = Static<typeof AccountExport>;

/** GET /me/export?format=: the JSON document above (default), or the meals as CSV. */
export const ExportQuery = Type.Object(
  {
    format: Type.Optional(
      Type.Union([Type.Literal('json'), Type.Literal('csv')], {
        description: 'json (default): everything stored; csv: one row per meal item, with its meal columns',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ExportQuery = Static<typeof ExportQuery>;

/**
 * The CSV export's header row, in order (RFC 4180, UTF-8, CRLF line ends). One row per item; a meal
 * without items (processing or failed) has one row with the item columns empty, so no meal is left out.
 */
export const EXPORT_CSV_COLUMNS = [
  'meal_log_id',
  'logged_at',
  'meal_type',
  'status',
  'raw_input',
  'item_id',
  'food_id',
  'item_name',
  'quantity',
  'unit',
  'grams',
  'calories',
  'protein_g',
  'carbs_g',
  'fat_g',
  'source',
] as const;
export type ExportCsvColumn = (typeof EXPORT_CSV_COLUMNS)[number];
