// analyze(): the summary, entities, entity groups and keyphrases of a text in
// one call. Each piece must be exactly what the single-purpose call gives,
// the options must reach the right step, and errors must be those of the
// steps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLede } from './wasm.mjs';
import { shared } from '../page/helpers.mjs';

const lede = await loadLede();

const EN = [
  'Harbor Council Approves New Ferry Route',
  '',
  'The Harbor Council voted on Tuesday to open a ferry route between Port Elena and the island of Carrow, a plan first proposed by Mayor Ruth Adeyemi in March.',
  'The route will cost $4.2 million over three years, the council said, and the first boat is due to sail on 14 June 2027.',
  'Adeyemi said the ferry would cut the trip to the mainland from two hours to forty minutes.',
  'Fishermen on Carrow welcomed the vote, though some asked who would pay for the new pier.',
  'The council will meet again in September to choose an operator.',
].join('\n');

const DE = 'Der Stadtrat von Bremen hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen. '
  + 'Die Opposition stimmte dagegen, weil die Schulden weiter steigen. '
  + 'Bürgermeisterin Anna Vogel sprach von einem guten Tag für die Stadt und kündigte neue Schulen an. '
  + 'Die Gewerkschaft Verdi begrüßte den Beschluss.';

/** `summary` without the timing, which differs between two calls. */
function stable(summary) {
  const { stats, ...rest } = summary;
  const { elapsedMs, ...otherStats } = stats;
  assert.equal(typeof elapsedMs, 'number');
  return { ...rest, stats: otherStats };
}

function assertSameAsSingleCalls(text, options = {}) {
  const { types, top, ...summaryOptions } = options;
  const got = lede.analyze(text, options);
  const summary = lede.summarize(text, summaryOptions);
  assert.deepEqual(stable(got.summary), stable(summary));
  assert.equal(got.lang, summary.lang);
  const entityOptions = { lang: summary.lang, ...(types ? { types } : {}) };
  assert.deepEqual(got.entities, lede.entities(text, entityOptions));
  assert.deepEqual(got.entityGroups, lede.entityGroups(text, entityOptions));
  assert.deepEqual(got.keyphrases, lede.keyphrases(text, { lang: summary.lang, ...(top ? { top } : {}) }));
  for (const e of got.entities) assert.equal(text.slice(e.start, e.end), e.text);
  return got;
}

test('analyze gives what summarize, entities, entityGroups and keyphrases give', () => {
  const got = assertSameAsSingleCalls(EN);
  assert.equal(got.lang, 'en');
  assert.ok(got.summary.summary.length > 0);
  assert.ok(got.entities.some((e) => e.text === 'Ruth Adeyemi' && e.type === 'PERSON'));
  assert.ok(got.keyphrases.length > 0);
});

test('analyze detects the language once and uses it for the summary, entities and keyphrases', () => {
  const got = assertSameAsSingleCalls(DE);
  assert.equal(got.lang, 'de');
  assert.equal(got.summary.lang, 'de');
});

test('analyze passes types to the entities, top to the keyphrases and the rest to summarize', () => {
  const got = assertSameAsSingleCalls(EN, { types: ['MONEY', 'DATE'], top: 3, sentences: 2, algorithm: 'lexrank' });
  assert.ok(got.entities.length > 0);
  assert.ok(got.entities.every((e) => e.type === 'MONEY' || e.type === 'DATE'));
  assert.ok(got.keyphrases.length <= 3);
  assert.equal(got.summary.summary.length, 2);
  assert.equal(got.summary.stats.algorithm, 'lexrank');
});

test('analyze gives the errors of the steps, naming the option', () => {
  assert.throws(() => lede.analyze(EN, { top: 0 }), (e) => e instanceof RangeError && e.option === 'top');
  assert.throws(() => lede.analyze(EN, { types: ['NOPE'] }), (e) => e instanceof RangeError);
  assert.throws(() => lede.analyze(EN, { url: 'https://example.org/' }), (e) => e instanceof RangeError && e.option === 'url');
  assert.throws(() => lede.analyze('\u0000\u0001\u0002'.repeat(100)), TypeError);
  // And keeps working.
  assert.equal(lede.analyze(EN).lang, 'en');
});

test('analyze on the fixture article matches the single calls', (t) => {
  const text = shared(t, 'fixtures/breakingon-kremlin-leak.txt');
  if (text === null) return;
  assertSameAsSingleCalls(text);
});
