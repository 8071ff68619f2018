// The service worker: keeps a copy of the page's own files so lede works
// offline once it has been loaded. Network first (so a rebuilt page shows at
// once), the cache when the network is gone. It never touches other origins.
const CACHE = 'lede-v1';
const FILES = [
  './', 'index.html', 'style.css', 'main.js', 'render.js', 'lede-client.js', 'worker.js',
  'favicon.svg', 'pkg/lede.js', 'pkg/lede_bg.wasm', 'samples/sample-article.txt',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(event.request);
      if (response.ok) cache.put(event.request, response.clone());
      return response;
    } catch (err) {
      const cached = await cache.match(event.request, { ignoreSearch: true });
      if (cached) return cached;
      throw err;
    }
  })());
});
