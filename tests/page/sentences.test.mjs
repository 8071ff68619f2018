// The first page: paste the fixture article, see its sentences listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, paste, shared } from './helpers.mjs';

test('pasting the fixture article lists its sentences', async (t) => {
  const article = shared(t, 'fixtures/breakingon-kremlin-leak.txt');
  if (article === null) return;
  const { page, errors, close } = await openPage();
  try {
    await paste(page, '#input', article);
    await page.waitForFunction(() => document.querySelectorAll('#sentences li').length > 20);
    const items = await page.$$eval('#sentences li', (lis) => lis.map((li) => ({
      text: li.textContent, start: Number(li.dataset.start), end: Number(li.dataset.end),
    })));
    const value = await page.inputValue('#input');
    for (const item of items) assert.equal(value.slice(item.start, item.end), item.text);
    const texts = items.map((i) => i.text);
    for (const unit of ['BREAKINGON', '11/26/2025', 'Details of the Leaked Conversation', 'Key Political Updates']) {
      assert.ok(texts.includes(unit), `"${unit}" is a sentence of its own`);
    }
    assert.ok(texts.some((s) => s.startsWith('Ushakov emphasized that') && s.endsWith('but not us.”')));
    assert.ok(!texts.some((s) => s.endsWith(' U.S.') && !s.startsWith('Kremlin Claims')), 'U.S. never ends a sentence mid-line');
    assert.match(await page.textContent('#count'), /^\d+ sentences$/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('binary input shows a readable error and the page keeps working', async () => {
  const { page, close } = await openPage();
  try {
    await page.fill('#input', '\u0001\u0002\u0003\u0004'.repeat(100));
    await page.waitForSelector('#status.error');
    assert.match(await page.textContent('#status'), /does not look like text/);
    await page.fill('#input', 'It works again. Yes it does.');
    await page.waitForFunction(() => document.querySelectorAll('#sentences li').length === 2);
    assert.equal(await page.textContent('#status'), '');
  } finally {
    await close();
  }
});
