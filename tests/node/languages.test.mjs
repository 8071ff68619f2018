// The language API of the wasm package in Node: detectLanguage, the `lang`
// and `langHint` options, the language carried by results, UTF-16 offsets
// in CJK text, and option errors that name the option.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLede } from './wasm.mjs';

const lede = await loadLede();

const DE = 'Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen. Die Opposition stimmte dagegen. Der Bürgermeister sprach von einem guten Tag für die Stadt.';
const FR = "Le conseil municipal a approuvé lundi le nouveau budget après un long débat. L'opposition a voté contre. Le maire a parlé d'une bonne journée pour la ville.";
const JA = '東京都は新しい計画を発表した。計画は十年間続く。知事は「大切な一歩だ」と述べた。';

test('detectLanguage gives the code, a confidence and whether the language is supported', () => {
  assert.deepEqual(Object.keys(lede.detectLanguage(DE)).sort(), ['confidence', 'lang', 'supported']);
  assert.equal(lede.detectLanguage(DE).lang, 'de');
  assert.equal(lede.detectLanguage(FR).lang, 'fr');
  assert.equal(lede.detectLanguage(JA).lang, 'ja');
  assert.equal(lede.detectLanguage(JA).supported, true);
  const pl = lede.detectLanguage('Rada miasta zatwierdziła w poniedziałek nowy budżet po długiej debacie.');
  assert.deepEqual([pl.lang, pl.supported], ['pl', false]);
  assert.deepEqual(lede.detectLanguage('12 34'), { lang: null, confidence: 0, supported: false });
  assert.equal(lede.detectLanguage(DE, { hint: 'en' }).lang, 'de', 'the text disagrees with the hint');
  assert.equal(lede.detectLanguage('El gobierno presentó el proyecto.', { hint: 'pt-BR' }).lang, 'pt');
});

test('summaries carry the language; lang overrides detection; bad values name the option', () => {
  const s = lede.summarize(DE, { sentences: 1 });
  assert.deepEqual([s.lang, s.langSupported], ['de', true]);
  assert.ok(s.langConfidence > 0.5);
  const en = lede.summarize(DE, { sentences: 1, lang: 'en' });
  assert.deepEqual([en.lang, en.langConfidence], ['en', 1]);
  assert.equal(lede.summarize(DE, { lang: 'auto' }).lang, 'de');
  for (const [options, option] of [[{ lang: 'xx' }, 'lang'], [{ lang: 3 }, 'lang'], [{ langHint: 'zz' }, 'langHint']]) {
    assert.throws(() => lede.summarize(DE, options), (e) => e instanceof RangeError && e.option === option);
  }
  assert.throws(() => lede.keyphrases(DE, { lang: 'xx' }), (e) => e.option === 'lang');
});

test('Japanese: offsets slice the text, lengths count characters', () => {
  const s = lede.summarize(JA, { sentences: 2 });
  assert.equal(s.lang, 'ja');
  assert.equal(s.stats.unit, 'characters');
  for (const x of s.sentences) assert.equal(JA.slice(x.start, x.end), x.text);
});

test('keyphrases use the language: no German or French stop word at an edge', () => {
  for (const [text, stop, lang] of [[DE, ['der', 'die', 'den', 'und', 'einer', 'von'], 'de'], [FR, ['le', 'la', 'de', "l'", 'un', 'une'], 'fr']]) {
    for (const options of [{}, { lang }]) {
      for (const p of lede.keyphrases(text, options)) {
        const words = p.text.toLowerCase().split(' ');
        assert.ok(!stop.includes(words[0]) && !stop.includes(words.at(-1)), p.text);
        for (const o of p.occurrences) assert.equal(text.slice(o.start, o.end), o.text);
      }
    }
  }
});

test('summarizeHtml takes <html lang> as a strong hint and reports the language', () => {
  const page = (lang, body) => `<html lang="${lang}"><head><title>T</title></head><body><article><h1>Titel</h1>${body.split('. ').map((p) => `<p>${p}.</p>`).join('')}</article></body></html>`;
  assert.equal(lede.summarizeHtml(page('de', DE)).lang, 'de');
  // A page declared English whose text is German is German.
  assert.equal(lede.summarizeHtml(page('en', DE)).lang, 'de');
  // A code lede does not know is ignored, not an error.
  assert.equal(lede.summarizeHtml(page('x-klingon', FR)).lang, 'fr');
});

test('local number, money, percent and date formats come whole, with UTF-16 offsets', () => {
  const cases = [
    ['de', '😀 Am 12. Juni 2025 meldete die Firma in München 1.000.000 € Gewinn und 3,5 % mehr Umsatz.',
      [['12. Juni 2025', 'DATE'], ['1.000.000 €', 'MONEY'], ['3,5 %', 'PERCENT']]],
    ['fr', '😀 Le 3 mars 2025, la commune comptait 3\u202f000 habitants et 2,5 millions d’euros de dettes.',
      [['3 mars 2025', 'DATE'], ['3\u202f000', 'NUMBER'], ['2,5 millions d’euros', 'MONEY']]],
    ['ja', '😀 会場には約6,100人が集まり、記録は1935.3克だった。',
      [['約6,100人', 'NUMBER'], ['1935.3克', 'NUMBER']]],
  ];
  for (const [lang, text, want] of cases) {
    const got = lede.entities(text, { lang });
    for (const e of got) assert.equal(text.slice(e.start, e.end), e.text);
    for (const [mention, type] of want) {
      assert.ok(got.some((e) => e.text === mention && e.type === type), `${mention} ${type} in ${JSON.stringify(got.map((e) => [e.text, e.type]))}`);
    }
  }
});
