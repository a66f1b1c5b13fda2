import type { MealType } from '@fitiq/contract';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useClient } from '../app/client-context.js';
import { loggedAtFor } from '../day/dates.js';
import { actionErrorMessage } from './meal-actions.js';
import { guessMealType, MEAL_TYPE_LABEL, MEAL_TYPE_ORDER } from './meal-type.js';

const guessFor = (time: string): MealType => {
  if (!time) return guessMealType(new Date().getHours(), new Date().getMinutes());
  const [h, m] = time.split(':').map(Number) as [number, number];
  return guessMealType(h, m);
};

/**
 * One text box: Enter logs the meal. It goes into the SDK's outbox (stored on this device first), so
 * its card shows at once, and it works offline.
 */
export const AddMealForm = ({ date, isToday }: { date: string; isToday: boolean }) => {
  const client = useClient();
  const [text, setText] = useState('');
  const [time, setTime] = useState('');
  const [chosenType, setChosenType] = useState<MealType | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = { text: useId(), type: useId(), time: useId(), error: useId() };
  const mealType = chosenType ?? guessFor(time);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const raw = text.trim();
    if (!raw) {
      setError('Type what you ate, for example “2 eggs and a slice of toast”.');
      return;
    }
    setError(null);
    try {
      const loggedAt = isToday && !time ? undefined : loggedAtFor(date, time);
      await client.log(raw, { meal_type: mealType, ...(loggedAt ? { logged_at: loggedAt } : {}) });
      setText('');
      setTime('');
      setChosenType(null);
      input.current?.focus();
    } catch (failure) {
      setError(actionErrorMessage(failure));
    }
  };

  return (
    <form className="add-meal" onSubmit={submit} aria-label="Add a meal">
      <label htmlFor={ids.text} className="add-meal-label">
        What did you eat?
      </label>
      <div className="add-meal-row">
        <input
          ref={input}
          id={ids.text}
          className="add-meal-text"
          type="text"
          placeholder="e.g. 2 eggs and a slice of toast"
          autoComplete="off"
          enterKeyHint="send"
          value={text}
          aria-invalid={error !== null}
          aria-describedby={error ? ids.error : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button primary">
          Add
        </button>
      </div>
      <div className="add-meal-options">
        <label htmlFor={ids.type}>Meal</label>
        <select id={ids.type} value={mealType} onChange={(e) => setChosenType(e.target.value as MealType)}>
          {MEAL_TYPE_ORDER.map((type) => (
            <option key={type} value={type}>
              {MEAL_TYPE_LABEL[type]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.time}>Time</label>
        <input id={ids.time} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        {!time && <span className="muted small">{isToday ? 'now' : 'current time on that day'}</span>}
      </div>
      {error && (
        <p id={ids.error} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
};
