// Times lede's wasm `extract()` in headless Chromium (Debian's, through
// playwright-core): the same pages and method as bench/extract.mjs; then
// `extractElement(document.body)` on each page rendered in a tab, the way a
// browser extension reads the page it is on. Build first
// (./scripts/build.sh), then:
//
//   node bench/extract-browser.mjs
//
// For extractElement the page's own scripts are taken out (they would call
// the network, which is closed here) and every request but lede's is
// refused, so the tab holds the page as its HTML builds it.
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath, openRendered } from '../tests/page/helpers.mjs';
import { pages } from './extract.mjs';

const RUNS = 30;

/** Runs `call` (a page function taking `arg`) RUNS times after 3 warm-ups, in the page. */
function timeIn(page, arg, call) {
  return page.evaluate(
    async ({ arg, call, runs }) => {
      const lede = await import('/pkg/lede.js');
      await lede.default();
      const fn = new Function('lede', 'arg', `return (${call})(lede, arg)`);
      for (let i = 0; i < 3; i++) fn(lede, arg);
      const ms = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        fn(lede, arg);
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      return { median: ms[runs >> 1], p10: ms[Math.floor(runs / 10)], p90: ms[Math.floor((runs * 9) / 10)] };
    },
    { arg, call: call.toString(), runs: RUNS },
  );
}

const row = (name, kb, t) =>
  `| ${name} | ${kb} | ${t.median.toFixed(1)} ms | ${t.p10.toFixed(1)} | ${t.p90.toFixed(1)} |`;

const server = await startServer({ port: 0, quiet: true });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const version = await browser.version();
  // The bench's tabs have no CSP (new Function is for the harness only).
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  console.log(`lede extract(html) in wasm, Chromium ${version} (headless)`);
  console.log('| page | size | median | p10 | p90 |');
  console.log('|---|---|---|---|---|');
  const list = pages();
  for (const [name, html] of list) {
    const t = await timeIn(page, html, (lede, html) => lede.extract(html));
    console.log(row(name, `${Math.round(Buffer.byteLength(html) / 1024)} KB`, t));
  }

  console.log();
  console.log(`lede extractElement(document.body) on the rendered page, Chromium ${version} (headless)`);
  console.log('| page | elements | median | p10 | p90 |');
  console.log('|---|---|---|---|---|');
  // A context of its own: the page's service worker (registered by the tab
  // above) would answer the requests that openRendered's route must serve.
  const tabs = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
  for (const [name, html] of list) {
    const tab = await openRendered(tabs, base, html);
    const elements = await tab.evaluate(() => document.body.getElementsByTagName('*').length);
    const t = await timeIn(tab, null, (lede) => lede.extractElement(document.body));
    console.log(row(name, elements.toLocaleString('en'), t));
    await tab.close();
  }
} finally {
  await browser.close();
  await new Promise((r) => server.close(r));
}
