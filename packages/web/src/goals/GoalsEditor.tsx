import type { Goals } from '@fitiq/contract';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useClient } from '../app/client-context.js';
import { actionErrorMessage } from '../meal/meal-actions.js';
import type { DailyTargets } from './targets.js';

type Field = { key: keyof Goals; label: string; unit: string };

const FIELDS: readonly Field[] = [
  { key: 'calories', label: 'Calories', unit: 'kcal' },
  { key: 'protein_g', label: 'Protein', unit: 'g' },
  { key: 'carbs_g', label: 'Carbs', unit: 'g' },
  { key: 'fat_g', label: 'Fat', unit: 'g' },
];

const MAX: Record<keyof Goals, number> = { calories: 20_000, protein_g: 2_000, carbs_g: 2_000, fat_g: 2_000 };

type Draft = Record<keyof Goals, string>;

const draftOf = (goals: Goals | null): Draft => ({
  calories: goals?.calories?.toString() ?? '',
  protein_g: goals?.protein_g?.toString() ?? '',
  carbs_g: goals?.carbs_g?.toString() ?? '',
  fat_g: goals?.fat_g?.toString() ?? '',
});

/** The draft as goals (an empty field: no goal), or the first field that is not a goal. */
const parseDraft = (draft: Draft): { goals: Goals } | { error: string } => {
  const goals: Goals = { calories: null, protein_g: null, carbs_g: null, fat_g: null };
  for (const { key, label } of FIELDS) {
    const text = draft[key].trim();
    if (text === '') continue;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0 || value > MAX[key])
      return {
        error: `${label}: give a number above 0 and at most ${MAX[key].toLocaleString()}, or leave it empty.`,
      };
    goals[key] = value;
  }
  return { goals };
};

const summaryText = (targets: DailyTargets) =>
  `${Math.round(targets.calories).toLocaleString()} kcal · protein ${Math.round(targets.protein_g)} g · carbs ${Math.round(targets.carbs_g)} g · fat ${Math.round(targets.fat_g)} g`;

/**
 * The daily goals, kept with the account: the same on every device, and changed there at once when
 * changed here. A button that opens a small form; an empty field means "no goal" (derived).
 */
export const GoalsEditor = ({ goals, targets }: { goals: Goals | null; targets: DailyTargets }) => {
  const client = useClient();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const ids = { form: useId(), error: useId() };
  // Keyboard users keep their place: closing the form puts focus back on the button that opened it.
  const opener = useRef<HTMLButtonElement>(null);
  const [closedByUser, setClosedByUser] = useState(false);
  useEffect(() => {
    if (!draft && closedByUser) {
      opener.current?.focus();
      setClosedByUser(false);
    }
  }, [draft, closedByUser]);
  const close = () => {
    setDraft(null);
    setClosedByUser(true);
  };

  if (!draft) {
    return (
      <button
        ref={opener}
        type="button"
        className="link-button small goals-summary"
        data-testid="goals-summary"
        onClick={() => {
          setError(null);
          setDraft(draftOf(goals));
        }}
      >
        Goals: {summaryText(targets)} · change
      </button>
    );
  }

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseDraft(draft);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await client.goals.set(parsed.goals);
      close();
    } catch (failure) {
      setError(actionErrorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="goals-editor"
      aria-labelledby={ids.form}
      onSubmit={save}
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <p id={ids.form} className="goals-editor-title">
        Daily goals
      </p>
      <p className="muted small">The same on all your devices. Leave a field empty for no goal.</p>
      <div className="goals-fields">
        {FIELDS.map(({ key, label, unit }, index) => (
          <label key={key} className="goals-field">
            <span>
              {label} <span className="muted">({unit})</span>
            </span>
            <input
              type="number"
              inputMode="decimal"
              min={1}
              max={MAX[key]}
              step="any"
              placeholder={`${Math.round(targets[key])}`}
              value={draft[key]}
              aria-invalid={error !== null}
              aria-describedby={error ? ids.error : undefined}
              // biome-ignore lint/a11y/noAutofocus: the person just asked to edit these very fields
              autoFocus={index === 0}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
            />
          </label>
        ))}
      </div>
      {error && (
        <p id={ids.error} className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="goals-actions">
        <button type="submit" className="button small primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save goals'}
        </button>
        <button type="button" className="button small ghost" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
};
