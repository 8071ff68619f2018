// wasm speed in headless Chromium: `node bench/browser.mjs` after
// ./scripts/build.sh. Serves www/ (with www/pkg/), opens it in Debian's
// Chromium through playwright-core and runs bench/workload.mjs in the page.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/page/helpers.mjs';
import { workload, table, loadDocs } from './workload.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const data = `${ROOT}../shared/data/summ_bbc.jsonl`;
if (!existsSync(data)) {
  console.log('../shared/data/summ_bbc.jsonl not found: benchmark skipped');
  process.exit(0);
}
const docs = await loadDocs(data);
const server = await startServer({ port: 0, quiet: true });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  const version = browser.version();
  await page.evaluate(async (docs) => {
    const lede = await import('/pkg/lede.js');
    await lede.default();
    window.benchLede = lede;
    window.benchDocs = docs;
  }, docs);
  // The workload function's own source, run in the page.
  const rows = await page.evaluate(`(${workload})(window.benchLede, window.benchDocs)`);
  console.log(table(`wasm in headless Chromium ${version}`, rows));
} finally {
  await browser.close();
  server.close();
}
