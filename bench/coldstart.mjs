// Cold start in headless Chromium: how long until a reader sees a summary.
//
//   ./scripts/build.sh && node bench/coldstart.mjs [RUNS] [--old DIR]
//
// 1. init() to the first summarize() result: a fresh tab with an empty cache
//    imports pkg/lede.js, awaits init() (fetch + compile + instantiate the
//    wasm) and summarizes the page's sample article, then summarizes it
//    again (the steady cost, for comparison).
// 2. Navigation to the first summary on screen: the page is opened and
//    "Try a sample" pressed at once (clicked by the page itself at
//    DOMContentLoaded, when the page's module has run, so no test-driver
//    round trip is counted); the time is read from the page's own clock
//    (0 = navigation start) when the first summary sentence is in the DOM.
//    "cold": a new browser profile (nothing cached, no service worker);
//    "idle": a new profile, the sample pressed 1 s after the page is ready
//    (a reader who pastes), timed from the press;
//    "warm": the same profile loaded again once the service worker has
//    cached the page and the wasm. The stages come from the page's and the
//    worker's performance marks and resource timings, all on the page's
//    clock (a build without the marks shows "–"). The first `analyze` runs
//    in the worker or, while the worker is still starting, in the page: a
//    row of the other one shows "–" when every run took the same path.
//
// --old DIR: a www/ directory of another build (with its pkg/), measured in
// the same run, context by context alternately, so a noisy machine slows
// both alike. Medians over RUNS (default 15) fresh contexts per build.
// --js-flags=FLAGS is passed to Chromium (V8), e.g.
// --js-flags=--no-wasm-lazy-compilation to see what lazy compilation costs.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/page/helpers.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const oldAt = args.indexOf('--old');
const oldDir = oldAt >= 0 ? resolve(args[oldAt + 1]) : null;
const runs = Number(args.find((a, i) => /^\d+$/.test(a) && i !== oldAt + 1) ?? 15);
const jsFlags = args.filter((a) => a.startsWith('--js-flags='));
const dirs = [[oldDir ? 'new' : 'this build', `${ROOT}www`]];
if (oldDir) dirs.unshift(['old', oldDir]);
for (const [, dir] of dirs) {
  if (!existsSync(`${dir}/pkg/lede_bg.wasm`)) {
    console.error(`${dir}/pkg/lede_bg.wasm not found: run ./scripts/build.sh first`);
    process.exit(1);
  }
}
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };
const sample = readFileSync(`${ROOT}www/samples/sample-article.txt`, 'utf8');

// Presses "Try a sample" as soon as the page's module has run (unless
// `atOnce` is false), and records, on the page's clock, when the first
// summary sentence appears.
const WATCH = (atOnce = true) => {
  if (atOnce) addEventListener('DOMContentLoaded', () => document.querySelector('#sample')?.click());
  new MutationObserver((_, obs) => {
    if (document.querySelector('#summary li')) {
      window.__firstSummaryMs = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...jsFlags] });
const builds = [];
for (const [name, root] of dirs) {
  const server = await startServer({ port: 0, quiet: true, root });
  builds.push({
    name, root, server, base: `http://127.0.0.1:${server.address().port}`,
    bytes: readFileSync(`${root}/pkg/lede_bg.wasm`).length,
    init: [], first: [], second: [], initToSummary: [], cold: {}, warm: {}, idle: [],
  });
}
const push = (into, key, v) => { if (Number.isFinite(v)) (into[key] ??= []).push(v); };

/** Loads the page in `page` and returns its stages (ms on the page's clock). */
async function firstSummary(page, base) {
  const workerReady = new Promise((r) => page.once('worker', r));
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.__firstSummaryMs !== undefined, null, { timeout: 30_000 });
  const p = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    const mark = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime;
    const res = (end) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(end))?.responseEnd;
    return {
      origin: performance.timeOrigin,
      html: nav.responseEnd,
      dcl: nav.domContentLoadedEventStart,
      mainJs: res('/main.js'),
      sample: mark('lede:sample-loaded'),
      hereStart: mark('lede:page-analyze-start'),
      hereEnd: mark('lede:page-analyze-end'),
      result: mark('lede:first-result'),
      onScreen: window.__firstSummaryMs,
    };
  });
  const w = await (await workerReady).evaluate(() => {
    const mark = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime;
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    return {
      origin: performance.timeOrigin,
      wasmFetched: wasm?.responseEnd,
      ready: mark('lede:wasm-ready'),
      start: mark('lede:first-analyze-start'),
      end: mark('lede:first-analyze-end'),
    };
  });
  const at = (t) => (t === undefined ? undefined : t + w.origin - p.origin);
  return {
    html: p.html, mainJs: p.mainJs, dcl: p.dcl, workerStart: w.origin - p.origin,
    wasmFetched: at(w.wasmFetched), ready: at(w.ready), sample: p.sample,
    analyzeStart: at(w.start), analyzeEnd: at(w.end), result: p.result, onScreen: p.onScreen,
    analyzeMs: w.end - w.start, hereStart: p.hereStart, hereMs: p.hereEnd - p.hereStart,
  };
}

