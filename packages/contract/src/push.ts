import { type Static, Type } from 'typebox';
import type { MealType, Nutrients } from './meal-log.js';

/** GET /push/key: the VAPID application server key a browser subscribes with (v1.1 Web Push). */
export const PushKey = Type.Object({
  public_key: Type.String({
    description: 'The VAPID public key: an uncompressed P-256 point, base64url without padding',
  }),
});
export type PushKey = Static<typeof PushKey>;

/** Base64url, as `PushSubscription.toJSON()` writes keys (without padding; padding is tolerated). */
const base64url = (description: string, length: number) =>
  Type.String({ pattern: '^[A-Za-z0-9_-]+={0,2}$', minLength: length, maxLength: length + 2, description });

/**
 * POST /push/subscriptions: a browser's `PushSubscription.toJSON()`. The endpoint must be on a push
 * service the server allows (FITIQ_PUSH_HOSTS); `expirationTime` is accepted and not used.
 */
export const PushSubscriptionBody = Type.Object({
  endpoint: Type.String({ minLength: 1, maxLength: 2048, description: 'The push service URL (https)' }),
  keys: Type.Object({
    p256dh: base64url("The browser's P-256 public key (65 bytes)", 87),
    auth: base64url("The browser's authentication secret (16 bytes)", 22),
  }),
  expirationTime: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
});
export type PushSubscriptionBody = Static<typeof PushSubscriptionBody>;

export const PushSubscriptionCreated = Type.Object({ id: Type.String({ format: 'uuid' }) });
export type PushSubscriptionCreated = Static<typeof PushSubscriptionCreated>;

/** A stored subscription as the account export lists it (its keys are the browser's, left out). */
export const PushSubscriptionSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  endpoint: Type.String(),
  created_at: Type.String({ format: 'date-time' }),
});
export type PushSubscriptionSummary = Static<typeof PushSubscriptionSummary>;

export const PUSH_MESSAGE_TYPES = ['meal_log.completed', 'meal_log.failed'] as const;
export type PushMessageType = (typeof PUSH_MESSAGE_TYPES)[number];

/**
 * The decrypted payload of a Web Push message: the event that no device acknowledged in time, with
 * what a notification needs of its meal. `meal_type` and `logged_at` go beyond the contract's list
 * (additive): a notification can say "Breakfast ready" and open the meal's day.
 */
export type PushMessage = {
  type: PushMessageType;
  seq: number;
  meal_log: {
    id: string;
    status: 'completed' | 'failed';
    raw_input: string;
    totals: Nutrients | null;
    meal_type?: MealType | null;
    logged_at?: string;
  };
};
