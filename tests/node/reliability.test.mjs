// Regression tests of issue 17 (reliability) against the wasm package, as
// a page's worker calls it: each failed before its fix. No timing here:
// cost is measured by bench/scaling.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadLede } from './wasm.mjs';

const lede = await loadLede();

const ARTICLE = 'The council met in Lisbon on Monday. Mayor Helena Marques proposed a €2.4 billion plan. '
  + 'Critics said it was too expensive. Marques said the vote would pass. The vote passed 19 to 12.\n\n';

// initSync on an initialised module returns its exports: the memory.
const wasm = lede.initSync({ module: readFileSync(new URL('../../pkg/lede_bg.wasm', import.meta.url)) });
const wasmMemoryBytes = () => wasm.memory.buffer.byteLength;

test('summarize and summarizeHtml may be called from an onProgress callback', () => {
  const text = ARTICLE.repeat(50);
  let inner = 0;
  const outer = lede.summarize(text, {
    onProgress() {
      const r = lede.summarize(ARTICLE);
      assert.ok(r.summary.length > 0);
      const p = lede.summarizeHtml(`<article><p>${ARTICLE}</p></article>`);
      assert.ok(p.summary.summary.length > 0);
      inner++;
    },
  });
  assert.ok(inner > 0, 'onProgress was called');
  assert.deepEqual(outer.summary, lede.summarize(text).summary);
  // Nested two deep, and the module still works after.
  lede.summarize(ARTICLE, { onProgress() { lede.summarize(ARTICLE, { onProgress() { lede.sentences(ARTICLE); } }); } });
  assert.equal(lede.sentences('One. Two.').length, 2);
});

test('input over the limit is refused by its length, before it is copied', () => {
  const huge = 'a'.repeat(16 * 1024 * 1024 + 1);
  const before = process.memoryUsage().arrayBuffers;
  for (const call of [
    () => lede.sentences(huge),
    () => lede.summarize(huge),
    () => lede.entities(huge),
    () => lede.entityGroups(huge),
    () => lede.highlight(huge),
    () => lede.keyphrases(huge),
    () => lede.extract(huge),
    () => lede.summarizeHtml(huge),
  ]) {
    assert.throws(call, (e) => e instanceof RangeError && e.code === 'LEDE_TOO_LARGE' && /16 MB/.test(e.message));
  }
  // A 300-million-character string: refused at once, and wasm memory does
  // not grow to hold it (it grew by the string's size before).
  const giant = 'ab'.repeat(150_000_000);
  const wasmBefore = wasmMemoryBytes();
  const t0 = performance.now();
  assert.throws(() => lede.summarize(giant), { code: 'LEDE_TOO_LARGE' });
  assert.throws(() => lede.extract(giant), { code: 'LEDE_TOO_LARGE' });
  assert.ok(performance.now() - t0 < 5000, 'refused without reading the string');
  assert.equal(wasmMemoryBytes(), wasmBefore, 'wasm memory did not grow');
  assert.ok(process.memoryUsage().arrayBuffers - before < 64 * 1024 * 1024);
});

test('a value that is not a string is a coded TypeError, not a trap', () => {
  for (const value of [5, null, undefined, {}, ['a'], true, 12n, Symbol('s')]) {
    for (const call of [lede.sentences, lede.summarize, lede.entities, lede.entityGroups,
      lede.highlight, lede.keyphrases, lede.extract, lede.summarizeHtml]) {
      assert.throws(() => call(value), (e) => e instanceof TypeError && e.code === 'LEDE_NOT_TEXT'
        && /must be a string/.test(e.message), `${call.name}(${String(value)})`);
    }
  }
  assert.equal(lede.sentences('Still works. Yes.').length, 2);
});

test('summarizeHtml reads a page that extract reads, &#0; and all', () => {
  const html = `<html><body><article><p>${'&#0;'.repeat(500)}</p><p>${ARTICLE}</p></article></body></html>`;
  const article = lede.extract(html);
  const page = lede.summarizeHtml(html);
  assert.equal(page.article.text, article.text);
  assert.ok(page.summary.summary.length > 0);
  for (const s of page.summary.sentences) assert.equal(article.text.slice(s.start, s.end), s.text);
});

