import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from '../app/client-context.js';
import { browserPush } from './browser-push.js';
import { pushErrorMessage } from './push-errors.js';
import { localPushRecords } from './push-records.js';
import { checkPush, disablePush, enablePush, type PushDeps, type PushStatus } from './push-setting.js';

export type PushSetting = {
  /** Null while the first check runs. */
  status: PushStatus | null;
  busy: boolean;
  error: string | null;
  /** Call straight from the tap: switching on asks for the permission, which browsers allow only then. */
  setOn(on: boolean): void;
};

/**
 * The notification setting of this browser for `userId`. It is checked when the page opens and each
 * time it is shown again, and when the browser reports a change of the permission: a permission taken
 * back in the browser's settings, or a subscription the push service dropped, shows at once.
 */
export const usePushSetting = (userId: string): PushSetting => {
  const client = useClient();
  const deps = useMemo<PushDeps>(
    () => ({ browser: browserPush, server: client.api, records: localPushRecords(userId) }),
    [client, userId],
  );
  const [status, setStatus] = useState<PushStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Only the latest operation's answer is shown: a check that ends after a tap must not undo it.
  const attempt = useRef(0);

  const run = useCallback(
    (operation: (deps: PushDeps) => Promise<PushStatus>, byTap: boolean) => {
      const mine = ++attempt.current;
      if (byTap) setBusy(true);
      // Not awaited before the call: the permission prompt must start within the tap's handler.
      const outcome = operation(deps);
      outcome
        .then((next) => {
          if (mine !== attempt.current) return;
          setStatus(next);
          setError(null);
        })
        .catch((failure: unknown) => {
          if (mine === attempt.current) setError(pushErrorMessage(failure));
        })
        .finally(() => {
          if (mine === attempt.current) setBusy(false);
        });
    },
    [deps],
  );

  useEffect(() => {
    const check = () => {
      if (document.visibilityState === 'visible') run(checkPush, false);
    };
    check();
    document.addEventListener('visibilitychange', check);
    const permission = navigator.permissions?.query({ name: 'notifications' }).catch(() => null);
    void permission?.then((state) => state?.addEventListener('change', check));
    return () => {
      attempt.current++;
      document.removeEventListener('visibilitychange', check);
      void permission?.then((state) => state?.removeEventListener('change', check));
    };
  }, [run]);

  const setOn = useCallback((on: boolean) => run(on ? enablePush : disablePush, true), [run]);
  return { status, busy, error, setOn };
};
