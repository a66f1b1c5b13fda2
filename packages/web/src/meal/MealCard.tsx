import { addItem, type MealEntry, removeItem, replaceItem } from '@fitiq/client';
import type { MealLog, MealLogPatch } from '@fitiq/contract';
import { useRef, useState } from 'react';
import { useClient } from '../app/client-context.js';
import { useConnectionStatus } from '../app/client-hooks.js';
import { Spinner } from '../ui/Spinner.js';
import { EditConflict } from './EditConflict.js';
import { useEditFeedback } from './edit-feedback.js';
import { FoodSearch } from './FoodSearch.js';
import { formatTime } from './format.js';
import { logAgain } from './log-again.js';
import { MealItems } from './MealItems.js';
import { MealTextEditor } from './MealTextEditor.js';
import { MealTotals } from './MealTotals.js';
import { actionErrorMessage, removeMeal, retryMeal } from './meal-actions.js';

const STATUS_LABEL: Record<MealEntry['status'], string> = {
  pending: 'Waiting to upload',
  processing: 'Processing',
  completed: 'Completed',
  failed: 'Failed',
  rejected: 'Not accepted',
};

type Busy = 'retrying' | 'deleting' | 'copying' | null;
type Editing = { kind: 'item'; index: number } | { kind: 'text' } | { kind: 'add' } | null;

/**
 * One meal as typed, with where it is: on this device, being worked out, done, or failed and why.
 * A meal the server has finished can be corrected here: its items, its text, an item more.
 */
export const MealCard = ({ meal }: { meal: MealEntry }) => {
  const client = useClient();
  const offline = useConnectionStatus().state === 'offline';
  const [busy, setBusy] = useState<Busy>(null);
  const [gone, setGone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [again, setAgain] = useState<string | null>(null);
  // What the person was looking at when they began an edit: saved on that version, so a change made
  // meanwhile on another device is a conflict to show, never overwritten.
  const base = useRef<MealLog | null>(null);
  const feedback = useEditFeedback(meal.id);
  // Where focus goes back to when the text or add-item editor closes (keyboard users keep their place).
  const opener = useRef<'add' | 'text' | null>(null);
  const buttons = { add: useRef<HTMLButtonElement>(null), text: useRef<HTMLButtonElement>(null) };

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

  const begin = (next: Editing) => {
    base.current = meal.meal;
    opener.current = next?.kind === 'add' || next?.kind === 'text' ? next.kind : null;
    setEditing(next);
  };

  // "Log again" goes to today, now: the copy's own card shows there (at once, even offline).
  const repeat = async () => {
    if (!meal.meal) return;
    setBusy('copying');
    setError(null);
    try {
      const copy = await logAgain(client, meal.meal);
      setAgain(`Logged again today at ${formatTime(copy.logged_at)}.`);
    } catch (failure) {
      setError(actionErrorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  const close = () => {
    setEditing(null);
    const back = opener.current;
    opener.current = null;
    if (back) requestAnimationFrame(() => buttons[back].current?.focus());
  };

  const save = (patch: (on: MealLog) => MealLogPatch) => {
    const on = base.current ?? meal.meal;
    base.current = null;
    close();
    if (!meal.id || !on) return;
    setError(null);
    feedback.dismiss();
    // Shown at once by the store (optimistic); it settles on the server's answer, or a conflict.
    client.edit(meal.id, patch(on), { version: on.version }).catch((failure: unknown) => {
      setError(actionErrorMessage(failure));
    });
  };

  if (gone) return null;
  const failed = meal.status === 'failed' || meal.status === 'rejected';
  const editable =
    meal.id !== null && meal.meal !== null && (meal.status === 'completed' || meal.status === 'failed');
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
      data-synced={meal.unsynced ? 'no' : 'yes'}
      aria-busy={busy !== null}
    >
      <div className="meal-head">
        {editing?.kind === 'text' ? (
          <MealTextEditor
            text={meal.raw_input}
            onClose={close}
            onSave={(text) => save(() => ({ raw_input: text }))}
          />
        ) : (
          <p className="meal-text">{meal.raw_input}</p>
        )}
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
        {meal.unsynced && (
          <span className="muted small sync-note" data-testid="unsynced">
            {offline ? 'Change saved on this device; syncs when online.' : 'Saving change…'}
          </span>
        )}
        {!failed && deleteButton}
      </div>
      {feedback.conflict && (
        <EditConflict
          conflict={feedback.conflict}
          onDismiss={feedback.dismiss}
          onApplyMine={() => {
            const patch = feedback.conflict?.patch;
            if (patch) save(() => patch);
          }}
        />
      )}
      {feedback.failure && (
        <div className="banner bad" role="alert">
          <span>{feedback.failure}</span>
          <button type="button" className="button small" onClick={feedback.dismiss}>
            Dismiss
          </button>
        </div>
      )}
      {meal.status === 'completed' && meal.totals && (
        <div className="meal-details">
          <MealItems
            items={meal.items}
            editable={editable}
            open={editing?.kind === 'item' ? editing.index : null}
            onOpen={(index) => (index === null ? setEditing(null) : begin({ kind: 'item', index }))}
            onSave={(index, edit) => save((on) => replaceItem(on, index, edit))}
            onRemove={(index) => save((on) => removeItem(on, index))}
          />
          <MealTotals totals={meal.totals} />
        </div>
      )}
      {failed && (
        <p className="meal-error" data-testid="meal-error">
          {meal.error?.message ?? 'This meal could not be processed.'}
        </p>
      )}
      {editing?.kind === 'add' && (
        <div className="item-editor">
          <FoodSearch
            label="Add a food"
            onCancel={close}
            onPick={(food) =>
              save((on) => {
                const edit = { food_id: food.id, quantity: 1, unit: food.default_unit };
                // A failed meal has no items: the food is its first.
                return on.status === 'failed' ? { items: [edit] } : addItem(on, edit);
              })
            }
          />
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {again && (
        <p className="muted small" role="status" data-testid="logged-again">
          {again}
        </p>
      )}
      {(editable || failed) && editing === null && (
        <div className="meal-actions">
          {editable && (
            <>
              {meal.status === 'completed' && (
                <button
                  type="button"
                  className="button small ghost"
                  disabled={busy !== null}
                  aria-label={`Log again today: ${meal.raw_input}`}
                  onClick={repeat}
                >
                  {busy === 'copying' ? 'Logging…' : 'Log again'}
                </button>
              )}
              <button
                ref={buttons.add}
                type="button"
                className="button small ghost"
                onClick={() => begin({ kind: 'add' })}
              >
                Add item
              </button>
              <button
                ref={buttons.text}
                type="button"
                className="button small ghost"
                onClick={() => begin({ kind: 'text' })}
              >
                Edit text
              </button>
            </>
          )}
          {failed && (
            <>
              <button
                type="button"
                className="button small push-end"
                disabled={busy !== null}
                onClick={() => run('retrying', () => retryMeal(client, meal))}
              >
                {busy === 'retrying' ? 'Retrying…' : 'Retry'}
              </button>
              {deleteButton}
            </>
          )}
        </div>
      )}
    </article>
  );
};
