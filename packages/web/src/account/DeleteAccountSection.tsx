import { type FormEvent, useId, useState } from 'react';
import { useClient } from '../app/client-context.js';
import { accountErrorMessage } from './account-errors.js';

/** What the signed-in app hears of a deletion: it starts, then either fails (nothing changed) or is done. */
export type DeletionEvents = { started(): void; failed(): void; done(): void };

/**
 * "Delete account", in two steps: the button opens a confirmation that asks for the password again,
 * so neither a slip nor someone at an unlocked screen erases the account.
 */
export const DeleteAccountSection = ({ deletion }: { deletion: DeletionEvents }) => {
  const client = useClient();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { password: useId(), error: useId(), warning: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    deletion.started();
    try {
      await client.deleteAccount(password);
    } catch (failure) {
      setError(accountErrorMessage(failure));
      setBusy(false);
      deletion.failed();
      return;
    }
    deletion.done();
  };

  return (
    <section className="panel account-section" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete account</h2>
      <p className="muted" id={ids.warning}>
        Deletes your account and every meal in it, on the server and on this device. This cannot be undone.
      </p>
      {!confirming ? (
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          Delete account…
        </button>
      ) : (
        <form className="delete-form" onSubmit={submit} aria-describedby={ids.warning}>
          <label htmlFor={ids.password}>Your password, to confirm</label>
          <input
            id={ids.password}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => setPassword(e.target.value)}
          />
          {error && (
            <p id={ids.error} className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="delete-actions">
            <button type="submit" className="button danger" disabled={busy || password === ''}>
              {busy ? 'Deleting…' : 'Delete my account'}
            </button>
            <button
              type="button"
              className="button ghost"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                setPassword('');
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
};
