import type { MealEntry } from '@fitiq/client';
import { useState } from 'react';
import { useClient } from '../app/client-context.js';
import { Spinner } from '../ui/Spinner.js';
import { formatTime } from './format.js';
import { MealDetails } from './MealDetails.js';
import { actionErrorMessage, removeMeal, retryMeal } from './meal-actions.js';

const STATUS_LABEL: Record<MealEntry['status'], string> = {
  pending: 'Waiting to upload',
  processing: 'Processing',
  completed: 'Completed',
  failed: 'Failed',
  rejected: 'Not accepted',
};

type Busy = 'retrying' | 'deleting' | null;

/** One meal as typed, with where it is: on this device, being worked out, done, or failed and why. */
export const MealCard = ({ meal }: { meal: MealEntry }) => {
  const client = useClient();
  const [busy, setBusy] = useState<Busy>(null);
  const [gone, setGone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (kind: Exclude<Busy, null>, action: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    try {
      await action();
      // Hidden at once: the stream's `deleted` event removes it from the store right after.
      setGone(true);
    } catch (failure) {
      setError(actionErrorMessage(failure));
      setBusy(null);
    }
  };

  if (gone) return null;
  const failed = meal.status === 'failed' || meal.status === 'rejected';
  const deleteButton = (
    <button
      type="button"
      className={failed ? 'button small danger' : 'button ghost small quiet push-end'}
      disabled={busy !== null}
      aria-label={`Delete “${meal.raw_input}”`}
      onClick={() => run('deleting', () => removeMeal(client, meal))}
    >
      {busy === 'deleting' ? 'Deleting…' : 'Delete'}
    </button>
  );

  return (
    <article
      className={`meal-card status-${meal.status}`}
      data-status={meal.status}
      aria-busy={busy !== null}
    >
      <div className="meal-head">
        <p className="meal-text">{meal.raw_input}</p>
        <time className="meal-time" dateTime={meal.logged_at}>
          {formatTime(meal.logged_at)}
        </time>
      </div>
      <div className="meal-status">
        <span className={`badge badge-${meal.status}`}>
          {meal.status === 'processing' && <Spinner />}
          {STATUS_LABEL[meal.status]}
        </span>
        {meal.status === 'pending' && (
          <span className="muted small">Saved on this device; uploads when the server is reachable.</span>
        )}
        {meal.status === 'processing' && <span className="muted small">Working out the nutrition…</span>}
        {!failed && deleteButton}
      </div>
      {meal.status === 'completed' && meal.totals && <MealDetails items={meal.items} totals={meal.totals} />}
      {failed && (
        <p className="meal-error" data-testid="meal-error">
          {meal.error?.message ?? 'This meal could not be processed.'}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {failed && (
        <div className="meal-actions">
          <button
            type="button"
            className="button small"
            disabled={busy !== null}
            onClick={() => run('retrying', () => retryMeal(client, meal))}
          >
            {busy === 'retrying' ? 'Retrying…' : 'Retry'}
          </button>
          {deleteButton}
        </div>
      )}
    </article>
  );
};
