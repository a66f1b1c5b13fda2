import { useState } from 'react';
import { useClient } from '../app/client-context.js';
import { accountErrorMessage } from './account-errors.js';
import { downloadJson } from './download.js';

/** "Download my data": everything the server holds about the user, as one JSON file. */
export const ExportSection = () => {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const exported = await client.exportData();
      downloadJson(`fitiq-export-${exported.exported_at.slice(0, 10)}.json`, exported);
    } catch (failure) {
      setError(accountErrorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel account-section" aria-labelledby="export-title">
      <h2 id="export-title">Your data</h2>
      <p className="muted">
        One JSON file with your profile, every meal with its items and totals, the recent changes and your
        sign-ins.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button" onClick={download} disabled={busy}>
        {busy ? 'Preparing…' : 'Download my data'}
      </button>
    </section>
  );
};
