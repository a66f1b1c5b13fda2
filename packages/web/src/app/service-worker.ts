/**
 * The service worker (public/sw.js) keeps the app's shell so that a reload while offline still opens
 * the app, which then shows the meals waiting in the outbox.
 */
export const registerServiceWorker = (): void => {
  if (!('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => {
      console.warn('FitIQ works without offline start-up: the service worker did not register.', error);
    });
  });
};