test('error messages write numbers as JavaScript does and never echo a huge value', () => {
  const message = (options) => {
    try { lede.summarize(ARTICLE, options); } catch (e) { return e.message; }
    return '';
  };
  assert.match(message({ ratio: 1e300 }), /got 1e300$/);
  assert.match(message({ ratio: 2 ** 53 }), /got 9007199254740992$/);
  assert.match(message({ sentences: 1e300 }), /got 1e300$/);
  assert.match(message({ sentences: 2.5 }), /got 2\.5$/);
  const url = 'x'.repeat(10_000_000);
  for (const call of [() => lede.extract('<p>Text here.</p>', { url }), () => lede.summarizeHtml('<p>Text here.</p>', { url })]) {
    assert.throws(call, (e) => e.code === 'LEDE_INVALID_OPTION' && e.option === 'url' && e.message.length < 300);
  }
  assert.throws(() => lede.summarize(ARTICLE, { algorithm: 'y'.repeat(1e6) }), (e) => e.message.length < 300);
  assert.throws(() => lede.summarize(ARTICLE, { order: 'y'.repeat(1e6) }), (e) => e.message.length < 300);
  assert.throws(() => lede.summarize(ARTICLE, { sentences: 'y'.repeat(1e6) }), (e) => e.message.length < 300);
  assert.throws(() => lede.entities(ARTICLE, { types: ['y'.repeat(1e6)] }), (e) => e.message.length < 300);
});

test('keyphrases never overlap, a URL stops before punctuation and zero-width characters', () => {
  for (const p of lede.keyphrases('bla bla bla bla bla.')) {
    let end = 0;
    for (const o of p.occurrences) {
      assert.ok(o.start >= end, `${p.text} overlaps itself`);
      end = o.end;
    }
  }
  const text = 'See https://example.org/a.\u200B Then more.';
  const urls = lede.entities(text).filter((e) => e.type === 'URL').map((e) => e.text);
  assert.deepEqual(urls, ['https://example.org/a']);
});

test('extract keeps the text past the node cap and says the structure was cut', () => {
  const rest = 'Tail words of the page. '.repeat(200);
  const html = '<p>x'.repeat(600_000) + `<p>${rest}`;
  const a = lede.extract(html);
  assert.equal(a.truncated, true);
  assert.ok(a.text.includes('Tail words of the page.'), 'text past the cap is kept');
  assert.equal((a.text.match(/x/g) || []).length, 600_000);
  assert.equal(lede.extract(`<article><p>${ARTICLE}</p></article>`).truncated, false);
  // Elements open at the nesting limit before an article: the article is found.
  const deep = '<div>'.repeat(1_049_000) + `<article><p>${ARTICLE}</p></article>`;
  assert.match(lede.extract(deep).text, /Helena Marques proposed/);
});

test('entityGroups offsets slice the input with one non-ASCII character and many groups', () => {
  const names = Array.from({ length: 300 }, (_, i) => `Ana${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) | 0))} Lee`);
  const text = 'Café. ' + names.map((n) => `${n} spoke. ${n} left.`).join(' ');
  const groups = lede.entityGroups(text);
  assert.ok(groups.length >= 100);
  for (const g of groups) for (const m of g.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('memory stays flat over repeated calls, including thrown ones', () => {
  const warm = () => {
    for (let i = 0; i < 50; i++) {
      lede.summarize(ARTICLE, { onProgress() { lede.summarize(ARTICLE); } });
      try { lede.summarize(5); } catch { /* coded */ }
      try { lede.summarize('a'.repeat(17 * 1024 * 1024)); } catch { /* coded */ }
    }
  };
  warm();
  const before = wasmMemoryBytes();
  warm();
  warm();
  assert.equal(wasmMemoryBytes(), before);
});
