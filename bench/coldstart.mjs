// Cold start in headless Chromium: how long until a reader sees a summary.
//
//   ./scripts/build.sh && node bench/coldstart.mjs [RUNS]
//
// 1. init() to the first summarize() result: a fresh tab with an empty cache
//    imports pkg/lede.js, awaits init() (fetch + compile + instantiate the
//    wasm) and summarizes the page's sample article.
// 2. Navigation to the first summary on screen: the page is opened and
//    "Try a sample" pressed as soon as it works (at DOMContentLoaded, when
//    the page's module has run); the time is read from the page's own clock
//    (0 = navigation start) when the first summary sentence is in the DOM. "cold": a new browser profile (nothing cached, no service
//    worker); "warm": the same profile reloaded after the service worker has
//    cached the page and the wasm.
// Medians over RUNS (default 15) fresh contexts.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/page/helpers.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
if (!existsSync(`${ROOT}www/pkg/lede_bg.wasm`)) {
  console.error('www/pkg/lede_bg.wasm not found: run ./scripts/build.sh first');
  process.exit(1);
}
const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 15);
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };
const sample = readFileSync(`${ROOT}www/samples/sample-article.txt`, 'utf8');

// Records, on the page's clock, when the first summary sentence appears.
const WATCH = () => {
  new MutationObserver((_, obs) => {
    if (document.querySelector('#summary li')) {
      window.__firstSummaryMs = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

const server = await startServer({ port: 0, quiet: true });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const initToSummary = [];
const initOnly = [];
const firstCall = [];
const cold = [];
const warm = [];

async function firstSummary(page) {
  await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' }); // main.js has run: the button works
  await page.click('#sample');
  await page.waitForFunction(() => window.__firstSummaryMs !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => window.__firstSummaryMs);
}

try {
  console.error(`Chromium ${browser.version()}, ${runs} runs each...`);
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A blank page of the same origin without the app: only lede is loaded.
    await page.goto(`${base}/pkg/lede.d.ts`);
    const [a, b, c] = await page.evaluate(async (text) => {
      const t0 = performance.now();
      const lede = await import('/pkg/lede.js');
      await lede.default();
      const t1 = performance.now();
      lede.summarize(text);
      const t2 = performance.now();
      return [t1 - t0, t2 - t1, t2 - t0];
    }, sample);
    initOnly.push(a);
    firstCall.push(b);
    initToSummary.push(c);
    await context.close();
  }
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    cold.push(await firstSummary(page));
    // Wait until the service worker controls the page, so the next load is warm.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
    warm.push(await firstSummary(page));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const wasm = readFileSync(`${ROOT}www/pkg/lede_bg.wasm`);
console.log('command: node bench/coldstart.mjs', runs);
console.log(`headless Chromium, lede_bg.wasm ${wasm.length} bytes, ${runs} fresh contexts each, medians\n`);
console.log('| from | to | median | min | max |');
console.log('|---|---|---|---|---|');
const row = (from, to, v) => console.log(`| ${from} | ${to} | ${median(v).toFixed(1)} ms | ${Math.min(...v).toFixed(1)} ms | ${Math.max(...v).toFixed(1)} ms |`);
row('`import` + `init()` (empty cache)', 'module ready', initOnly);
row('`init()` resolved', 'first `summarize()` result (the sample)', firstCall);
row('`import` + `init()` (empty cache)', 'first `summarize()` result', initToSummary);
row('navigation, cold (new profile)', 'first summary on screen ("Try a sample" pressed at once)', cold);
row('navigation, warm (service worker cache)', 'first summary on screen', warm);
