// The browser extension as a reader uses it: a page is open, the reader
// opens the popup, reads it for a moment (`--wait`, 500 ms by default) and
// presses "Summarize this page". Timed on the popup's own clock from the
// press to the summary shown (body[data-state="highlighted"]), per page, in
// headless Chromium with the unpacked extension loaded. Each run opens the
// page in a new tab, so lede is loaded into it afresh, as on a reader's
// first press on a page.
//
//   ./scripts/build-extension.sh && node bench/extension.mjs [RUNS] [--wait MS] [--old DIR] [PAGE...]
//
// PAGE: readability-dev page ids of ../shared/data (default: eight news,
// blog and reference pages). --old DIR: another build's dist/extension,
// loaded in a second browser and measured page by page alternately in the
// same run, so a noisy machine slows both alike. --strict: each page is
// served with a Content-Security-Policy that forbids WebAssembly (as many
// sites send), so lede runs in the popup on a snapshot of the page.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath, openRendered, SHARED } from '../tests/page/helpers.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const wait = Number(option('--wait', 500));
const oldDir = option('--old', null);
const strictAt = args.indexOf('--strict');
const strict = strictAt >= 0;
if (strict) args.splice(strictAt, 1);
/** The policy of tests/page/extension.test.mjs's strict pages: no 'wasm-unsafe-eval'. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const DEFAULT_PAGES = ['guardian-1', 'nytimes-1', 'lemonde-1', 'wikipedia-2', 'medium-2', 'engadget', 'aktualne', 'seattletimes-1'];
const named = args.filter((a) => !/^\d+$/.test(a));
const pages = named.length ? named : DEFAULT_PAGES;
const dataDir = `${SHARED}data/readability-dev/`;
if (!existsSync(dataDir)) {
  console.error(`${dataDir} not found: the benchmark reads third-party pages that are not in the repo`);
  process.exit(1);
}
const builds = [['new', `${ROOT}dist/extension`]];
if (oldDir) builds.unshift(['old', resolve(oldDir)]);
for (const [, dir] of builds) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`${dir}/manifest.json not found: run ./scripts/build-extension.sh first`);
    process.exit(1);
  }
}

const server = await startServer({ port: 0, quiet: true });
const base = `http://127.0.0.1:${server.address().port}`;
const profiles = [];
const loaded = [];
for (const [name, dist] of builds) {
  // As in tests/page/extension.test.mjs: a copy with host access to the
  // test server, which stands in for the reader's click granting activeTab.
  const profile = mkdtempSync(join(tmpdir(), 'lede-ext-bench-'));
  profiles.push(profile);
  const ext = join(profile, 'extension');
  cpSync(dist, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: chromiumPath(),
    headless: false, // --headless=new in CHROMIUM_ARGS runs it headless, with extensions
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  loaded.push({ name, dist, context, worker, id: new URL(worker.url()).host, times: new Map() });
}

/** One press on a fresh tab of `page`: ms from the press to the summary shown. */
async function press(b, html) {
  const tab = await openRendered(b.context, base, html, strict ? { 'content-security-policy': CSP } : {});
  // A reader's tab is on screen, laid out before the popup opens; this one
  // goes to the background when the popup opens in a tab of its own, so it
  // is laid out here, not inside the timed press.
  await tab.evaluate(() => document.body.getBoundingClientRect());
  const tabId = await b.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(-1)?.id, `${base}/test/page.html`);
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('body[data-ready="true"]');
  await popup.waitForTimeout(wait);
  const ms = await popup.evaluate(() => new Promise((done, fail) => {
    const t0 = performance.now();
    new MutationObserver((_, obs) => {
      if (document.body.dataset.state === 'highlighted') { obs.disconnect(); done(performance.now() - t0); }
      if (!document.querySelector('#error').hidden) { obs.disconnect(); fail(new Error(document.querySelector('#error').textContent)); }
    }).observe(document.body, { attributes: true, subtree: true, childList: true });
    document.querySelector('#toggle').click();
  }));
  const mode = await popup.getAttribute('body', 'data-mode');
  if (mode !== (strict ? 'popup' : 'content-script')) throw new Error(`lede ran in the ${mode}, not where this run measures it`);
  await popup.close();
  await tab.close();
  return ms;
}

try {
  console.error(`Chromium, ${runs} runs per page and build, ${wait} ms between the popup and the press...`);
  for (let run = 0; run < runs; run++) {
    for (const id of pages) {
      const html = readFileSync(join(dataDir, id, 'source.html'), 'utf8');
      for (const b of loaded) {
        if (!b.times.has(id)) b.times.set(id, []);
        b.times.get(id).push(await press(b, html));
      }
    }
  }
} finally {
  for (const b of loaded) await b.context.close();
  server.close();
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
}

const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };
console.log(`command: node bench/extension.mjs ${runs} --wait ${wait}${strict ? ' --strict' : ''}${oldDir ? ` --old ${oldDir}` : ''}${named.length ? ` ${named.join(' ')}` : ''}`);
console.log(`headless Chromium, the unpacked extension, ${runs} fresh tabs per page and build; press of "Summarize this page" to the summary shown in the popup, medians (min–max)`);
for (const b of loaded) console.log(`${b.name}: ${b.dist}`);
console.log(`\n| page | KB | ${loaded.map((b) => b.name).join(' | ')} |`);
console.log(`|---|---|${loaded.map(() => '---|').join('')}`);
const fmt = (v) => `${median(v).toFixed(0)} ms (${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)})`;
for (const id of pages) {
  const kb = (readFileSync(join(dataDir, id, 'source.html')).length / 1024).toFixed(0);
  console.log(`| ${id} | ${kb} | ${loaded.map((b) => fmt(b.times.get(id))).join(' | ')} |`);
}
console.log(`| **all pages** | | ${loaded.map((b) => fmt([...b.times.values()].flat())).join(' | ')} |`);
