// Scaling benchmark (issue 17): every function of the wasm package on
// adversarial inputs of 1 MiB and 4 MiB (and 16 MiB with LEDE_SCALING_MAX=16),
// in Node as a page's worker runs it. Prints ms/MiB per size and the ratio
// of the 4 MiB time to the 1 MiB time, and exits 1 when a ratio reaches 6
// (linear cost gives 4, quadratic 16), or, with 16 MiB, when the cost per
// MiB at 16 MiB reaches 1.5 times that at 1 MiB. A benchmark, not a timed
// test: run it by hand or from CI on a quiet machine.
//
//   node bench/scaling.mjs                       # 1 and 4 MiB, every recipe
//   LEDE_SCALING_MAX=16 node bench/scaling.mjs   # and 16 MiB (slow)
//   node bench/scaling.mjs extract lsa           # only rows matching a word
//
// The recipes are the shapes that once cost super-linear time (entity
// linking, entityGroups offsets with one non-ASCII character, lsa on short
// paragraphs, pages past the node cap) and others of the same kind.
import { loadLede } from '../tests/node/wasm.mjs';

const MiB = 1024 * 1024;
const LIMIT = 6;

/** `unit(i)` repeated until the text holds `bytes` bytes of UTF-8. */
function fill(bytes, unit, head = '') {
  const parts = [head];
  let len = Buffer.byteLength(head);
  for (let i = 0; len < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    len += Buffer.byteLength(u);
  }
  // Cut back to the size asked for, on a character boundary.
  return Buffer.from(parts.join('')).subarray(0, bytes).toString().replace(/\uFFFD+$/, '');
}

const NAMES = ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal', 'Ivy', 'Jo', 'Kit', 'Lu', 'Mo', 'Ned', 'Oz'];
const name = (i) => `${NAMES[i % 15]}${String.fromCharCode(97 + ((i / 15) | 0) % 26)} ${NAMES[(i * 7) % 15]}son${(i / 390) | 0}`;

// Text recipes: name -> (bytes) => text.
const TEXT = {
  // A full name, then the surname alone, again and again (entity linking).
  'surname-repeat': (b) => fill(b, () => 'Helena Marques spoke. Marques left. '),
  // 4,000 recurring names and one accented character (entityGroups offsets).
  'names-accent': (b) => fill(b, (i) => `${name(i % 4000)} met ${name((i * 13) % 4000)} in Paris. `, 'Café. '),
  // Short paragraphs (lsa, graph algorithms).
  'short-paragraphs': (b) => fill(b, (i) => `Word ${i % 97} here.\n\n`),
  // One word over and over (keyphrases, repeated sentences).
  'one-word': (b) => fill(b, () => 'bla '),
  // No punctuation at all (sentence cutting at the size cap).
  'no-punctuation': (b) => fill(b, (i) => `word${i % 50} `),
  // Abbreviations and initials without end (sentence rules).
  'abbreviations': (b) => fill(b, (i) => `Mr. A. B. Smith Jr. of St. Louis, Mo., e.g. ${i % 9}. `),
  // A URL ending in a long run of closing brackets.
  'url-brackets': (b) => fill(b, () => ')', 'see http://example.org/'),
  // Astral characters, combining marks, zero-width joiners.
  'unicode-mix': (b) => fill(b, (i) => `Zoë ${i % 10}😀 e\u0301\u200d \u2028Ωμέγα. `),
};

// HTML recipes.
const HTML = {
  'br': (b) => fill(b, (i) => `word${i % 10}<br>`),
  'li': (b) => fill(b, (i) => `<li>item ${i % 10}`),
  'b-i-a': (b) => fill(b, () => '<b><i><a>x '),
  // Elements open at the node cap's depth, then an article.
  'nested-div': (b) => '<div>'.repeat(Math.max(0, ((b - 40000) / 5) | 0)) + fill(40000, (i) => `<p>Paragraph ${i} says a thing, with commas, at length.</p>`),
  'table-cells': (b) => fill(b, (i) => `<td>cell ${i % 10}`),
  'attributes': (b) => fill(b, (i) => `<p class="c${i % 9} story" id="p${i}" style="color:red">Text ${i % 9}, here.</p>`),
  'nul-references': (b) => fill(b, (i) => `<p>${'&#0;'.repeat(4)} words ${i % 9}, and more.</p>`),
  'comments': (b) => fill(b, (i) => `<!-- note ${i} -->Text ${i % 9}. `),
};

