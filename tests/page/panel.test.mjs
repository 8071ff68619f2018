// The results as a reader moves through them: a long entity panel shortened
// (lists of dates, times, money, percentages and numbers cut to 8 with
// "show all", numbers in words hidden,
// no toggles for types with no entities), the summary brought into view on
// a phone after a paste or the sample, no scroll box inside the page, and
// the keyboard: one tab stop each for the type toggles, the entity panel and
// the article, with arrow keys inside, and "/" to Find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, paste } from './helpers.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A harbour log of our own writing: 12 dates, 24 numbers, and numbers in words. */
function harbourLog() {
  const lines = ['Cork harbour log for 2025', ''];
  MONTHS.forEach((month, i) => {
    lines.push(`On ${month} ${i + 3}, 2025, the harbour office in Cork counted ${(1200 + i * 37).toLocaleString('en')} boats and ${310 + i * 11} ferries at the quays.`);
    if (i % 3 === 0) lines.push('Two pilots and four tug crews worked two shifts that week, and fifty volunteers cleaned the slipway.');
    lines.push('');
  });
  lines.push('Harbour master Niamh Collins said the busiest month was August, when the Port of Cork Company added ferries to Ringaskiddy.');
  return lines.join('\n');
}

async function settle(page) {
  await page.waitForSelector('#summary li');
  await page.waitForFunction(() => !document.querySelector('#entities-wrap').hidden);
}

