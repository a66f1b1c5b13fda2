import type { MealLog, MealLogPatch, PollResponse, Problem, StreamEvent } from '@fitiq/contract';
import { mealETag } from '@fitiq/contract';
import { type Answer, request } from './http-client.js';

/** What PATCH answers: the meal, or a problem (with `current` on 412). */
export type EditAnswer = Omit<MealLog, 'status'> &
  Omit<Problem, 'status'> & { status: MealLog['status'] | number };

/** PATCH a meal; `ifMatch` is a version (sent as its ETag), a raw header value, or null for none. */
export const patchMeal = (
  baseUrl: string,
  token: string,
  id: string,
  body: MealLogPatch | Record<string, unknown>,
  ifMatch: number | string | null,
): Promise<Answer<EditAnswer>> =>
  request<EditAnswer>(baseUrl, 'PATCH', `/api/v1/meal-logs/${id}`, {
    token,
    body,
    ...(ifMatch === null
      ? {}
      : { headers: { 'if-match': typeof ifMatch === 'number' ? mealETag(ifMatch) : ifMatch } }),
  });

export const getMeal = (baseUrl: string, token: string, id: string) =>
  request<MealLog>(baseUrl, 'GET', `/api/v1/meal-logs/${id}`, { token });

/** The user's stream head: an unchanged head means nothing was written. */
export const streamHead = async (baseUrl: string, token: string): Promise<number> =>
  (await request<PollResponse>(baseUrl, 'GET', '/api/v1/events?after=0&limit=1', { token })).body.head;

/** Long-polls the user's stream after `after` until an event matches; no fixed sleep. */
export const waitForEvent = async (
  baseUrl: string,
  token: string,
  after: number,
  matches: (event: StreamEvent) => boolean,
): Promise<StreamEvent> => {
  let cursor = after;
  for (;;) {
    const answer = await request<PollResponse>(baseUrl, 'GET', `/api/v1/events?after=${cursor}&wait=10`, {
      token,
    });
    if (answer.status !== 200)
      throw new Error(`polling failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    const found = answer.body.events.find(matches);
    if (found) return found;
    cursor = answer.body.events.at(-1)?.seq ?? cursor;
  }
};

/** Waits for the meal's processing to end after `after` (a POST, or an edit of its text). */
export const waitForOutcomeAfter = (baseUrl: string, token: string, mealId: string, after: number) =>
  waitForEvent(
    baseUrl,
    token,
    after,
    (e) => e.data.meal_log.id === mealId && (e.type === 'meal_log.completed' || e.type === 'meal_log.failed'),
  );
