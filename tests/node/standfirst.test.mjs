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

test('the title option: a given title replaces the guessed one', () => {
  const caption = 'Photo by the harbour office staff';
  const text = `${caption}\n\n${BODY}`;
  assert.equal(lede.summarize(text).title, caption);
  const s = lede.summarize(text, { title: 'Night trains between Vienna and Venice are back' });
  assert.equal(s.title, null);
  assert.equal(s.sentences[0].role, 'heading');
  assert.equal(lede.summarize(text, { title: null }).title, caption);
  assert.throws(() => lede.summarize(text, { title: 3 }),
    (e) => e instanceof RangeError && e.option === 'title');
});

test('summarizeHtml passes the article title to summarize', () => {
  // The first line of the extracted text is a caption-like label, which
  // summarize alone would take for the title.
  const html = '<html><head><title>Night trains return to Venice</title></head><body><article>'
    + '<p>Photo by the harbour office staff</p>'
    + `<p>${BODY}</p><p>${BODY}</p></article></body></html>`;
  const page = lede.summarizeHtml(html);
  assert.equal(page.article.title, 'Night trains return to Venice');
  assert.ok(page.article.text.startsWith('Photo by the harbour office staff'), page.article.text.slice(0, 80));
  assert.equal(page.summary.title, null);
  const alone = lede.summarize(page.article.text);
  assert.equal(alone.title, 'Photo by the harbour office staff');
});