function rows(lede) {
  const out = [];
  const text = (fn, only) => Object.entries(TEXT)
    .filter(([r]) => !only || only.includes(r))
    .forEach(([r, make]) => out.push([fn[0], r, make, fn[1]]));
  text(['sentences', (s) => lede.sentences(s)]);
  text(['entities', (s) => lede.entities(s)]);
  text(['entityGroups', (s) => lede.entityGroups(s)]);
  text(['highlight', (s) => lede.highlight(s)]);
  text(['keyphrases', (s) => lede.keyphrases(s)]);
  for (const algorithm of ['default', 'lead', 'luhn', 'edmundson', 'lsa', 'lexrank', 'textrank', 'sumbasic', 'klsum']) {
    text([`summarize ${algorithm}`, (s) => lede.summarize(s, { algorithm })]);
  }
  for (const [r, make] of Object.entries(HTML)) {
    out.push(['extract', r, make, (s) => lede.extract(s)]);
    out.push(['summarizeHtml', r, make, (s) => lede.summarizeHtml(s)]);
  }
  return out;
}

/** CPU milliseconds of one call (errors such as LEDE_EMPTY count as a
 * run): on a machine shared with other work, the process's CPU time (its
 * garbage collector's threads included) varies far less than the wall
 * clock. */
function time(fn, input) {
  const t0 = process.cpuUsage();
  try {
    fn(input);
  } catch (e) {
    if (!e.code) throw e;
  }
  const { user, system } = process.cpuUsage(t0);
  return (user + system) / 1000;
}

const lede = await loadLede();
const max = Number(process.env.LEDE_SCALING_MAX || 4);
const sizes = [1, 4, 16].filter((s) => s <= max);
const filters = process.argv.slice(2);
const selected = rows(lede).filter(([fn, r]) => filters.every((f) => `${fn} ${r}`.includes(f)));
console.log(`node bench/scaling.mjs ${filters.join(' ')}  (LEDE_SCALING_MAX=${max}, lede ${lede.version()}, node ${process.version})`);
console.log(`| function | recipe | ${sizes.map((s) => `${s} MiB CPU ms/MiB`).join(' | ')} | 4/1 time ratio |${max >= 16 ? ' 16/1 ms/MiB |' : ''}`);
console.log(`|---|---|${sizes.map(() => '---:').join('|')}|---:|${max >= 16 ? '---:|' : ''}`);
const inputs = new Map();
const input = (r, make, s) => {
  const k = `${r} ${s}`;
  if (!inputs.has(k)) inputs.set(k, make(s * MiB));
  return inputs.get(k);
};
let failed = 0;
for (const [fn, r, make, call] of selected) {
  time(call, input(r, make, 1).slice(0, 20000)); // warm-up
  // The smaller sizes twice, keeping the faster (the first run of a size
  // also pays for growing the module's memory).
  const ms = sizes.map((s, i) => {
    const once = time(call, input(r, make, s));
    return i < sizes.length - 1 ? Math.min(once, time(call, input(r, make, s))) : once;
  });
  const ratio = ms[1] / ms[0];
  const ratio16 = max >= 16 ? ms[2] / 16 / (ms[0] || 1e-9) : 0;
  // Tiny times are noise: a ratio only counts past 20 ms at 4 MiB (80 ms
  // at 16 MiB).
  const bad = (ratio >= LIMIT && ms[1] > 20) || (ratio16 >= LIMIT / 4 && ms[2] > 80);
  failed += bad ? 1 : 0;
  const perMiB = ms.map((m, i) => (m / sizes[i]).toFixed(1));
  const per16 = max >= 16 ? ` ${ratio16.toFixed(2)}x |` : '';
  console.log(`| ${fn} | ${r} | ${perMiB.join(' | ')} | ${ratio.toFixed(2)}${bad ? ' **FAIL**' : ''} |${per16}`);
}
if (failed) {
  console.error(`${failed} row(s) grow super-linearly: 4 MiB took ${LIMIT}x or more the time of 1 MiB, or 16 MiB ${LIMIT / 4}x or more its time per MiB`);
  process.exit(1);
}
console.log(`every row within ${LIMIT}x from 1 to 4 MiB${max >= 16 ? `, and within ${LIMIT / 4}x per MiB from 1 to 16 MiB` : ''}`);
