// The `standfirst` option of summarize in the wasm package, and
// summarizeHtml passing the extracted article's standfirst: its sentences
// get role 'standfirst' and are never summary lines. Text of our own writing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLede } from './wasm.mjs';

const lede = await loadLede();

const DEK = 'Night trains between Vienna and Venice return after a pause of four years.';
const BODY = 'Rail operators met in Vienna on Monday to sign a new timetable. '
  + 'The night train to Venice will run three times a week from June and take eleven hours. '
  + 'A bakery near the station in Graz sold out of bread by noon. '
  + 'Tickets for sleeping cars start at 79 euros, the operator said.';

test('summarize: the standfirst is scored like the title and never picked', () => {
  const text = `${DEK}\n\n${BODY}`;
  const plain = lede.summarize(text, { sentences: 1 });
  assert.deepEqual(plain.keyPoints, [DEK]);
  const s = lede.summarize(text, { sentences: 1, standfirst: DEK });
  assert.equal(s.sentences[0].role, 'standfirst');
  assert.equal(s.sentences[0].text, DEK);
  assert.notDeepEqual(s.keyPoints, [DEK]);
  assert.equal(s.summary.length, 1);
  // null is no standfirst.
  assert.deepEqual(lede.summarize(text, { sentences: 1, standfirst: null }).keyPoints, [DEK]);
  assert.throws(() => lede.summarize(text, { standfirst: 3 }),
    (e) => e instanceof RangeError && e.option === 'standfirst');
});

test('summarizeHtml passes the article standfirst to summarize', () => {
  const html = `<html><body><article><h1>Night trains return</h1><p class="standfirst">${DEK}</p>`
    + `<p>${BODY}</p></article></body></html>`;
  const page = lede.summarizeHtml(html);
  assert.equal(page.article.standfirst, DEK);
  const dek = page.summary.sentences.filter((s) => s.role === 'standfirst');
  assert.equal(dek.length, 1);
  assert.ok(!page.summary.keyPoints.includes(DEK));
});
