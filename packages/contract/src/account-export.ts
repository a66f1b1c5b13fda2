import { type Static, Type } from 'typebox';
import { User } from './auth.js';
import { StreamEvent } from './events.js';
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
  events: Type.Array(StreamEvent, { description: 'The events of the stream still retained, by seq' }),
  sessions: Type.Array(SessionSummary),
  idempotency_keys: Type.Array(IdempotencyKeySummary),
  portions: Type.Array(RememberedPortion, { description: 'Remembered portions, by food' }),
  push_subscriptions: Type.Array(PushSubscriptionSummary, {
    description: 'Web Push subscriptions, oldest first',
  }),
});
export type AccountExport = Static<typeof AccountExport>;
