// Long input stays off the main thread: 5 MB shows progress, can be
// cancelled, and the page answers the keyboard while the worker works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage } from './helpers.mjs';

const SAMPLE = readFileSync(new URL('../../www/samples/sample-article.txt', import.meta.url), 'utf8');

function bigText(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    // Vary the copies so that they are not exact duplicates of each other.
    const part = SAMPLE.replaceAll('Lisbon', i % 2 ? 'Porto' : 'Lisbon').replaceAll('2026', String(1900 + (i % 120)));
    parts.push(part);
    size += part.length;
  }
  return parts.join('\n\n');
}

async function openBig(page, bytes) {
  await page.setInputFiles('#file', { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(bigText(bytes)) });
}

test('5 MB: progress, typing stays responsive, cancel stops the work, the page keeps working', async () => {
  const { page, errors, close } = await openPage();
  try {
    await openBig(page, 5_000_000);
    await page.waitForSelector('#progress:not([hidden])', { timeout: 10_000 });
    // The text box shows a preview of big texts, read-only.
    assert.equal(await page.$eval('#input', (i) => i.readOnly), true);
    assert.match(await page.textContent('#big-note'), /is \d\.\d MB/);
    await page.waitForFunction(() => document.querySelector('#progress-bar').value > 0, null, { timeout: 20_000 });
    assert.match(await page.textContent('#progress-label'), /…/);
    // The main thread is free: keystrokes land at once while wasm works.
    await page.focus('#find');
    const started = Date.now();
    await page.keyboard.type('typing during the run');
    assert.equal(await page.inputValue('#find'), 'typing during the run');
    const typing = Date.now() - started;
    assert.ok(typing < 3000, `typing 21 characters took ${typing} ms`);
    // The controls answer too.
    await page.focus('#length');
    await page.keyboard.press('ArrowRight');
    assert.match(await page.textContent('#length-value'), /^4 sentences/);
    assert.equal(await page.isVisible('#progress'), true, 'the run is still going');
    await page.click('#cancel');
    await page.waitForFunction(() => document.querySelector('#progress').hidden);
    assert.match(await page.textContent('#status'), /Cancelled/);
    // After cancelling: a fresh worker, the page works (with the length set
    // during the run).
    await page.click('#sample');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 4);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('5 MB runs to the end and the article view shows a bounded number of sentences', async () => {
  const { page, close } = await openPage();
  try {
    await openBig(page, 5_000_000);
    await page.waitForSelector('#summary li', { timeout: 120_000 });
    assert.equal(await page.locator('#summary li').count(), 3);
    assert.match(await page.textContent('#article-note'), /Showing the first 2,500 of [\d,]+ sentences/);
    assert.match(await page.textContent('#status'), /sentences .* in \d+ ms/);
    // Find marks matching sentences in the article view.
    await page.fill('#find', 'flamingos');
    await page.waitForFunction(() => /\d+ sentences?/.test(document.querySelector('#find-count').textContent));
    assert.ok(await page.locator('#article .sent.found').count() > 0);
  } finally {
    await close();
  }
});
