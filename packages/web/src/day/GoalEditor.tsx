import { type FormEvent, useId, useState } from 'react';
import { MAX_GOAL, MIN_GOAL } from './calorie-goal.js';

/** The daily calorie goal, shown as a button that turns into a small form. */
export const GoalEditor = ({ goal, onChange }: { goal: number; onChange: (goal: number) => void }) => {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(String(goal));
  const inputId = useId();

  if (!editing) {
    return (
      <button
        type="button"
        className="link-button small"
        onClick={() => {
          setValue(String(goal));
          setEditing(true);
        }}
      >
        Goal {goal.toLocaleString()} kcal · change
      </button>
    );
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    const next = Number(value);
    if (Number.isFinite(next) && next > 0) onChange(next);
    setEditing(false);
  };
  return (
    <form className="goal-editor" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}>
      <label htmlFor={inputId}>Daily goal (kcal)</label>
      <input
        id={inputId}
        type="number"
        inputMode="numeric"
        min={MIN_GOAL}
        max={MAX_GOAL}
        step={50}
        value={value}
        // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this very field
        autoFocus
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button small primary">
        Save
      </button>
      <button type="button" className="button small ghost" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
};