test('long DATE and NUMBER lists show 8 names and "show all"; numbers in words are hidden; no empty type toggles', async () => {
  const { page, errors, close } = await openPage();
  try {
    await page.fill('#input', harbourLog());
    await settle(page);
    const visibleNames = (type) => page.$$eval(`#entities .entity-group[data-type="${type}"] button[data-entity-id]`,
      (b) => b.filter((x) => x.checkVisibility()).map((x) => x.firstChild.textContent));
    const allNames = (type) => page.$$eval(`#entities .entity-group[data-type="${type}"] button[data-entity-id]`, (b) => b.map((x) => x.firstChild.textContent));
    for (const type of ['DATE', 'NUMBER']) {
      const all = await allNames(type);
      assert.ok(all.length > 8, `${type}: ${all.length} names`);
      const shown = await visibleNames(type);
      assert.equal(shown.length, 8, `${type} shows 8 of ${all.length}: ${shown}`);
      const more = page.locator(`#entities .entity-group[data-type="${type}"] button.show-all`);
      assert.equal(await more.textContent(), `Show all ${all.length}`);
      assert.equal(await more.getAttribute('aria-expanded'), 'false');
      await more.click();
      assert.equal((await visibleNames(type)).length, all.length);
      assert.equal(await more.getAttribute('aria-expanded'), 'true');
      assert.equal(await more.textContent(), 'Show fewer');
      await more.click();
      assert.equal((await visibleNames(type)).length, 8);
    }
    // Numbers in words are left out of the short list and shown with "show all".
    const words = (names) => names.filter((n) => /^[a-z-]+$/i.test(n));
    assert.deepEqual(words(await visibleNames('NUMBER')), []);
    const spelled = words(await allNames('NUMBER'));
    await page.click('#entities .entity-group[data-type="NUMBER"] button.show-all');
    assert.deepEqual(words(await visibleNames('NUMBER')), spelled);
    // "Show all" survives a change of summary length (the entities are the same).
    await page.fill('#length', '4');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 4);
    assert.equal(await page.getAttribute('#entities .entity-group[data-type="NUMBER"] button.show-all', 'aria-expanded'), 'true');
    // One toggle per type present, none showing 0.
    const toggles = await page.$$eval('#type-toggles .type-toggle', (t) => t.map((x) => [x.querySelector('input').value, Number(x.querySelector('.count').textContent)]));
    const types = await page.$$eval('#entities .entity-group', (g) => g.map((x) => x.dataset.type));
    assert.deepEqual(toggles.map(([t]) => t), types);
    assert.ok(toggles.every(([, n]) => n > 0), JSON.stringify(toggles));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a list of numbers in words alone shows them, not only its "show all" button', async () => {
  const { page, errors, close } = await openPage();
  try {
    await page.fill('#input', 'Harbour master Niamh Collins said two ferries left Cork on Monday.\n\n'
      + 'The crews of both ferries said the crossing to Ringaskiddy was calm, and the harbour office in Cork agreed.');
    await settle(page);
    const names = await page.$$eval('#entities .entity-group[data-type="NUMBER"] button[data-entity-id]',
      (b) => b.filter((x) => x.checkVisibility()).map((x) => x.firstChild.textContent));
    assert.deepEqual(names, ['two']);
    assert.equal(await page.locator('#entities .entity-group[data-type="NUMBER"] button.show-all').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('long PERCENT and MONEY lists are cut to 8 too', async () => {
  const { page, errors, close } = await openPage();
  try {
    // A council budget of our own writing: 12 percentages, 12 amounts.
    const lines = ['Council budget 2026', ''];
    MONTHS.forEach((month, i) => {
      lines.push(`In ${month} the council in Galway spent €${(2 + i * 0.35).toFixed(2)} million, ${4 + i}% of its yearly budget, on the harbour.`);
    });
    await page.fill('#input', lines.join('\n'));
    await settle(page);
    for (const type of ['PERCENT', 'MONEY']) {
      const names = await page.$$eval(`#entities .entity-group[data-type="${type}"] button[data-entity-id]`,
        (b) => b.map((x) => x.checkVisibility()));
      assert.ok(names.length > 8, `${type}: ${names.length} names`);
      assert.equal(names.filter(Boolean).length, 8, type);
      assert.equal(await page.textContent(`#entities .entity-group[data-type="${type}"] button.show-all`), `Show all ${names.length}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('no scroll box inside the page traps the article', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const { page, close } = await openPage({ viewport });
    try {
      await page.fill('#input', harbourLog().repeat(3));
      await settle(page);
      const boxes = await page.$$eval('#results, #results *', (els) => els
        .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
        .map((el) => el.id || el.className || el.tagName));
      assert.deepEqual(boxes, [], `scroll boxes at ${viewport.width}px`);
    } finally {
      await close();
    }
  }
});

test('on a phone, the summary scrolls into view after the sample and after a paste', async () => {
  const { page, close } = await openPage({ viewport: { width: 390, height: 844 } });
  try {
    const summaryInView = () => page.waitForFunction(() => {
      const box = document.querySelector('#results').getBoundingClientRect();
      return scrollY > 300 && box.top >= -1 && box.top < 120;
    }, null, { timeout: 10_000 });
    await page.click('#sample');
    await page.waitForSelector('#summary li');
    await summaryInView();
    // Back to the top, paste another article: the summary comes into view again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('#clear');
    await page.waitForFunction(() => !document.querySelector('#summary li'));
    await paste(page, '#input', harbourLog());
    await page.waitForFunction(() => /harbour|Cork/i.test(document.querySelector('#summary').textContent));
    await summaryInView();
    // Typing does not move the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.focus('#input');
    await page.keyboard.press('End');
    await page.keyboard.type(' The quays closed for the night.');
    await page.waitForTimeout(600);
    assert.equal(await page.evaluate(() => scrollY), 0);
  } finally {
    await close();
  }
});

test('the entity panel and the article are one tab stop each, arrow keys move inside, "/" goes to Find', async () => {
  const { page, close } = await openPage();
  try {
    await page.fill('#input', harbourLog());
    await settle(page);
    // Tab from the top of the page, noting where each stop lands.
    await page.focus('a.skip');
    const stops = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (el.closest('#type-toggles')) return 'toggles';
        if (el.closest('#entities')) return 'entities';
        if (el.closest('#article')) return 'article';
        return el.id || el.getAttribute('name') || el.tagName;
      });
      stops.push(stop);
      if (stops.includes('article') && stop !== 'article') break;
    }
    const first = stops.indexOf('entities');
    assert.ok(first >= 0, `the entity panel is reachable: ${stops}`);
    assert.equal(stops.filter((s) => s === 'entities').length, 1, `one stop for the entity panel: ${stops}`);
    assert.equal(stops.filter((s) => s === 'article').length, 1, `one stop for the article: ${stops}`);
    assert.equal(stops.filter((s) => s === 'toggles').length, 1, `one stop for the type toggles: ${stops}`);
    assert.ok(first < 20, `the first entity is ${first + 1} tab stops away: ${stops}`);
    assert.equal(stops.indexOf('find'), first + 1, 'Find comes right after the entity panel');
    assert.ok(stops.indexOf('find') < 35, `Find is ${stops.indexOf('find') + 1} tab stops away`);
    // Arrow keys across the type toggles; Space ticks.
    await page.focus('#type-toggles [tabindex="0"]');
    const t0 = await page.evaluate(() => document.activeElement.value);
    await page.keyboard.press('ArrowRight');
    const t1 = await page.evaluate(() => document.activeElement.value);
    assert.notEqual(t0, t1);
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate(() => document.activeElement.checked), false);
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate(() => document.activeElement.checked), true);
    // Arrow keys inside the entity panel.
    const name = () => page.evaluate(() => document.activeElement.closest('#entities') && document.activeElement.textContent);
    await page.focus('#entities [tabindex="0"]');
    const a = await name();
    await page.keyboard.press('ArrowRight');
    const b = await name();
    assert.ok(b && b !== a, `${a} → ${b}`);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await name(), a);
    await page.keyboard.press('End');
    const last = await name();
    assert.ok(last && last !== a);
    // The tab stop stays where the reader left it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await name(), last);
    assert.equal(await page.locator('#entities [tabindex="0"]').count(), 1);
    // Arrow keys inside the article, sentence by sentence.
    const sentence = () => page.evaluate(() => document.activeElement.closest('#article .sent')?.dataset.index ?? null);
    await page.focus('#article [tabindex="0"]');
    const s0 = Number(await sentence());
    await page.keyboard.press('ArrowDown');
    const s1 = Number(await sentence());
    assert.ok(s1 > s0, `${s0} → ${s1}`);
    await page.waitForSelector('#tooltip:not([hidden])');
    assert.equal(await page.locator('#article [tabindex="0"]').count(), 1);
    // "/" goes to Find from anywhere but a text field, and the page says so.
    assert.equal(await page.isVisible('#find-key'), true);
    assert.match(await page.textContent('#find-key'), /\//);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'find');
    await page.keyboard.type('ferries');
    await page.waitForFunction(() => /\d+ sentences?/.test(document.querySelector('#find-count').textContent));
    await page.focus('#input');
    await page.keyboard.press('End');
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'input', '"/" types a slash in the text box');
  } finally {
    await close();
  }
});
