// The service worker: keeps a copy of the page's own files so lede starts
// at once from the cache and works offline once it has been loaded. The
// page's files are served from the cache; after each page load the network
// copies are fetched in the background, and when any has changed the new set
// is kept aside whole and served from the next page load on (never a mix of
// old and new files within one load: the glue and the wasm must match).
// Other files of our origin go network first, the cache when the network is
// gone. It never touches other origins.
const CACHE = 'lede-v1';
/** A complete newer copy of FILES, waiting for the next page load. */
const NEXT = 'lede-next';
const FILES = [
  './', 'index.html', 'style.css', 'main.js', 'render.js', 'lede-client.js', 'worker.js',
  'favicon.svg', 'pkg/lede.js', 'pkg/lede_bg.wasm', 'samples/sample-article.txt',
];
const URLS = new Set(FILES.map((f) => new URL(f, self.location.href).href));

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
  const navigate = event.request.mode === 'navigate';
  const path = new URL(url.pathname, url).href;
  if (!URLS.has(navigate ? path : url.href)) {
    event.respondWith(networkFirst(event.request));
    return;
  }
  event.respondWith((async () => {
    if (navigate) await promote();
    const cache = await caches.open(CACHE);
    const cached = await cache.match(navigate ? path : event.request);
    if (navigate) event.waitUntil(refresh());
    return cached ?? networkFirst(event.request);
  })());
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (err) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw err;
  }
}

/** Between page loads: a complete newer set, if one is waiting, becomes the one served. */
async function promote() {
  if (!(await caches.has(NEXT))) return;
  const next = await caches.open(NEXT);
  const fresh = await Promise.all(FILES.map((f) => next.match(f)));
  if (fresh.every(Boolean)) {
    const cache = await caches.open(CACHE);
    await Promise.all(FILES.map((f, i) => cache.put(f, fresh[i])));
  }
  await caches.delete(NEXT);
}

/** Fetches every file; when one differs from the cached copy, keeps the whole new set in NEXT. */
async function refresh() {
  try {
    const cache = await caches.open(CACHE);
    const fresh = await Promise.all(FILES.map((f) => fetch(f, { cache: 'no-cache' })));
    if (!fresh.every((r) => r.ok)) return;
    let changed = false;
    for (const [i, f] of FILES.entries()) {
      const old = await cache.match(f);
      if (!old || !same(await old.arrayBuffer(), await fresh[i].clone().arrayBuffer())) {
        changed = true;
        break;
      }
    }
    if (!changed) return;
    await caches.delete(NEXT);
    const next = await caches.open(NEXT);
    await Promise.all(FILES.map((f, i) => next.put(f, fresh[i])));
  } catch {
    // Offline or a partial answer: keep serving the cached set.
  }
}

function same(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
