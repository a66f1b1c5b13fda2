import { useEffect, useState } from 'react';
import { useClient } from '../app/client-context.js';
import { useActivity, useConnectionStatus } from '../app/client-hooks.js';
import { formatClock } from '../meal/format.js';
import { connectionView } from './connection-label.js';

/** Seconds left until `at`, ticking while there is something to count down. */
const useCountdown = (at: number | null): number | null => {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (at === null) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, [at]);
  return at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
};

/** Live / Reconnecting / Fallback / Offline, honest to the SDK, with the time of the last update. */
export const ConnectionIndicator = () => {
  const client = useClient();
  const status = useConnectionStatus();
  const { lastUpdate } = useActivity();
  const view = connectionView(status);
  const countdown = useCountdown(status.state === 'reconnecting' ? status.nextAttemptAt : null);

  return (
    <div className={`connection tone-${view.tone}`} data-testid="connection" data-state={status.state}>
      <span className="connection-dot" aria-hidden="true" />
      <div className="connection-text" role="status" aria-live="polite" title={view.detail}>
        <span className="connection-label">{view.label}</span>
        <span className="connection-detail">
          {countdown !== null && countdown > 0
            ? `retry in ${countdown}s`
            : lastUpdate !== null
              ? `updated ${formatClock(lastUpdate)}`
              : 'no updates yet'}
        </span>
        <span className="visually-hidden">. {view.detail}</span>
      </div>
      {status.state === 'reconnecting' && status.nextAttemptAt !== null && (
        <button type="button" className="button ghost small" onClick={() => client.connection.reconnectNow()}>
          Retry now
        </button>
      )}
    </div>
  );
};
