import { loadSession } from '../app/session.js';
import type { PushStatus } from './push-setting.js';
import { usePushSetting } from './use-push-setting.js';

/** What the person should know about the setting as it stands; nothing when it simply works. */
const notices: Record<PushStatus['kind'], string | null> = {
  on: null,
  off: null,
  blocked: null,
  expired:
    'Notifications stopped on this device: the browser no longer has its subscription (they can expire, or be reset with the site settings). Switch on to start them again.',
  dismissed: 'Notifications stay off until you allow them when the browser asks.',
  unsupported: null,
};

const blockedNotice = (revoked: boolean) =>
  revoked
    ? "Notifications were turned off for FitIQ in this browser's settings. Allow them again there (site settings, Notifications) to get them back."
    : 'This browser blocks notifications from FitIQ. Allow them in the site settings (Notifications), then switch on here.';

const unsupportedNotice = (reason: 'browser' | 'install') =>
  reason === 'install'
    ? 'On iPhone and iPad, notifications need FitIQ on the Home Screen: in Safari tap Share, then Add to Home Screen, and open FitIQ from there.'
    : 'This browser cannot show notifications from web apps.';

const noticeOf = (status: PushStatus): string | null => {
  if (status.kind === 'blocked') return blockedNotice(status.revoked);
  if (status.kind === 'unsupported') return unsupportedNotice(status.reason);
  return notices[status.kind];
};

/**
 * "Notify me when a meal is ready": a meal that finishes while none of your open FitIQ screens shows
 * it comes as a notification on this device. The browser asks for permission only when it is switched
 * on, never before.
 */
export const NotificationsSection = () => {
  // The session of this browser is the signed-in user's: the choice is kept per user.
  const { status, busy, error, setOn } = usePushSetting(loadSession()?.user.id ?? '');
  const on = status?.kind === 'on';
  const usable = status !== null && status.kind !== 'unsupported' && status.kind !== 'blocked';
  const notice = status && noticeOf(status);
  return (
    <section
      className="panel account-section"
      aria-labelledby="notifications-title"
      data-push-status={status?.kind ?? 'checking'}
    >
      <h2 id="notifications-title">Notifications</h2>
      <label className="switch-row">
        <input
          type="checkbox"
          role="switch"
          className="switch"
          checked={on}
          aria-checked={on}
          disabled={!usable || busy}
          onChange={(event) => setOn(event.currentTarget.checked)}
        />
        <span>Notify me when a meal is ready</span>
      </label>
      <p className="muted">
        When FitIQ has read a meal you logged and none of your open FitIQ screens has shown it within a few
        seconds, this device gets a notification, such as "Breakfast ready: 495 kcal, 22 g protein". Tap it to
        see the day.
      </p>
      {notice && (
        <p className="banner warn" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
};
