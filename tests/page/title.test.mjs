// The heading over a summary: the article's title, the first line of a
// pasted text when that line is a title, and no heading at all otherwise
// (a made-up "Untitled" over a pasted paragraph reads as a defect).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, paste } from './helpers.mjs';

const PROSE = [
  'The harbour council voted on Tuesday to rebuild the old stone pier, which storms damaged twice last winter.',
  'Fishermen had asked for the repair for years, saying that the pier protects the boats moored behind it.',
  'Work is to start in the spring and should take eighteen months, according to the council engineers.',
  'The mayor said the town would borrow part of the money and that the rest would come from a regional fund.',
];

test('plain text with no title line shows no heading', async () => {
  const { page, errors, close } = await openPage();
  try {
    await paste(page, '#input', PROSE.join(' '));
    await page.waitForSelector('#summary li');
    assert.equal(await page.isVisible('#doc-times'), true);
    assert.equal(await page.isVisible('#doc-title'), false, 'a heading is shown over a text that has none');
    assert.doesNotMatch(await page.textContent('#doc-meta'), /Untitled/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('plain text that opens with a title line shows it as the heading, also after a text without one', async () => {
  const { page, close } = await openPage();
  try {
    await paste(page, '#input', PROSE.join(' '));
    await page.waitForSelector('#summary li');
    await page.fill('#input', '');
    await paste(page, '#input', `Pier to be rebuilt after winter storms\n\n${PROSE.join('\n\n')}`);
    await page.waitForFunction(() => document.querySelector('#doc-title')?.textContent.includes('Pier to be rebuilt'));
    assert.equal(await page.isVisible('#doc-title'), true);
    assert.equal((await page.textContent('#doc-title')).trim(), 'Pier to be rebuilt after winter storms');
  } finally {
    await close();
  }
});
