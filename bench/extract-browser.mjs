// Times lede's wasm `extract()` in headless Chromium (Debian's, through
// playwright-core): the same pages and method as bench/extract.mjs. Build
// first (./scripts/build.sh), then:
//
//   node bench/extract-browser.mjs
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/page/helpers.mjs';
import { pages } from './extract.mjs';

const server = await startServer({ port: 0, quiet: true });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  const version = await browser.version();
  console.log(`lede extract() in wasm, Chromium ${version} (headless)`);
  console.log('| page | size | median | p10 | p90 |');
  console.log('|---|---|---|---|---|');
  for (const [name, html] of pages()) {
    const t = await page.evaluate(async (html) => {
      const lede = await import('/pkg/lede.js');
      await lede.default();
      const runs = 30;
      for (let i = 0; i < 3; i++) lede.extract(html);
      const ms = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        lede.extract(html);
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      return { median: ms[runs >> 1], p10: ms[Math.floor(runs / 10)], p90: ms[Math.floor((runs * 9) / 10)] };
    }, html);
    const kb = Math.round(Buffer.byteLength(html) / 1024);
    console.log(`| ${name} | ${kb} KB | ${t.median.toFixed(1)} ms | ${t.p10.toFixed(1)} | ${t.p90.toFixed(1)} |`);
  }
} finally {
  await browser.close();
  await new Promise((r) => server.close(r));
}
