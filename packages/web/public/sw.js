// FitIQ's service worker: just enough to open the app with no network, and the notification of a meal
// that finished while no device was looking. The meals themselves are kept by the SDK's outbox in
// IndexedDB; this only keeps the shell (index.html and its hashed assets). API, metrics and health
// routes are never touched: they must be live or fail honestly.
const CACHE = 'fitiq-shell-v1';
const SHELL = '/';
const PASS_THROUGH = /^\/(api\/|metrics$|healthz$|readyz$|sw\.js$)/;

const assetsOf = (html) => [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);

/** Stores this index.html and the assets it names; drops assets of older builds. */
const keepShell = async (response) => {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  const assets = assetsOf(html);
  await cache.put(SHELL, response);
  await Promise.all(assets.map(async (url) => (await cache.match(url)) || cache.add(url)));
  const wanted = new Set(assets);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !wanted.has(path)) await cache.delete(request);
  }
};

self.addEventListener('install', (event) => {
  event.waitUntil(
    fetch(SHELL, { cache: 'no-store' })
      .then((response) => (response.ok ? keepShell(response) : undefined))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || PASS_THROUGH.test(url.pathname))
    return;
  if (request.mode === 'navigate') {
    // Network first: a deployed update shows at once; the cached shell only when there is no network.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) event.waitUntil(keepShell(response.clone()).catch(() => {}));
          return response;
        })
        .catch(async () => (await caches.match(SHELL)) || Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    // Hashed names: a cached asset is the right one for good.
    event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
  }
});

// ---- Web Push: a meal finished and none of the user's open apps acknowledged it in time ----------

/** Mirrors guessMealType in src/meal/meal-type.ts (this worker is a plain script, outside the bundle). */
const mealTypeAt = (date) => {
  const at = date.getHours() * 60 + date.getMinutes();
  if (at < 10 * 60 + 30) return 'Breakfast';
  if (at < 15 * 60) return 'Lunch';
  if (at < 17 * 60) return 'Snack';
  if (at < 22 * 60) return 'Dinner';
  return 'Snack';
};

const MEAL_TYPE_LABEL = { breakfast: 'Breakfast', lunch: 'Lunch', dinner: 'Dinner', snack: 'Snack' };

/** The browser-local YYYY-MM-DD of an instant: the app's day route (/day/YYYY-MM-DD). */
const localDay = (date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const shortened = (text, length) => {
  const characters = [...text.trim().replace(/\s+/g, ' ')];
  return characters.length > length ? `${characters.slice(0, length - 1).join('')}…` : characters.join('');
};

/**
 * The notification of a push message `{type, seq, meal_log: {id, status, raw_input, totals}}`. The
 * meal's type and day come from its `meal_type` and `logged_at`, which this server adds to the
 * contract's fields; without them (another server) from the time it arrives, as a meal pushed now was
 * logged just now.
 */
const mealNotification = (message, now) => {
  const meal = message.meal_log;
  const when = meal.logged_at ? new Date(meal.logged_at) : now;
  const data = { url: `/day/${localDay(Number.isNaN(when.getTime()) ? now : when)}` };
  const options = { tag: `meal-${meal.id}`, icon: '/icons/icon-192.png', timestamp: now.getTime(), data };
  if (meal.status === 'failed' || !meal.totals) {
    return {
      title: `Couldn't read '${shortened(meal.raw_input, 40)}': tap to fix`,
      options: { ...options, body: 'Rewrite it, or add the foods yourself.' },
    };
  }
  const type = MEAL_TYPE_LABEL[meal.meal_type] ?? mealTypeAt(when);
  const calories = Math.round(meal.totals.calories).toLocaleString('en');
  const protein = Math.round(meal.totals.protein_g);
  return {
    title: `${type} ready: ${calories} kcal, ${protein} g protein`,
    options: { ...options, body: shortened(meal.raw_input, 120) },
  };
};

const readMessage = (event) => {
  try {
    const message = event.data?.json();
    return message?.meal_log?.id && typeof message.meal_log.raw_input === 'string' ? message : null;
  } catch {
    return null;
  }
};

self.addEventListener('push', (event) => {
  const message = readMessage(event);
  // Every push shows a notification: a browser withdraws the subscription of a site that stays silent
  // (Safari after a few), and waitUntil keeps the worker alive until it is shown.
  const { title, options } = message
    ? mealNotification(message, new Date())
    : {
        title: 'FitIQ',
        options: { body: 'A meal is ready.', icon: '/icons/icon-192.png', data: { url: '/' } },
      };
  event.waitUntil(self.registration.showNotification(title, options));
});

/** Shows `path` in an open window of the app (its router moves there, no reload), else opens one. */
const openInApp = async (path) => {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (!open) return self.clients.openWindow(path);
  open.postMessage({ type: 'fitiq.open', path });
  // Focus is allowed only while handling a real click; the window has moved to the day either way.
  return open.focus().catch(() => open);
};

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const path = event.notification.data?.url ?? '/';
  event.waitUntil(openInApp(path));
});

// A push service may replace a subscription (expiry, key rotation). Subscribing again with the same
// key keeps notifications coming; the app tells the server the new endpoint the next time it opens,
// since only the app holds the session.
self.addEventListener('pushsubscriptionchange', (event) => {
  const key = event.oldSubscription?.options?.applicationServerKey;
  if (event.newSubscription || !key) return;
  event.waitUntil(
    self.registration.pushManager
      .subscribe({ userVisibleOnly: true, applicationServerKey: key })
      .catch(() => {}),
  );
});
