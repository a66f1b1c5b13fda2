// FitIQ's service worker: just enough to open the app with no network. The meals themselves are kept
// by the SDK's outbox in IndexedDB; this only keeps the shell (index.html and its hashed assets).
// API, metrics and health routes are never touched: they must be live or fail honestly.
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
