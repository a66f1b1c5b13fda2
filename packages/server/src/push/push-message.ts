import type { EventType, MealLog, PushMessage, PushMessageType } from '@fitiq/contract';

const PUSHED_TYPES: ReadonlySet<EventType> = new Set<PushMessageType>([
  'meal_log.completed',
  'meal_log.failed',
]);

/** A meal's outcome: the events a device that missed them is pushed. */
export const isPushed = (type: EventType): type is PushMessageType => PUSHED_TYPES.has(type);

/**
 * Bytes of JSON a message carries at most. RFC 8291 fits 3,993 bytes of plaintext in the 4,096 every
 * push service must accept; the rest is left as margin. A text of 1,000 characters can take 4,000
 * bytes of UTF-8, so a long one is shortened.
 */
export const MAX_MESSAGE_BYTES = 3600;

type EventWithMeal = { seq: number; type: EventType; data: { meal_log: MealLog } };

const withText = (message: PushMessage, text: string): PushMessage => ({
  ...message,
  meal_log: { ...message.meal_log, raw_input: text },
});

/** The push payload of an outcome event (its stored JSON), within MAX_MESSAGE_BYTES. */
export const pushMessageOf = (eventJson: string): PushMessage | null => {
  const event = JSON.parse(eventJson) as EventWithMeal;
  if (!isPushed(event.type)) return null;
  const meal = event.data.meal_log;
  const message: PushMessage = {
    type: event.type,
    seq: event.seq,
    meal_log: {
      id: meal.id,
      status: meal.status === 'failed' ? 'failed' : 'completed',
      raw_input: meal.raw_input,
      totals: meal.totals,
      meal_type: meal.meal_type,
      logged_at: meal.logged_at,
    },
  };
  let characters = [...meal.raw_input];
  let shortened = message;
  while (Buffer.byteLength(JSON.stringify(shortened)) > MAX_MESSAGE_BYTES && characters.length > 0) {
    characters = characters.slice(0, Math.floor(characters.length * 0.9));
    shortened = withText(message, `${characters.join('')}…`);
  }
  return shortened;
};

/**
 * RFC 8030 Topic (at most 32 base64url characters): the meal's id without its dashes. A message the
 * push service still holds is replaced by a newer one of the same meal, and one sent twice (a
 * worker that died after sending, before recording it) reaches the device once.
 */
export const topicOf = (mealId: string): string => mealId.replaceAll('-', '').slice(0, 32);
