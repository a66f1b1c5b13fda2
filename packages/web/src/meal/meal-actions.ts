import { type FitIQClient, FitIQError, type MealEntry } from '@fitiq/client';

/**
 * The contract has no "process again" route, so Retry logs the same text again (same type, same time)
 * through the outbox, then removes the failed meal. The new meal goes through the outbox like any
 * other: it works offline and cannot be uploaded twice.
 */
export const retryMeal = async (client: FitIQClient, meal: MealEntry): Promise<void> => {
  await client.log(meal.raw_input, { meal_type: meal.meal_type, logged_at: meal.logged_at });
  await removeMeal(client, meal);
};

/** A meal only on this device leaves the outbox; one on the server is deleted there. */
export const removeMeal = async (client: FitIQClient, meal: MealEntry): Promise<void> => {
  if (meal.id) await client.api.deleteMealLog(meal.id);
  else if (meal.local_id) await client.outbox.discard(meal.local_id);
};

export const actionErrorMessage = (error: unknown): string => {
  if (error instanceof FitIQError && (error.code === 'network_error' || error.code === 'timeout'))
    return 'The server cannot be reached right now. Try again when you are back online.';
  if (error instanceof FitIQError && error.code === 'not_found') return 'This meal no longer exists.';
  return error instanceof Error ? error.message : String(error);
};
