// Checks that two builds of lede give the same result for every exported
// call: the same keys in the same order, the same types and numbers, the
// same errors (class, message, code, option). For changes to the binding
// that must not change what a caller gets.
//
//   node bench/same-results.mjs OLD_DIR NEW_DIR
//
// Each DIR holds a `wasm-pack build --target web` output. Inputs (from
// ../shared/data when present): the first 300 BBC articles, the news, French
// and German summary dev sets, the Readability test pages (extract,
// summarizeHtml), variants of a few articles holding JSON-hostile characters,
// lone surrogates, U+FFFD and Markdown, and error cases (bad options, empty,
// too large, not text). `stats.elapsedMs` is a timing and is not compared.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const [oldDir, newDir] = process.argv.slice(2).map((d) => resolve(d));
if (!newDir) {
  console.error('usage: node bench/same-results.mjs OLD_DIR NEW_DIR');
  process.exit(2);
}
async function load(dir, tag) {
  const lede = await import(`${dir}/lede.js?${tag}`);
  lede.initSync({ module: readFileSync(`${dir}/lede_bg.wasm`) });
  return lede;
}
const builds = [await load(oldDir, 'old'), await load(newDir, 'new')];

const DATA = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const lines = (f, n = Infinity) => (existsSync(`${DATA}${f}`)
  ? readFileSync(`${DATA}${f}`, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l).text)
  : []);
const bbc = lines('summ_bbc.jsonl', 300);
const texts = [
  ...bbc.map((t) => ['bbc', t]),
  ...lines('summ_news_dev.jsonl').map((t) => ['news', t]),
  ...lines('summ_orangesum_dev.jsonl').map((t) => ['fr', t]),
  ...lines('summ_klexikon_dev.jsonl').map((t) => ['de', t]),
];
// Characters JSON must escape or that take the lone-surrogate path.
const hostile = ['"', '\\', '\t', '\u0000', '\u001f', '\n', '\u2028', '\u2029', '\uFFFD', '\uD800', '\uDC00x', '\uD83D\uDE00', '</script>', '## **Big** [news](http://x.y)'];
for (const [k, t] of bbc.slice(0, 30).entries()) {
  const words = t.split(' ');
  for (let i = 0; i < words.length; i += 7) words[i] += hostile[(i / 7 + k) % hostile.length];
  texts.push([`hostile-${k}`, words.join(' ')]);
}
texts.push(['lone', 'Dr. Jane Smith met \uD800 the Acme Corp. in Paris on 3 May 2021. "Quote" \\ back.\uDC00']);
texts.push(['tiny', 'Hi.'], ['space', '   '], ['cjk', '東京は日本の首都です。大阪も大きい。'], ['md', '# Title\n\n- **One** point.\n- [Two](x) points.\n\nBody text here, by John Doe.']);
const pageDir = `${DATA}readability-dev/`;
const pages = existsSync(pageDir) ? readdirSync(pageDir).sort().map((d) => [d, readFileSync(`${pageDir}${d}/source.html`, 'utf8')]) : [];

