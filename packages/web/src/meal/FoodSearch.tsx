import { FitIQError } from '@fitiq/client';
import type { Food } from '@fitiq/contract';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useClient } from '../app/client-context.js';
import { formatKcal } from './format.js';

type Results =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; foods: readonly Food[] }
  | { state: 'error'; message: string };

/**
 * A search box over the food table (GET /foods), results as you type: arrow keys move through them,
 * Enter picks, Escape gives up. A WAI-ARIA combobox with a listbox popup.
 */
export const FoodSearch = ({
  label,
  initial = '',
  onPick,
  onCancel,
}: {
  label: string;
  initial?: string;
  onPick: (food: Food) => void;
  onCancel: () => void;
}) => {
  const client = useClient();
  const [query, setQuery] = useState(initial);
  const [results, setResults] = useState<Results>({ state: 'idle' });
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), list: useId() };

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  useEffect(() => {
    if (!query.trim()) {
      setResults({ state: 'idle' });
      return;
    }
    const abort = new AbortController();
    setResults((r) => (r.state === 'done' ? r : { state: 'searching' }));
    client.foods
      .search(query, { limit: 8, signal: abort.signal })
      .then((foods) => {
        setResults({ state: 'done', foods });
        setActive(0);
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        const offline = error instanceof FitIQError && error.temporary;
        setResults({
          state: 'error',
          message: offline ? 'Food search needs a connection.' : 'The search failed. Try again.',
        });
      });
    return () => abort.abort();
  }, [client, query]);

  const foods = results.state === 'done' ? results.foods : [];
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && foods.length > 0) {
      event.preventDefault();
      setActive((a) => (a + 1) % foods.length);
    } else if (event.key === 'ArrowUp' && foods.length > 0) {
      event.preventDefault();
      setActive((a) => (a - 1 + foods.length) % foods.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const food = foods[active];
      if (food) onPick(food);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  const optionId = (index: number) => `${ids.list}-${index}`;
  return (
    <div className="food-search">
      <label htmlFor={ids.input} className="field-label">
        {label}
      </label>
      <div className="food-search-row">
        <input
          ref={input}
          id={ids.input}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={foods.length > 0}
          aria-controls={ids.list}
          aria-activedescendant={foods.length > 0 ? optionId(active) : undefined}
          autoComplete="off"
          placeholder="e.g. egg, rice, greek yogurt"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button ghost small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <div id={ids.list} role="listbox" aria-label="Foods" className="food-results">
        {foods.map((food, index) => (
          // The keyboard works from the combobox (arrows, Enter), as WAI-ARIA's pattern says; a click picks too.
          <div
            key={food.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className="food-option"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(food)}
            onKeyDown={(e) => e.key === 'Enter' && onPick(food)}
          >
            <span className="food-name">{food.name}</span>
            <span className="food-meta">{formatKcal(food.per_100g.calories)} per 100 g</span>
          </div>
        ))}
      </div>
      <p className="muted small food-status" aria-live="polite">
        {results.state === 'searching' && 'Searching…'}
        {results.state === 'done' && results.foods.length === 0 && `No food matches “${query.trim()}”.`}
        {results.state === 'error' && results.message}
      </p>
    </div>
  );
};
