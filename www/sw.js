// The service worker: keeps a copy of the page's own files so lede starts
// at once from the cache and works offline once it has been loaded. The
// page's files are served from the cache; after each page load the network
// copies are fetched in the background, and when any has changed the new set
// is kept aside whole and served from the next page load on (never a mix of
// old and new files within one load: the glue and the wasm must match).
// Other files of our origin go network first, the cache when the network is
// gone. It never touches other origins.
const CACHE = 'lede-v1';
/** Newer copies of FILES wait for the next page load in caches named NEXT + time. */
const NEXT = 'lede-next-';
const REFRESH_DELAY_MS = 3000;
const FILES = [
  './', 'index.html', 'style.css', 'main.js', 'render.js', 'lede-client.js', 'worker.js',
  'analysis.js', 'favicon.svg', 'pkg/lede.js', 'pkg/lede_bg.wasm', 'samples/sample-article.txt',
];
const URLS = new Set(FILES.map((f) => new URL(f, self.location.href).href));
let served = null;
/** The cache pages are served from, opened once per service-worker start. */
function cache() {
  served ??= caches.open(CACHE);
  return served;
}

self.addEventListener('install', (event) => {
  event.waitUntil(cache().then((files) => files.addAll(FILES)).then(() => self.skipWaiting()));
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
    const cached = await (await cache()).match(navigate ? path : event.request);
    if (navigate) event.waitUntil(refresh());
    return cached ?? networkFirst(event.request);
  })());
});

async function networkFirst(request) {
  const files = await cache();
  try {
    const response = await fetch(request);
    if (response.ok) await files.put(request, response.clone());
    return response;
  } catch (err) {
    const cached = await files.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw err;
  }
}

/** Between page loads: the newest complete set waiting, if any, becomes the one served. */
async function promote() {
  const waiting = (await caches.keys()).filter((k) => k.startsWith(NEXT)).sort().reverse();
  for (const [i, name] of waiting.entries()) {
    const fresh = await Promise.all(FILES.map(async (f) => (await caches.open(name)).match(f)));
    // A set still being written is left for a later load.
    if (!fresh.every(Boolean)) continue;
    const files = await cache();
    await Promise.all(FILES.map((f, j) => files.put(f, fresh[j])));
    for (const old of waiting.slice(i)) await caches.delete(old);
    return;
  }
}

/**
 * Once the page has loaded (a few seconds on, so that it never competes
 * with the page's own requests), fetches every file; when one differs from
 * the cached copy, keeps the whole new set in NEXT.
 */
async function refresh() {
  await new Promise((resolve) => setTimeout(resolve, REFRESH_DELAY_MS));
  try {
    const files = await cache();
    const fresh = await Promise.all(FILES.map((f) => fetch(f, { cache: 'no-cache' })));
    if (!fresh.every((r) => r.ok)) return;
    let changed = false;
    for (const [i, f] of FILES.entries()) {
      const old = await files.match(f);
      if (!old || !(await same(old, fresh[i].clone()))) {
        changed = true;
        break;
      }
    }
    if (!changed) return;
    const next = await caches.open(`${NEXT}${String(Date.now()).padStart(15, '0')}`);
    await Promise.all(FILES.map((f, i) => next.put(f, fresh[i])));
  } catch {
    // Offline or a partial answer: keep serving the cached set.
  }
}

/** True when the two responses have the same body (compared by SHA-256). */
async function same(a, b) {
  const [x, y] = await Promise.all([a, b].map(async (r) => new Uint8Array(await crypto.subtle.digest('SHA-256', await r.arrayBuffer()))));
  return x.every((byte, i) => byte === y[i]);
}