const textCalls = [
  ['sentences', (l, t) => l.sentences(t)],
  ['sentences de', (l, t) => l.sentences(t, { lang: 'de' })],
  ['entities', (l, t) => l.entities(t)],
  ['entities PERSON,ORG fr', (l, t) => l.entities(t, { types: ['PERSON', 'ORG'], lang: 'fr' })],
  ['entityGroups', (l, t) => l.entityGroups(t)],
  ['keyphrases', (l, t) => l.keyphrases(t)],
  ['keyphrases top 3 de', (l, t) => l.keyphrases(t, { top: 3, lang: 'de' })],
  ['highlight', (l, t) => l.highlight(t)],
  ['summarize', (l, t) => l.summarize(t)],
  ['summarize textrank rank', (l, t) => l.summarize(t, { algorithm: 'textrank', order: 'rank', sentences: 2 })],
  ['summarize headline', (l, t) => l.summarize(t, { type: 'headline', title: 'A title' })],
  ['summarize teaser long', (l, t) => l.summarize(t, { type: 'teaser', length: 'long', standfirst: 'The story so far.' })],
  ['summarize lsa words', (l, t) => l.summarize(t, { algorithm: 'lsa', words: 40, lang: 'en' })],
  ['summarize progress', (l, t) => { const calls = []; const r = l.summarize(t, { onProgress: (...a) => calls.push(a) }); return [r, calls]; }],
  ['analyze', (l, t) => l.analyze(t)],
  ['analyze opts', (l, t) => l.analyze(t, { top: 3, types: ['PLACE', 'DATE'], algorithm: 'lexrank', chars: 300 })],
  ['analyze lang de', (l, t) => l.analyze(t, { lang: 'de' })],
  ['analyze langHint fr', (l, t) => l.analyze(t, { langHint: 'fr' })],
  ['detectLanguage', (l, t) => l.detectLanguage(t)],
];
const pageCalls = [
  ['extract', (l, h) => l.extract(h)],
  ['summarizeHtml', (l, h) => l.summarizeHtml(h)],
  ['summarizeHtml opts', (l, h) => l.summarizeHtml(h, { top: 2, types: ['PERSON'], url: 'https://example.com/a' })],
];
const big = 'x'.repeat(16 * 1024 * 1024 + 1);
const bigBytes = 'é'.repeat(9 * 1024 * 1024);
const errorCalls = [];
for (const name of ['sentences', 'entities', 'entityGroups', 'keyphrases', 'highlight', 'summarize', 'analyze', 'detectLanguage', 'summarizeHtml', 'extract']) {
  for (const [what, args] of [
    ['unknown option', ['Some text. More text.', { nope: 1 }]],
    ['options not object', ['Some text. More text.', 'x']],
    ['options array', ['Some text. More text.', [1]]],
    ['bad lang', ['Some text. More text.', { lang: 5 }]],
    ['unknown lang', ['Some text. More text.', { lang: 'xx' }]],
    ['bad types', ['Some text. More text.', { types: 'PERSON' }]],
    ['unknown type', ['Some text. More text.', { types: ['THING'] }]],
    ['top 0', ['Some text. More text.', { top: 0 }]],
    ['top 1.5', ['Some text. More text.', { top: 1.5 }]],
    ['sentences 0', ['Some text. More text.', { sentences: 0 }]],
    ['ratio 2', ['Some text. More text.', { ratio: 2 }]],
    ['two lengths', ['Some text. More text.', { sentences: 2, words: 3 }]],
    ['bad algorithm', ['Some text. More text.', { algorithm: 'magic' }]],
    ['onProgress not fn', ['Some text. More text.', { onProgress: 3 }]],
    ['onProgress throws', ['Some text. More text.', { onProgress: () => { throw new Error('stop'); } }]],
    ['title number', ['Some text. More text.', { title: 3 }]],
    ['empty', ['']],
    ['null', [null]],
    ['number', [42]],
    ['undefined', [undefined]],
    ['too many units', [big]],
    ['too many bytes', [bigBytes]],
    ['binary', ['\u0000\u0001\u0002\u0003'.repeat(100)]],
  ]) errorCalls.push([`${name} ${what}`, (l) => l[name](...args)]);
}

function run(fn) {
  try {
    return { ok: fn() };
  } catch (e) {
    return { error: e instanceof Error ? { class: e.constructor.name, message: e.message, code: e.code, option: e.option, keys: Object.keys(e) } : { thrown: String(e) } };
  }
}
const show = (v) => JSON.stringify(v, (k, x) => {
  if (k === 'elapsedMs') return 'ms';
  if (typeof x === 'number' && !Number.isFinite(x)) return `number ${x}`;
  if (Object.is(x, -0)) return 'number -0';
  if (x === undefined) return 'undefined';
  return x;
});

let compared = 0;
let differ = 0;
function check(label, fn, input) {
  const [a, b] = builds.map((l) => show(run(() => fn(l, input))));
  compared += 1;
  if (a !== b) {
    differ += 1;
    if (differ <= 10) console.log(`DIFFERS: ${label}\n  old ${a.slice(0, 300)}\n  new ${b.slice(0, 300)}`);
  }
}
for (const [id, t] of texts) for (const [name, fn] of textCalls) check(`${name} on ${id}`, fn, t);
for (const [id, h] of pages) for (const [name, fn] of pageCalls) check(`${name} on ${id}`, fn, h);
for (const [name, fn] of errorCalls) check(name, fn);
check('version', (l) => l.version());
console.log(`${compared} results compared (${texts.length} texts, ${pages.length} pages, ${errorCalls.length} error cases): ${differ} differ`);
process.exit(differ ? 1 : 0);
