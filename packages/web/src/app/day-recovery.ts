import type { FitIQClient } from '@fitiq/client';

/**
 * Works around an SDK gap: when the app starts offline, the day's first load fails; if the connection
 * later resumes from a stored cursor, the SDK does not load the day again, and the store keeps
 * buffering the stream's events on top of a snapshot that never comes (cards stay "processing").
 * So: whenever delivery is up again and the day is not loaded, load it.
 */
export const reloadDayWhenConnected = (client: FitIQClient): (() => void) =>
  client.on('state', ({ newState }) => {
    if (newState.state !== 'live' && newState.state !== 'fallback') return;
    if (client.store.getSnapshot().status === 'error') void client.store.reload().catch(() => {});
  });
