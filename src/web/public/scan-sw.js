/*
 * Huiwu scanner service worker (scope /scan/): keeps the app shell so the check-in scanner reopens without a network.
 * Pages under /scan/ are fetched from the network first and fall back to the kept index.html; hashed files under /assets/
 * come from the cache first (their names change with their content). The API is not cached (the scanner keeps its data in
 * IndexedDB) except participants' ID photos, so the identity check still shows faces offline: the page posts the photos of the
 * meeting it scans for, they are fetched ahead, and a photo is served from the network first and from the cache when offline.
 * Registered by src/web/features/checkin/sw-register.ts, which posts the files the page loaded and the photos to keep.
 */
const CACHE = 'huiwu-scan-shell-v1';
const PHOTOS = 'huiwu-scan-photos-v1';
/** At most this many photos are fetched ahead per meeting (a phone's storage is not the server's). */
const MAX_PHOTOS = 3000;
const PHOTO_PATH = /^\/api\/meetings\/([^/]+)\/checkin\/photos\/[^/]+$/;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE && key !== PHOTOS) await caches.delete(key);
    await self.clients.claim();
  })());
});

// The page lists the photos of a meeting's participants: fetch those not kept yet, and drop that meeting's photos no longer listed.
async function keepPhotos(meetingId, urls) {
  const cache = await caches.open(PHOTOS);
  const wanted = new Set(urls.slice(0, MAX_PHOTOS).map((u) => new URL(u, self.location.origin).href));
  for (const req of await cache.keys()) {
    const m = PHOTO_PATH.exec(new URL(req.url).pathname);
    if (m && m[1] === meetingId && !wanted.has(req.url)) await cache.delete(req);
  }
  for (const url of wanted) {
    if (await cache.match(url)) continue;
    try {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (res.ok) await cache.put(url, res);
    } catch {
      return; // Offline: the rest come with the next bundle.
    }
  }
}

// The page lists what it loaded: keep those, and drop files of older builds that no longer appear.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && data.type === 'photos' && typeof data.meetingId === 'string' && Array.isArray(data.urls)) {
    event.waitUntil(keepPhotos(data.meetingId, data.urls));
    return;
  }
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
  if (PHOTO_PATH.test(url.pathname)) {
    event.respondWith((async () => {
      const cache = await caches.open(PHOTOS);
      try {
        const res = await fetch(req);
        if (res.ok) await cache.put(req.url, res.clone());
        else if (res.status === 404) await cache.delete(req.url);
        return res;
      } catch {
        return (await cache.match(req.url)) ?? Response.error();
      }
    })());
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
