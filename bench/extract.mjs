// Times lede's wasm `extract()` in Node: the synthetic 1 MB page of
// benches/extract.rs and the largest readability-dev pages (when ../shared
// is present). Build first (./scripts/build.sh), then:
//
//   node bench/extract.mjs
//
// Each figure is the median of 30 runs after 3 warm-up runs, timing the
// whole call: the string into wasm, the extraction, the Article object out.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initSync, extract } from '../pkg/lede.js';
import { syntheticPage } from './synthetic.mjs';

const root = new URL('../', import.meta.url);
initSync({ module: readFileSync(new URL('pkg/lede_bg.wasm', root)) });

export function pages() {
  const list = [['synthetic news page', syntheticPage(1 << 20)]];
  const dev = fileURLToPath(new URL('../shared/data/readability-dev/', root));
  for (const name of ['yahoo-2', 'guardian-1', 'wikipedia-2', 'nytimes-4']) {
    const path = `${dev}${name}/source.html`;
    if (existsSync(path)) list.push([`readability-dev/${name}`, readFileSync(path, 'utf8')]);
  }
  return list;
}

export function time(fn, runs = 30) {
  for (let i = 0; i < 3; i++) fn();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[runs >> 1], p10: ms[Math.floor(runs / 10)], p90: ms[Math.floor((runs * 9) / 10)] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`lede extract() in wasm, Node ${process.version}`);
  console.log('| page | size | median | p10 | p90 |');
  console.log('|---|---|---|---|---|');
  for (const [name, html] of pages()) {
    const t = time(() => extract(html));
    const kb = Math.round(Buffer.byteLength(html) / 1024);
    console.log(`| ${name} | ${kb} KB | ${t.median.toFixed(1)} ms | ${t.p10.toFixed(1)} | ${t.p90.toFixed(1)} |`);
  }
}
