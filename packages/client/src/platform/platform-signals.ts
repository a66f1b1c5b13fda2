/** What the SDK needs to hear from the platform. */
export type PlatformListener = {
  online(online: boolean): void;
  visible(visible: boolean): void;
};

type EventTargetLike = {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
};

/**
 * Browser signals: `online`/`offline` on window, `visibilitychange` on document. In Node there are
 * none (the functions see no window) and this does nothing: a Node process is always "visible".
 */
export const watchPlatform = (listener: PlatformListener): (() => void) => {
  const g = globalThis as {
    window?: EventTargetLike;
    document?: EventTargetLike & { visibilityState?: string };
    navigator?: { onLine?: boolean };
  };
  const { window: win, document: doc } = g;
  if (!win || !doc) return () => {};
  const onOnline = () => listener.online(true);
  const onOffline = () => listener.online(false);
  const onVisibility = () => listener.visible(doc.visibilityState !== 'hidden');
  win.addEventListener('online', onOnline);
  win.addEventListener('offline', onOffline);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('online', onOnline);
    win.removeEventListener('offline', onOffline);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
};

/** What the platform says right now; Node is always online and visible. */
export const platformNow = (): { online: boolean; visible: boolean } => {
  const g = globalThis as { navigator?: { onLine?: boolean }; document?: { visibilityState?: string } };
  return {
    online: g.navigator?.onLine ?? true,
    visible: g.document?.visibilityState !== 'hidden',
  };
};
