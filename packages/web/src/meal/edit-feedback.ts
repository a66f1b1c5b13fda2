import type { FitIQClient, MealConflict } from '@fitiq/client';
import { useCallback, useSyncExternalStore } from 'react';
import { useClient } from '../app/client-context.js';
import { errorMessage } from '../ui/error-message.js';

/** What became of this device's edits of a meal, when it is not simply "applied". */
export type EditFeedback = Readonly<{ conflict: MealConflict | null; failure: string | null }>;

const NONE: EditFeedback = Object.freeze({ conflict: null, failure: null });

const FAILURES: Partial<Record<string, string>> = {
  not_found: 'This meal was deleted on another device; the change was not saved.',
  validation_failed: 'The server did not accept this change.',
};

/**
 * Conflicts and refused edits per meal, from the SDK's `conflict` and `editFailed` events, kept
 * until the person dismisses them: one tracker per client, from its creation.
 */
class EditFeedbackTracker {
  private readonly byMeal = new Map<string, EditFeedback>();
  private readonly listeners = new Set<() => void>();

  constructor(client: FitIQClient) {
    client.on('conflict', (conflict) => this.set(conflict.meal_id, { conflict, failure: null }));
    client.on('editFailed', ({ meal_id, error }) =>
      this.set(meal_id, { conflict: null, failure: errorMessage(error, FAILURES) }),
    );
    // A meal deleted anywhere takes what was said about it along.
    // Other events (goals.updated) carry no meal.
    client.on('event', (event) => {
      if (event.type !== 'meal_log.deleted') return;
      const id = event.data.meal_log.id;
      if (this.byMeal.has(id)) this.set(id, null);
    });
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(mealId: string): EditFeedback {
    return this.byMeal.get(mealId) ?? NONE;
  }

  set(mealId: string, feedback: EditFeedback | null): void {
    if (feedback) this.byMeal.set(mealId, Object.freeze(feedback));
    else this.byMeal.delete(mealId);
    for (const listener of [...this.listeners]) listener();
  }
}

const trackers = new WeakMap<FitIQClient, EditFeedbackTracker>();

/** Starts listening for a client's edit outcomes (call before `start`, so none is missed). */
export const trackEditFeedback = (client: FitIQClient): EditFeedbackTracker => {
  let tracker = trackers.get(client);
  if (!tracker) {
    tracker = new EditFeedbackTracker(client);
    trackers.set(client, tracker);
  }
  return tracker;
};

export const useEditFeedback = (mealId: string | null): EditFeedback & { dismiss: () => void } => {
  const tracker = trackEditFeedback(useClient());
  const feedback = useSyncExternalStore(tracker.subscribe, () => (mealId ? tracker.get(mealId) : NONE));
  const dismiss = useCallback(() => mealId && tracker.set(mealId, null), [tracker, mealId]);
  return { ...feedback, dismiss };
};
