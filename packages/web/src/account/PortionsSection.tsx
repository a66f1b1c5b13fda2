import type { RememberedPortion } from '@fitiq/contract';
import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../app/client-context.js';
import { formatGrams, formatQuantity } from '../meal/format.js';
import { accountErrorMessage } from './account-errors.js';

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; portions: RememberedPortion[] }
  | { state: 'error'; message: string };

/**
 * The amounts the server remembered from this person's corrections ("your usual portion"), and a
 * way to forget one: the food then comes with the parser's own default again.
 */
export const PortionsSection = () => {
  const client = useClient();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    client.portions
      .list()
      .then((portions) => setLoaded({ state: 'ready', portions }))
      .catch((failure: unknown) => setLoaded({ state: 'error', message: accountErrorMessage(failure) }));
  }, [client]);
  useEffect(load, [load]);

  const forget = async (portion: RememberedPortion) => {
    setError(null);
    try {
      await client.portions.forget(portion.food_id);
      load();
    } catch (failure) {
      setError(accountErrorMessage(failure));
    }
  };

  return (
    <section className="panel account-section" aria-labelledby="portions-title">
      <h2 id="portions-title">Your usual portions</h2>
      <p className="muted">
        When you correct an amount FitIQ had to guess, it remembers it for that food and uses it the next time
        you name the food without an amount.
      </p>
      {loaded.state === 'loading' && <p className="muted">Loading…</p>}
      {loaded.state === 'error' && (
        <p className="form-error" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.state === 'ready' && loaded.portions.length === 0 && <p className="muted">None yet.</p>}
      {loaded.state === 'ready' && loaded.portions.length > 0 && (
        <ul className="portions" aria-label="Remembered portions">
          {loaded.portions.map((portion) => (
            <li key={portion.food_id}>
              <span className="portion-name">{portion.name}</span>
              <span className="muted small">
                {portion.unit === 'g'
                  ? formatGrams(portion.grams)
                  : `${formatQuantity(portion.quantity, portion.unit)} · ${formatGrams(portion.grams)}`}
              </span>
              <button
                type="button"
                className="button small ghost"
                aria-label={`Forget the usual portion of ${portion.name}`}
                onClick={() => void forget(portion)}
              >
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
};
