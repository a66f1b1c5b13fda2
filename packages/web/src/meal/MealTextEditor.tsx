import { isRawInputLengthValid, RAW_INPUT_MAX_LENGTH } from '@fitiq/contract/protocol';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';

/** The meal's text, open for rewriting: saving it has the meal parsed again. Escape gives up. */
export const MealTextEditor = ({
  text,
  onSave,
  onClose,
}: {
  text: string;
  onSave: (text: string) => void;
  onClose: () => void;
}) => {
  const [value, setValue] = useState(text);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), error: useId() };

  useEffect(() => {
    input.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const raw = value.trim();
    if (raw === text) return onClose();
    if (!isRawInputLengthValid(raw)) {
      setError(`Type what you ate, up to ${RAW_INPUT_MAX_LENGTH} characters.`);
      return;
    }
    onSave(raw);
  };

  return (
    <form className="meal-text-editor" onSubmit={submit}>
      <label htmlFor={ids.input} className="visually-hidden">
        Meal text
      </label>
      <input
        ref={input}
        id={ids.input}
        type="text"
        autoComplete="off"
        enterKeyHint="done"
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error ? ids.error : undefined}
        onChange={(e) => {
          setError(null);
          setValue(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          onClose();
        }}
      />
      <div className="meal-text-actions">
        <span className="muted small">Saving reads the text again.</span>
        <button type="button" className="button small push-end" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button small primary">
          Save
        </button>
      </div>
      {error && (
        <p id={ids.error} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
};
