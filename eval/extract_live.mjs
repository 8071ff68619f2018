// Runs lede's extractElement(document.body) on each page of a folder of
// NAME/source.html, rendered in headless Chromium (Debian's, through
// playwright-core), the way the browser extension reads the page it is on.
// Prints one JSON line per page: {"id", "text", "title"}. Called by
// `python3 eval/extract.py --live`; needs ./scripts/build.sh first.
//
//   node eval/extract_live.mjs DATA_DIR
//
// The page's scripts are taken out (they would reach for the network,
// which is closed) and every request but lede's own is refused, so the tab
// holds the page as its HTML and style sheets build it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath, openRendered } from '../tests/page/helpers.mjs';

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error('usage: node eval/extract_live.mjs DATA_DIR (a folder of NAME/source.html)');
  process.exit(2);
}
const server = await startServer({ port: 0, quiet: true });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
  for (const id of readdirSync(dir).sort()) {
    const file = join(dir, id, 'source.html');
    if (!existsSync(file)) continue;
    let result = { id, text: '', title: null };
    let tab = null;
    try {
      tab = await openRendered(context, base, readFileSync(file, 'utf8'));
      const got = await tab.evaluate(async () => {
        const lede = await import('/pkg/lede.js');
        await lede.default();
        try {
          const a = lede.extractElement(document.body);
          return { text: a.text, title: a.title };
        } catch (e) {
          return { text: '', title: null, error: `${e.code ?? ''} ${e.message}` };
        }
      });
      result = { id, ...got };
    } catch (err) {
      result.error = err.message;
    }
    if (result.error) process.stderr.write(`${id}: ${result.error}\n`);
    process.stdout.write(JSON.stringify(result) + '\n');
    await tab?.close();
  }
} finally {
  await browser.close();
  await new Promise((r) => server.close(r));
}
