// extract() in JavaScript: reference lists and captions come back as
// `article.notes` ({kind, text}), beside `article.text`, never inside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLede } from './wasm.mjs';

const lede = await loadLede();

const BODY = [
  'The harbour council voted on Tuesday to rebuild the old stone pier, which storms damaged twice last winter, at a cost of about four million euros.',
  'Fishermen had asked for the repair for years, saying that the pier protects the boats moored behind it, and that the insurance of the harbour depends on it.',
  'Work is to start in the spring, once the last of the winter storms has passed, and should take eighteen months, according to the council’s engineers.',
].map((p) => `<p>${p}</p>`).join('');

test('reference lists and captions are notes beside the text', () => {
  const html = `<html><head><title>Pier</title></head><body><article><h1>Pier</h1>
    <figure><img src=pier.jpg><figcaption>The pier after the January storm — Ann Smith</figcaption></figure>${BODY}
    <h2>References</h2><ol class="references"><li>Harbour council minutes, 2024. Retrieved 5 May 2024.</li></ol></article></body></html>`;
  const a = lede.extract(html);
  assert.ok(!a.text.includes('January storm'), a.text);
  assert.ok(!a.text.includes('Retrieved'), a.text);
  assert.deepEqual(a.notes, [
    { kind: 'caption', text: 'The pier after the January storm — Ann Smith' },
    { kind: 'reference', text: 'References' },
    { kind: 'reference', text: 'Harbour council minutes, 2024. Retrieved 5 May 2024.' },
  ]);
  // A page without any has an empty list.
  assert.deepEqual(lede.extract(`<article>${BODY}</article>`).notes, []);
});
