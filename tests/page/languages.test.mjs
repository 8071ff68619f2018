// Languages on the page: a German, a French and a Japanese article (written
// for this test) are pasted; the page shows the language it detected, a
// summary, and key phrases and entities that are not the language's stop
// words; the selector overrides the language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, paste } from './helpers.mjs';

const ARTICLES = {
  German: {
    stop: ['der', 'die', 'das', 'und', 'eine', 'von', 'den', 'mit'],
    text: `Bahnstreik legt Deutschland lahm

Der Streik der Lokführer hat am Montag den Fernverkehr in ganz Deutschland weitgehend zum Erliegen gebracht. Nach Angaben der Bahn fielen rund achtzig Prozent der Fernzüge aus. Auch der Güterverkehr ist von dem Streik betroffen, weil viele Stellwerke nicht besetzt sind. Die Gewerkschaft fordert höhere Löhne und eine kürzere Arbeitszeit für die Lokführer. Die Bahn nannte den Streik unverhältnismäßig und bot neue Verhandlungen an. Pendler mussten auf Busse und Autos umsteigen, auf den Autobahnen bildeten sich lange Staus. Der Streik soll nach dem Willen der Gewerkschaft bis Mittwochabend dauern.`,
  },
  French: {
    stop: ['de', 'le', 'la', 'les', 'des', 'du', 'et', 'un', 'une'],
    text: `L'autoroute A8 fermée après un glissement de terrain

L'autoroute A8 est fermée depuis lundi entre Nice et Menton après un important glissement de terrain. Selon la préfecture, les travaux de déblaiement devraient durer au moins trois semaines. Les poids lourds sont déviés par la route du littoral, où les bouchons se multiplient. Les habitants de la vallée craignent que la fermeture de l'autoroute ne pèse sur le tourisme. Le maire de Menton a demandé à l'État une aide d'urgence pour les commerçants. La préfecture promet de rouvrir l'autoroute avant les vacances d'été.`,
  },
  Japanese: {
    stop: ['の', 'は', 'が', 'を', 'に', 'た', 'し'],
    text: `東京で新しい地下鉄路線が開業

東京都は十五日、新しい地下鉄路線の営業を開始した。新路線は都心と臨海部を結び、一日に約十万人の利用が見込まれている。開業式には知事や地元の住民が参加し、記念の列車が運行された。都によると、建設費は約三千億円に上った。沿線では新しい商業施設の建設も進んでおり、地域の活性化が期待されている。`,
  },
};

const edgeStopWord = (p, stop) => {
  const words = p.toLowerCase().trim().split(/\s+/);
  return stop.includes(words[0]) || stop.includes(words[words.length - 1]);
};

for (const [language, { text, stop }] of Object.entries(ARTICLES)) {
  test(`a ${language} article: the language shown, a summary, no stop words among key phrases`, async () => {
    const { page, errors, close } = await openPage();
    try {
      await paste(page, '#input', text);
      await page.waitForFunction((l) => document.querySelector('#doc-times')?.textContent.includes(`Language: ${l} (detected)`), language);
      const summary = await page.$$eval('#summary li', (lis) => lis.map((li) => li.textContent));
      assert.ok(summary.length >= 1);
      for (const s of summary) assert.ok(text.includes(s), s);
      const phrases = await page.$$eval('#keyphrases li', (lis) => lis.map((li) => li.firstChild?.textContent ?? li.textContent));
      assert.ok(phrases.length > 0 || language === 'Japanese');
      for (const p of phrases) assert.ok(!edgeStopWord(p, stop), `${p} starts or ends with a stop word`);
      if (language === 'Japanese') assert.match(await page.textContent('#doc-times'), /characters/);
      assert.doesNotMatch(await page.textContent('#doc-times'), /not supported/);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

// Entities in the article's language: its stop words never start or end
// one ("Der Streik" is no name), and the places it names are found in the
// language's own spelling.
const PLACES = { German: ['Deutschland'], French: ['Nice', 'Menton'], Japanese: [] };
for (const [language, { text, stop }] of Object.entries(ARTICLES)) {
  test(`a ${language} article: its places are entities, and no entity starts or ends with a stop word`, async () => {
    const { page, errors, close } = await openPage();
    try {
      await paste(page, '#input', text);
      await page.waitForFunction((l) => document.querySelector('#doc-times')?.textContent.includes(`Language: ${l} (detected)`), language);
      const entities = await page.$$eval('#entities button[data-entity-id]', (bs) => bs.map((b) => b.firstChild?.textContent ?? b.textContent));
      for (const e of entities) assert.ok(!edgeStopWord(e, stop), `${e} starts or ends with a stop word`);
      const places = await page.$$eval('.entity-group[data-type="PLACE"] button[data-entity-id]', (bs) => bs.map((b) => b.firstChild?.textContent));
      for (const place of PLACES[language]) assert.ok(places.includes(place), `${place} among the places ${JSON.stringify(places)}`);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

test('the language selector overrides detection; an unsupported language gets an honest notice', async () => {
  const { page, close } = await openPage();
  try {
    await paste(page, '#input', ARTICLES.German.text);
    await page.waitForFunction(() => document.querySelector('#doc-times')?.textContent.includes('Language: German (detected)'));
    await page.selectOption('#lang', 'en');
    await page.waitForFunction(() => document.querySelector('#doc-times')?.textContent.includes('Language: English (chosen)'));
    await page.selectOption('#lang', 'auto');
    await page.fill('#input', '');
    await paste(page, '#input', 'Rada miasta zatwierdziła w poniedziałek nowy budżet po długiej debacie o szkołach i drogach. Nowy budżet obejmuje remont szkół. Radni opozycji głosowali przeciw.');
    await page.waitForFunction(() => /Language: Polish \(detected.*not supported: summaries work, entities are limited/.test(document.querySelector('#doc-times')?.textContent ?? ''));
  } finally {
    await close();
  }
});