try {
  console.error(`Chromium ${browser.version()}, ${runs} runs each...`);
  for (let i = 0; i < runs; i++) {
    for (const b of builds) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // A blank page of the same origin without the app: only lede is loaded.
      await page.goto(`${b.base}/pkg/lede.d.ts`);
      const [a, c, d] = await page.evaluate(async (text) => {
        const t0 = performance.now();
        const lede = await import('/pkg/lede.js');
        await lede.default();
        const t1 = performance.now();
        lede.summarize(text);
        const t2 = performance.now();
        lede.summarize(text);
        const t3 = performance.now();
        return [t1 - t0, t2 - t1, t3 - t2];
      }, sample);
      b.init.push(a);
      b.first.push(c);
      b.second.push(d);
      b.initToSummary.push(a + c);
      await context.close();
    }
  }
  for (let i = 0; i < runs; i++) {
    for (const b of builds) {
      const context = await browser.newContext();
      await context.addInitScript(WATCH);
      const page = await context.newPage();
      for (const [k, v] of Object.entries(await firstSummary(page, b.base))) push(b.cold, k, v);
      // Wait until the service worker has cached every file and controls the page.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
      await page.waitForFunction(() => window.__firstSummaryMs !== undefined, null, { timeout: 30_000 });
      for (const [k, v] of Object.entries(await firstSummary(page, b.base))) push(b.warm, k, v);
      await context.close();
    }
  }
  for (let i = 0; i < runs; i++) {
    for (const b of builds) {
      const context = await browser.newContext();
      await context.addInitScript(WATCH, false);
      const page = await context.newPage();
      await page.goto(`${b.base}/`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
      await page.waitForTimeout(1000);
      const pressed = await page.evaluate(() => {
        document.querySelector('#sample').click();
        return performance.now();
      });
      await page.waitForFunction(() => window.__firstSummaryMs !== undefined, null, { timeout: 30_000 });
      b.idle.push((await page.evaluate(() => window.__firstSummaryMs)) - pressed);
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const b of builds) b.server.close();
}

const fmt = (v) => (v?.length ? `${median(v).toFixed(1)} ms` : '–');
const range = (v) => (v?.length ? `${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}` : '–');
console.log(`command: node bench/coldstart.mjs ${runs}${oldDir ? ` --old ${args[oldAt + 1]}` : ''}${jsFlags.map((f) => ` ${f}`).join('')}`);
console.log(`headless Chromium ${browser.version()}, ${runs} fresh contexts per build and row, medians (min–max)`);
for (const b of builds) console.log(`${b.name}: ${b.root}, lede_bg.wasm ${b.bytes} bytes`);
console.log(`\n| from | to | ${builds.map((b) => b.name).join(' | ')} |`);
console.log(`|---|---|${builds.map(() => '---|').join('')}`);
const row = (from, to, get) => console.log(`| ${from} | ${to} | ${builds.map((b) => `${fmt(get(b))} (${range(get(b))})`).join(' | ')} |`);
row('`import` + `init()` (empty cache)', 'module ready', (b) => b.init);
row('`init()` resolved', 'first `summarize()` result (the sample)', (b) => b.first);
row('first `summarize()` result', 'second `summarize()` result', (b) => b.second);
row('`import` + `init()` (empty cache)', 'first `summarize()` result', (b) => b.initToSummary);
for (const mode of ['cold', 'warm']) {
  const label = mode === 'cold' ? 'navigation, cold (new profile)' : 'navigation, warm (service worker cache)';
  row(label, '**first summary on screen** ("Try a sample" pressed at once)', (b) => b[mode].onScreen);
  row('…', 'HTML received', (b) => b[mode].html);
  row('…', 'main.js received', (b) => b[mode].mainJs);
  row('…', 'page module run (DOMContentLoaded)', (b) => b[mode].dcl);
  row('…', 'worker started', (b) => b[mode].workerStart);
  row('…', 'wasm received (worker)', (b) => b[mode].wasmFetched);
  row('…', 'wasm instantiated (worker)', (b) => b[mode].ready);
  row('…', 'sample text loaded (page)', (b) => b[mode].sample);
  row('…', 'first `analyze` started (worker)', (b) => b[mode].analyzeStart);
  row('…', 'first `analyze` started (page, while the worker starts)', (b) => b[mode].hereStart);
  row('…', 'result back in the page', (b) => b[mode].result);
  row('first `analyze` in the worker', 'its duration', (b) => b[mode].analyzeMs);
  row('first `analyze` in the page', 'its duration', (b) => b[mode].hereMs);
}
row('page ready and idle for 1 s, cold profile: "Try a sample" pressed', 'first summary on screen', (b) => b.idle);
