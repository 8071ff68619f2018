// Hostile and degenerate input against every exported function, in wasm:
// each call returns a result or throws a JS Error with a lede error code,
// never traps, and the module keeps working afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLede } from './wasm.mjs';

const lede = await loadLede();
const CODES = new Set(['LEDE_INVALID_OPTION', 'LEDE_TOO_LARGE', 'LEDE_NOT_TEXT', 'LEDE_EMPTY']);

const ARTICLE = 'The council met in Lisbon on Monday. Mayor Helena Marques proposed a €2.4 billion plan. '
  + 'Critics said it was too expensive. The vote passed 19 to 12.\n\n';

function junk(n) {
  let s = '';
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += String.fromCharCode(x >>> 24);
  }
  return s;
}

const INPUTS = {
  empty: '',
  whitespace: ' \n\t\r\n ',
  'one word': 'Hello',
  'no punctuation': 'word '.repeat(40_000),
  'one 2 MB token': 'x'.repeat(2_000_000),
  'binary junk': junk(20_000),
  'NUL bytes': 'a\u0000b\u0000c'.repeat(1000),
  'lone surrogates': `Start \uD800 middle \uDC00 end. Next \uD83D sentence. ${ARTICLE}`,
  'emoji and ZWJ': '👨‍👩‍👧‍👦 '.repeat(2000) + ARTICLE,
  'RTL and CJK': 'مرحبا بالعالم. 你好世界。こんにちは。 ' + ARTICLE,
  'HTML with scripts': `<html><body><script>alert(1)</script><p onclick="alert(2)">${ARTICLE}</p><img src=x onerror=alert(3)></body></html>`,
  'deeply nested HTML': '<div>'.repeat(100_000) + ARTICLE + '</div>'.repeat(100_000),
  'unclosed tags': '<p><b><i><table><tr><td>' + ARTICLE.repeat(3),
  '10 MB article': ARTICLE.repeat(Math.ceil(10_000_000 / ARTICLE.length)),
  'over the limit (17 MB)': 'a '.repeat(8_500_000),
};

const CALLS = {
  sentences: (t) => lede.sentences(t),
  summarize: (t) => lede.summarize(t),
  entities: (t) => lede.entities(t),
  entityGroups: (t) => lede.entityGroups(t),
  keyphrases: (t) => lede.keyphrases(t),
  highlight: (t) => lede.highlight(t),
  extract: (t) => lede.extract(t),
  summarizeHtml: (t) => lede.summarizeHtml(t),
};

function stillWorks() {
  const s = lede.sentences('Still here. Yes.');
  assert.equal(s.length, 2, 'the module keeps working');
}

for (const [inputName, input] of Object.entries(INPUTS)) {
  test(`every function survives: ${inputName}`, () => {
    for (const [fnName, call] of Object.entries(CALLS)) {
      try {
        const result = call(input);
        assert.ok(result !== undefined, `${fnName} returned something`);
      } catch (err) {
        assert.ok(!(err instanceof WebAssembly.RuntimeError), `${fnName} trapped on ${inputName}: ${err.message}`);
        assert.ok(err instanceof Error, `${fnName} threw a non-Error`);
        assert.ok(CODES.has(err.code), `${fnName} on ${inputName} threw without a lede code: ${err.message}`);
        assert.match(err.message, /\w{3,}/);
      }
      stillWorks();
    }
  });
}

test('oversized input is a RangeError that says the limit', () => {
  const err = assert.throws(() => lede.summarize(INPUTS['over the limit (17 MB)']), RangeError);
  assert.throws(() => lede.sentences(INPUTS['over the limit (17 MB)']), (e) => e.code === 'LEDE_TOO_LARGE' && /16 MB/.test(e.message));
  return err;
});

test('binary junk is a TypeError naming the problem', () => {
  assert.throws(() => lede.summarize(INPUTS['binary junk']), (e) => e instanceof TypeError && e.code === 'LEDE_NOT_TEXT');
});

test('bad options are RangeErrors that name the option', () => {
  const cases = [
    [{ sentences: -1 }, 'sentences'], [{ sentences: 2.5 }, 'sentences'], [{ ratio: 2 }, 'ratio'],
    [{ ratio: 'half' }, 'ratio'], [{ words: 0 }, 'words'], [{ algorithm: 'magic' }, 'algorithm'],
    [{ order: 'random' }, 'order'], [{ bogus: true }, 'bogus'], [{ sentences: 3, ratio: 0.2 }, 'ratio'],
  ];
  for (const [options, name] of cases) {
    assert.throws(() => lede.summarize(ARTICLE, options), (e) => e instanceof RangeError && e.code === 'LEDE_INVALID_OPTION' && e.option === name && e.message.includes(name),
      `summarize(${JSON.stringify(options)}) should name ${name}`);
  }
  assert.throws(() => lede.entities(ARTICLE, { types: ['ALIENS'] }), (e) => e instanceof RangeError && e.option === 'types');
  assert.throws(() => lede.keyphrases(ARTICLE, { top: -3 }), (e) => e instanceof RangeError && e.option === 'top');
  assert.throws(() => lede.entities(ARTICLE, { colour: 'red' }), (e) => e instanceof RangeError && e.option === 'colour');
  stillWorks();
});

test('same input, same output', () => {
  const a = lede.summarize(ARTICLE.repeat(5), { sentences: 2 });
  const b = lede.summarize(ARTICLE.repeat(5), { sentences: 2 });
  delete a.stats.elapsedMs;
  delete b.stats.elapsedMs;
  assert.deepEqual(a, b);
});

// Strings come in through one UTF-8 copy; a lone surrogate turns into
// U+FFFD there, so only text holding U+FFFD is checked unit by unit. Each
// kind must give back exactly what was passed in: a real U+FFFD stays
// one, a lone surrogate comes back as itself, and a mix of both too.
test('returned text slices the input exactly, with U+FFFD, lone surrogates or both', () => {
  const cases = {
    'real U+FFFD': `The sign \uFFFD stood for a lost byte. ${ARTICLE}`,
    'lone surrogate': `The sign \uD800 stood for a lost byte. ${ARTICLE}`,
    'both': `The sign \uFFFD and \uDC00 stood for lost bytes. ${ARTICLE}`,
  };
  for (const [name, text] of Object.entries(cases)) {
    const sentences = lede.sentences(text);
    assert.equal(sentences[0].text, text.slice(sentences[0].start, sentences[0].end), name);
    assert.ok(sentences[0].text.includes(name === 'lone surrogate' ? '\uD800' : '\uFFFD'), name);
    for (const s of sentences) assert.equal(s.text, text.slice(s.start, s.end), name);
    for (const e of lede.entities(text)) assert.equal(e.text, text.slice(e.start, e.end), name);
  }
});
