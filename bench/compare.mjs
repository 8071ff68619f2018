// Compares builds of lede in one Node process, interleaved call by call, so
// that a noisy machine slows them all alike: the way to quote a speed-up.
//
//   node bench/compare.mjs DIR [DIR ...]
//
// Each DIR holds a `wasm-pack build --target web` output (lede.js and
// lede_bg.wasm), e.g. pkg/ of this checkout and of a `git worktree` of an
// older commit. Times extract() on the pages of bench/extract.mjs and
// summarize(), entities(), keyphrases() and analyze() (when every build has
// it) on the first 300 BBC articles (when ../shared is present). Prints
// each build's median and its ratio to the first DIR.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { pages } from './extract.mjs';

const dirs = process.argv.slice(2).map((d) => resolve(d));
if (dirs.length === 0) {
  console.error('usage: node bench/compare.mjs DIR [DIR ...]  (each with lede.js and lede_bg.wasm)');
  process.exit(2);
}
const builds = [];
for (const dir of dirs) {
  for (const f of ['lede.js', 'lede_bg.wasm']) {
    if (!existsSync(`${dir}/${f}`)) {
      console.error(`${dir}/${f} not found: build it with ./scripts/build.sh (or wasm-pack build --target web)`);
      process.exit(1);
    }
  }
  const lede = await import(`${dir}/lede.js?${builds.length}`);
  lede.initSync({ module: readFileSync(`${dir}/lede_bg.wasm`) });
  const bytes = readFileSync(`${dir}/lede_bg.wasm`).length;
  builds.push({ dir, lede, bytes });
}

const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];

/** Median ms of `fn(lede)` per build, calls interleaved round by round. */
function race(fn, rounds) {
  for (const b of builds) for (let i = 0; i < 3; i++) fn(b.lede);
  const times = builds.map(() => []);
  for (let r = 0; r < rounds; r++) {
    builds.forEach((b, i) => {
      const t = performance.now();
      fn(b.lede);
      times[i].push(performance.now() - t);
    });
  }
  return times.map(median);
}

const rows = [];
for (const [name, html] of pages()) {
  rows.push([`extract: ${name}`, race((l) => l.extract(html), 40)]);
}
const bbc = fileURLToPath(new URL('../../shared/data/summ_bbc.jsonl', import.meta.url));
if (existsSync(bbc)) {
  const docs = readFileSync(bbc, 'utf8').trim().split('\n').slice(0, 300).map((l) => JSON.parse(l).text);
  rows.push(['summarize: 300 BBC articles', race((l) => docs.forEach((d) => l.summarize(d)), 15)]);
  rows.push(['entities: 300 BBC articles', race((l) => docs.forEach((d) => l.entities(d)), 15)]);
  rows.push(['keyphrases: 300 BBC articles', race((l) => docs.forEach((d) => l.keyphrases(d)), 15)]);
  // The combined call, when every build has it (it is newer than some baselines).
  if (builds.every((b) => typeof b.lede.analyze === 'function')) {
    rows.push(['analyze: 300 BBC articles', race((l) => docs.forEach((d) => l.analyze(d)), 15)]);
  }
}

console.log(`Node ${process.version}; medians, builds interleaved; ratio = first build / this build`);
console.log(`| what | ${builds.map((b, i) => `build ${i + 1}`).join(' | ')} |`);
console.log(`|---|${builds.map(() => '---').join('|')}|`);
for (const [name, ms] of rows) {
  const cells = ms.map((m, i) => (i === 0 ? `${m.toFixed(2)} ms` : `${m.toFixed(2)} ms (${(ms[0] / m).toFixed(2)}x)`));
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
builds.forEach((b, i) => console.log(`build ${i + 1}: ${b.dir} (${b.bytes} bytes)`));
