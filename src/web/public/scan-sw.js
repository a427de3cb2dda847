/*
 * Huiwu scanner service worker (scope /scan/): keeps the app shell so the check-in scanner reopens without a network.
 * Pages under /scan/ are fetched from the network first and fall back to the kept index.html; hashed files under /assets/
 * come from the cache first (their names change with their content). The API is never cached: the scanner keeps its own
 * data in IndexedDB. Registered by src/web/features/checkin/sw-register.ts, which posts the files the page loaded.
 */
const CACHE = 'huiwu-scan-shell-v1';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

// The page lists what it loaded: keep those, and drop files of older builds that no longer appear.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep' || !Array.isArray(data.urls)) return;
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const wanted = new Set(data.urls.map((u) => new URL(u, self.location.origin).href));
    await Promise.all([...wanted].map(async (url) => {
      const fresh = url.endsWith('/index.html');
      if (!fresh && (await cache.match(url))) return;
      try {
        const res = await fetch(url, { cache: 'no-cache' });
        if (res.ok) await cache.put(url, res);
      } catch {
        // Offline right now: kept from an earlier visit, or the next one.
      }
    }));
    for (const req of await cache.keys()) if (!wanted.has(req.url) && new URL(req.url).pathname.startsWith('/assets/')) await cache.delete(req);
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === 'navigate' && url.pathname.startsWith('/scan/')) {
    event.respondWith(fetch(req).catch(async () => (await caches.match('/index.html')) ?? Response.error()));
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(req);
      if (hit) return hit;
      const res = await fetch(req);
      if (res.ok) await cache.put(req, res.clone());
      return res;
    })());
  }
});
