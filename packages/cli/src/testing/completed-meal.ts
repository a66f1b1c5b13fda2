import type { MealLog } from '@fitiq/contract';
import { logMeal, streamHead, waitForOutcomeAfter } from '@fitiq/server/testing';

/**
 * Logs a meal through the API and waits, on the stream, for its processing to end: the meal as it
 * ended (completed or failed). `logged_at` pins its day, for tests that read days.
 */
export const settledMeal = async (
  url: string,
  token: string,
  text: string,
  extra: { logged_at?: string } = {},
): Promise<MealLog> => {
  const after = await streamHead(url, token);
  const posted = await logMeal(url, token, text, extra);
  if (posted.status !== 201) throw new Error(`logging "${text}" answered ${posted.status}`);
  return (await waitForOutcomeAfter(url, token, posted.body.id, after)).data.meal_log;
};
