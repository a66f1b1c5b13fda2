import { type Static, Type } from 'typebox';
import { Goals } from './goals.js';
import { POLL_LIMIT_DEFAULT, POLL_LIMIT_MAX, POLL_WAIT_MAX_SECONDS } from './limits.js';
import { MealLog } from './meal-log.js';

export const EVENT_TYPES = [
  'meal_log.created',
  'meal_log.completed',
  'meal_log.failed',
  'meal_log.deleted',
  'meal_log.updated',
  'goals.updated',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const StreamEvent = Type.Object({
  seq: Type.Integer({ minimum: 1 }),
  id: Type.String({ format: 'uuid' }),
  type: Type.Union([
    Type.Literal('meal_log.created'),
    Type.Literal('meal_log.completed'),
    Type.Literal('meal_log.failed'),
    Type.Literal('meal_log.deleted'),
    Type.Literal('meal_log.updated'),
  ]),
  created_at: Type.String({ format: 'date-time' }),
  data: Type.Object({ meal_log: MealLog }),
});
/** One entry of a user's event stream. Named StreamEvent to keep clear of the DOM's `Event`. */
export type StreamEvent = Static<typeof StreamEvent>;

/** v1.1: the user's goals changed (PUT /me/goals); every device follows them. */
export const GoalsUpdatedEvent = Type.Object({
  seq: Type.Integer({ minimum: 1 }),
  id: Type.String({ format: 'uuid' }),
  type: Type.Literal('goals.updated'),
  created_at: Type.String({ format: 'date-time' }),
  data: Type.Object({ goals: Goals }),
});
export type GoalsUpdatedEvent = Static<typeof GoalsUpdatedEvent>;

/**
 * Every event a v1.1 stream may carry: a meal event (StreamEvent) or a goals event. Narrow by `type`
 * before reading `data`; a client ignores types it does not know.
 */
export const AnyStreamEvent = Type.Union([StreamEvent, GoalsUpdatedEvent]);
export type AnyStreamEvent = Static<typeof AnyStreamEvent>;

export const PollQuery = Type.Object(
  {
    after: Type.Integer({ minimum: 0 }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: POLL_LIMIT_MAX, default: POLL_LIMIT_DEFAULT })),
    wait: Type.Optional(Type.Number({ minimum: 0, maximum: POLL_WAIT_MAX_SECONDS, default: 0 })),
  },
  { additionalProperties: false },
);
export type PollQuery = Static<typeof PollQuery>;

export const PollResponse = Type.Object({
  events: Type.Array(StreamEvent),
  head: Type.Integer({ minimum: 0 }),
});
export type PollResponse = Static<typeof PollResponse>;
