// bench/compare.mjs in headless Chromium: builds of lede loaded into one
// page and timed call by call, interleaved, on the first N BBC articles.
//
//   node bench/compare-browser.mjs DIR [DIR ...] [--n N]
//
// Each DIR holds a `wasm-pack build --target web` output. Each call is
// timed over all N articles in a round (Chromium coarsens performance.now()
// to 0.1 ms, too coarse for one article); prints each build's median round
// and its ratio to the first DIR.
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const nAt = args.indexOf('--n');
const n = nAt >= 0 ? Number(args[nAt + 1]) : 300;
const dirs = args.filter((a, i) => nAt < 0 || (i !== nAt && i !== nAt + 1)).map((d) => resolve(d));
const bbc = fileURLToPath(new URL('../../shared/data/summ_bbc.jsonl', import.meta.url));
if (dirs.length === 0 || !existsSync(bbc)) {
  console.error('usage: node bench/compare-browser.mjs DIR [DIR ...] [--n N]  (needs ../shared/data)');
  process.exit(2);
}
const docs = readFileSync(bbc, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l).text);
const { chromium } = await import('playwright-core');
const { startServer } = await import('../scripts/serve.mjs');
const { CHROMIUM_ARGS, chromiumPath } = await import('../tests/page/helpers.mjs');
const page0 = mkdtempSync(join(tmpdir(), 'lede-cmp-'));
writeFileSync(join(page0, 'index.html'), '<!doctype html><meta charset="utf-8"><title>compare</title>');
const mounts = [{ prefix: '/bench/', root: page0, csp: null }, ...dirs.map((root, i) => ({ prefix: `/b${i}/`, root, csp: null }))];
const server = await startServer({ port: 0, quiet: true, mounts });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/`);
  const rows = await page.evaluate(async ([count, docs]) => {
    const builds = [];
    for (let i = 0; i < count; i++) {
      const lede = await import(`/b${i}/lede.js`);
      await lede.default();
      builds.push(lede);
    }
    const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
    const out = [];
    for (const name of ['sentences', 'entities', 'keyphrases', 'summarize', 'analyze']) {
      const times = builds.map(() => []);
      for (let r = 0; r < 15; r++) {
        builds.forEach((l, i) => {
          const t = performance.now();
          for (const d of docs) l[name](d);
          times[i].push(performance.now() - t);
        });
      }
      out.push([name, times.map((t) => median(t.slice(2)))]);
    }
    return out;
  }, [dirs.length, docs]);
  console.log(`headless Chromium ${browser.version()}; ${docs.length} BBC articles per round, median of 13 rounds; ratio = first build / this build`);
  console.log(`| call | ${dirs.map((_, i) => `build ${i + 1}`).join(' | ')} |`);
  console.log(`|---|${dirs.map(() => '---').join('|')}|`);
  for (const [name, ms] of rows) {
    console.log(`| ${name} | ${ms.map((m, i) => (i === 0 ? `${m.toFixed(1)} ms` : `${m.toFixed(1)} ms (${(ms[0] / m).toFixed(2)}x)`)).join(' | ')} |`);
  }
  dirs.forEach((d, i) => console.log(`build ${i + 1}: ${d}`));
} finally {
  await browser.close();
  server.close();
  rmSync(page0, { recursive: true, force: true });
}
