// Per-article wasm latency of every text operation, in Node:
// `node bench/all.mjs [N]` after ./scripts/build.sh. Median over the first N
// (default: all) BBC articles of ../shared/data/summ_bbc.jsonl after a warm-up,
// plus extract() on the Readability test pages. Quote medians; compare
// ratios within one run (the machine is shared).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DATA = `${ROOT}../shared/data/`;
if (!existsSync(`${DATA}summ_bbc.jsonl`)) {
  console.log('../shared/data not found: benchmark skipped');
  process.exit(0);
}
const lede = await import(`${ROOT}pkg/lede.js`);
lede.initSync({ module: readFileSync(`${ROOT}pkg/lede_bg.wasm`) });

const n = Number(process.argv[2] ?? 100_000);
const docs = readFileSync(`${DATA}summ_bbc.jsonl`, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l).text);
const pages = readdirSync(`${DATA}readability-dev`).map((d) => readFileSync(`${DATA}readability-dev/${d}/source.html`, 'utf8'));
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };

function per(inputs, fn, reps = 1) {
  for (const x of inputs.slice(0, 30)) fn(x);
  const times = [];
  for (const x of inputs) {
    const t = performance.now();
    for (let r = 0; r < reps; r++) fn(x);
    times.push((performance.now() - t) / reps);
  }
  return median(times);
}

const ops = {
  sentences: (t) => lede.sentences(t),
  'summarize (default)': (t) => lede.summarize(t),
  entities: (t) => lede.entities(t),
  entityGroups: (t) => lede.entityGroups(t),
  keyphrases: (t) => lede.keyphrases(t),
};
const avg = docs.reduce((a, d) => a + d.length, 0) / docs.length;
console.log(`wasm in Node ${process.version}; ${docs.length} BBC articles, mean ${(avg / 1024).toFixed(1)} KB`);
console.log('| operation | median per article |');
console.log('|---|---|');
for (const [name, fn] of Object.entries(ops)) console.log(`| ${name} | ${per(docs, fn, 5).toFixed(3)} ms |`);
console.log(`| extract (${pages.length} Readability pages, median ${(median(pages.map((p) => p.length)) / 1024).toFixed(0)} KB) | ${per(pages, (h) => { try { lede.extract(h); } catch { /* pages without text */ } }).toFixed(3)} ms |`);
