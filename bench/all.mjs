// Per-article wasm latency of every operation, in Node and in headless
// Chromium, in one run: `node bench/all.mjs [N]` after ./scripts/build.sh
// (`--node` or `--browser` for one of them). Median over the first N (default:
// all) BBC articles of ../shared/data/summ_bbc.jsonl after a warm-up, plus
// extract() and summarizeHtml() on the Readability test pages. Each timing
// covers the whole call, string in and JS objects out. Quote medians; compare
// ratios within one run (the machine is shared).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DATA = `${ROOT}../shared/data/`;
if (!existsSync(`${DATA}summ_bbc.jsonl`)) {
  console.log('../shared/data not found: benchmark skipped');
  process.exit(0);
}
if (!existsSync(`${ROOT}pkg/lede_bg.wasm`)) {
  console.error('pkg/lede_bg.wasm not found: run ./scripts/build.sh first');
  process.exit(1);
}

// Self-contained, so that the page can run its source too. Chromium coarsens
// performance.now() (100 µs without cross-origin isolation), so each input is
// timed over `reps` calls.
function measure(lede, docs, pages, reps) {
  const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };
  const per = (inputs, fn, r) => {
    for (const x of inputs.slice(0, 30)) fn(x);
    const times = [];
    for (const x of inputs) {
      const t = performance.now();
      for (let i = 0; i < r; i++) fn(x);
      times.push((performance.now() - t) / r);
    }
    return median(times);
  };
  const guard = (fn) => (x) => { try { fn(x); } catch { /* a page without text */ } };
  const rows = [
    ['sentences', per(docs, (t) => lede.sentences(t), reps)],
    ['summarize (default)', per(docs, (t) => lede.summarize(t), reps)],
    ['entities', per(docs, (t) => lede.entities(t), reps)],
    ['entityGroups', per(docs, (t) => lede.entityGroups(t), reps)],
    ['keyphrases', per(docs, (t) => lede.keyphrases(t), reps)],
    ['all four, as the page calls them', per(docs, (t) => {
      lede.summarize(t); lede.entities(t); lede.entityGroups(t); lede.keyphrases(t);
    }, reps)],
    ['extract (page)', per(pages, guard((h) => lede.extract(h)), 1)],
    ['summarizeHtml (page)', per(pages, guard((h) => lede.summarizeHtml(h)), 1)],
  ];
  return rows;
}

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100_000);
const only = process.argv.includes('--node') ? 'node' : process.argv.includes('--browser') ? 'browser' : null;
const docs = readFileSync(`${DATA}summ_bbc.jsonl`, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l).text);
const pages = readdirSync(`${DATA}readability-dev`).map((d) => readFileSync(`${DATA}readability-dev/${d}/source.html`, 'utf8'));
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };
const avg = docs.reduce((a, d) => a + d.length, 0) / docs.length;

const columns = [];
if (only !== 'browser') {
  console.error(`measuring in Node ${process.version}...`);
  const lede = await import(`${ROOT}pkg/lede.js`);
  lede.initSync({ module: readFileSync(`${ROOT}pkg/lede_bg.wasm`) });
  columns.push([`Node ${process.version}`, measure(lede, docs, pages, 5)]);
}
if (only !== 'node') {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('../scripts/serve.mjs');
  const { CHROMIUM_ARGS, chromiumPath } = await import('../tests/page/helpers.mjs');
  const server = await startServer({ port: 0, quiet: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    console.error(`measuring in headless Chromium ${browser.version()}...`);
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.evaluate(async ([docs, pages]) => {
      const lede = await import('/pkg/lede.js');
      await lede.default();
      Object.assign(window, { benchLede: lede, benchDocs: docs, benchPages: pages });
    }, [docs, pages]);
    const rows = await page.evaluate(`(${measure})(window.benchLede, window.benchDocs, window.benchPages, 20)`);
    columns.push([`Chromium ${browser.version()}`, rows]);
  } finally {
    await browser.close();
    server.close();
  }
}

const wasm = readFileSync(`${ROOT}pkg/lede_bg.wasm`);
const { gzipSync } = await import('node:zlib');
console.log(`${docs.length} BBC articles (mean ${(avg / 1024).toFixed(1)} KB); ${pages.length} Readability pages (median ${(median(pages.map((p) => p.length)) / 1024).toFixed(0)} KB); `
  + `lede_bg.wasm ${wasm.length} bytes, ${gzipSync(wasm, { level: 9 }).length} bytes with zlib level 9`);
console.log(`| operation, median per input | ${columns.map(([name]) => `wasm, ${name}`).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---|').join('')}`);
for (let i = 0; i < columns[0][1].length; i++) {
  console.log(`| ${columns[0][1][i][0]} | ${columns.map(([, rows]) => `${rows[i][1].toFixed(2)} ms`).join(' | ')} |`);
}
