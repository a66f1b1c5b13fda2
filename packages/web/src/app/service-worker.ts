import { navigate } from './router.js';

/** What the service worker asks of an open window: show a page of the app (a tapped notification's day). */
type WorkerMessage = { type: 'fitiq.open'; path: string };

const isOpenMessage = (data: unknown): data is WorkerMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as WorkerMessage).type === 'fitiq.open' &&
  typeof (data as WorkerMessage).path === 'string' &&
  (data as WorkerMessage).path.startsWith('/');

/**
 * The service worker (public/sw.js) keeps the app's shell so that a reload while offline still opens
 * the app, which then shows the meals waiting in the outbox; it also shows the notification of a meal
 * pushed while no device was looking, and a tap on it moves an open window to that meal's day.
 */
export const registerServiceWorker = (): void => {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isOpenMessage(event.data)) navigate(event.data.path);
  });
  registered = new Promise((resolve) => {
    window.addEventListener('load', () => {
      navigator.serviceWorker
        .register('/sw.js')
        .then(() => navigator.serviceWorker.ready)
        .then(resolve, (error: unknown) => {
          console.warn('FitIQ works without offline start-up: the service worker did not register.', error);
          resolve(null);
        });
    });
  });
};

let registered: Promise<ServiceWorkerRegistration | null> | null = null;

/** The active worker's registration; null when none registers (a development build, a refusal). */
export const workerRegistration = async (): Promise<ServiceWorkerRegistration | null> =>
  (await navigator.serviceWorker.getRegistration()) ?? (await registered) ?? null;
