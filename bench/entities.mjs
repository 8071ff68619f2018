// Speed of lede's entities(), keyphrases() and highlight() as wasm in Node,
// string passed in from JS each call: median per call on the fixture
// article and on a set of 3-5 KB slices of it.
//
//   ./scripts/build.sh && node bench/entities.mjs
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import init, * as lede from '../pkg/lede.js';

const fixture = fileURLToPath(new URL('../../shared/fixtures/breakingon-kremlin-leak.txt', import.meta.url));
if (!existsSync(fixture)) {
  console.log(`${fixture} not found: benchmark skipped (third-party data, not in the repo)`);
  process.exit(0);
}
await init({ module_or_path: readFileSync(new URL('../pkg/lede_bg.wasm', import.meta.url)) });
const article = readFileSync(fixture, 'utf8');

// Wall-clock median per call, and mean CPU time per call (process.cpuUsage),
// which other processes on a busy machine do not inflate.
function median(label, fn, runs = 300) {
  for (let i = 0; i < 20; i++) fn(); // warm-up
  const times = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)];
  const cpuPerCall = (cpu.user + cpu.system) / runs;
  console.log(`${label.padEnd(40)} median ${(m * 1000).toFixed(0).padStart(6)} µs wall, ${cpuPerCall.toFixed(0).padStart(6)} µs CPU`);
  return m;
}

console.log(`wasm in Node ${process.version}; fixture ${article.length} characters`);
median('entities(fixture)', () => lede.entities(article));
median('entityGroups(fixture)', () => lede.entityGroups(article));
median('highlight(fixture)', () => lede.highlight(article));
median('keyphrases(fixture)', () => lede.keyphrases(article));
// Typical articles: 3-5 KB windows of the fixture, cut at paragraph breaks.
const paragraphs = article.split('\n\n');
const slices = [];
for (let i = 0; i < paragraphs.length; i++) {
  let s = '';
  for (let j = i; j < paragraphs.length && s.length < 3000; j++) s += `${paragraphs[j]}\n\n`;
  if (s.length >= 3000 && s.length <= 5000) slices.push(s);
}
let k = 0;
median(`entities(3-5 KB article), ${slices.length} slices`, () => lede.entities(slices[k++ % slices.length]));
