import { useState } from 'react';
import { useClient } from '../app/client-context.js';
import { actionErrorMessage } from '../meal/meal-actions.js';

/**
 * The calorie goal this browser kept before goals went with the account, offered once: save it to
 * the account (every device then has it) or forget it.
 */
export const LegacyGoalOffer = ({ calories, onDone }: { calories: number; onDone: () => void }) => {
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await client.goals.set({ calories });
      onDone();
    } catch (failure) {
      setError(actionErrorMessage(failure));
      setSaving(false);
    }
  };

  return (
    <section className="banner legacy-goal" aria-label="Goal kept in this browser">
      <p>
        This browser kept a daily goal of <strong>{calories.toLocaleString()} kcal</strong>. Goals now go with
        your account, on every device. Save this one to your account?
      </p>
      <div className="goals-actions">
        <button type="button" className="button small primary" disabled={saving} onClick={save}>
          {saving ? 'Saving…' : 'Save to my account'}
        </button>
        <button type="button" className="button small ghost" disabled={saving} onClick={onDone}>
          No, forget it
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
};
