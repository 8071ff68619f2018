// The extension's work on a rendered page, before and after marks were
// limited to the extracted Article: the old way (entityGroups for the popup,
// then highlightElement on the article landmark, recognising entities a
// second time) against the new one (one entityGroups, then dom-marks.js
// finds the Article's blocks in the page and wraps sentences and mentions).
// Median of 7 runs per page, in headless Chromium; needs ./scripts/build.sh.
//
//   node bench/extension-marks.mjs wikipedia-2 nytimes-1 guardian-1 toc-missing
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath, openRendered, SHARED } from '../tests/page/helpers.mjs';
const server = await startServer({ port: 0, quiet: true });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
for (const id of process.argv.slice(2)) {
  const html = readFileSync(`${SHARED}data/readability-dev/${id}/source.html`, 'utf8');
  const times = { old: [], now: [] };
  const marking = { old: [], now: [] };
  for (let run = 0; run < 7; run++) {
    for (const way of ['old', 'now']) {
      const tab = await openRendered(context, base, html);
      await tab.route(`${base}/extension/**`, (r) => r.continue());
      const ms = await tab.evaluate(async (w) => {
        const lede = await import('/pkg/lede.js');
        await lede.default();
        const { collectText, locateArticle, wrapRanges } = await import('/extension/dom-marks.js');
        const t0 = performance.now();
        const a = lede.extractElement(document.body);
        const s = lede.summarize(a.text, {});
        let t1;
        if (w === 'old') {
          lede.entityGroups(a.text);
          t1 = performance.now();
          lede.highlightElement(document.querySelector('article, main, [role="main"]') ?? document.body);
        } else {
          const groups = lede.entityGroups(a.text);
          t1 = performance.now();
          const c = collectText(document.body);
          const loc = locateArticle(c, a);
          wrapRanges(c, s.summary.flatMap((x, index) => loc.map(x.start, x.end).map((r) => ({ ...r, index }))), () => document.createElement('mark'));
          const c2 = collectText(document.body, c.skipped);
          const ents = groups.flatMap((g) => g.mentions).flatMap((m) => loc.map(m.start, m.end));
          wrapRanges(c2, ents, () => document.createElement('mark'));
        }
        return [performance.now() - t0, performance.now() - t1];
      }, way);
      times[way].push(ms[0]);
      marking[way].push(ms[1]);
      await tab.close();
    }
  }
  const med = (v) => v.sort((a, b) => a - b)[v.length >> 1].toFixed(1);
  console.log(`${id}\tall: old ${med(times.old)} ms, new ${med(times.now)} ms\tmarking only: old highlightElement ${med(marking.old)} ms, new locate+wrap ${med(marking.now)} ms`);
}
await browser.close(); server.close();
