// The page as a person uses it: paste, open or drop an article, move the
// controls, read the views, copy and download the result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, paste, shared } from './helpers.mjs';

const summaryTexts = (page) => page.$$eval('#summary li', (lis) => lis.map((li) => li.textContent));

async function loadSample(page) {
  await page.click('#sample');
  await page.waitForSelector('#summary li');
}

test('pasting the fixture article gives a clean summary whose offsets slice the text', async (t) => {
  const article = shared(t, 'fixtures/breakingon-kremlin-leak.txt');
  if (article === null) return;
  const { page, errors, close } = await openPage();
  try {
    await paste(page, '#input', article);
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 3);
    const items = await page.$$eval('#summary li', (lis) => lis.map((li) => ({
      text: li.textContent, start: Number(li.dataset.start), end: Number(li.dataset.end),
    })));
    const value = await page.inputValue('#input');
    for (const item of items) assert.equal(value.slice(item.start, item.end), item.text);
    const joined = items.map((i) => i.text).join(' ');
    assert.match(joined, /leak/i);
    assert.doesNotMatch(joined, /All rights reserved|Breakingon\.com is|Details of the Leaked Conversation/);
    // Title and reading time, before and after.
    assert.match(await page.textContent('#doc-times'), /Reading time .* → summary/);
    assert.ok((await page.textContent('#doc-title')).length > 10);
    // Entities are highlighted in the summary and grouped in the panel.
    assert.ok(await page.locator('#summary mark[data-type]').count() > 0);
    assert.ok(await page.locator('#entities button[data-entity-id]').count() > 5);
    assert.ok(await page.locator('#keyphrases li').count() > 3);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the sample, the length slider, ratio mode, algorithm and order update the summary live', async () => {
  const { page, close } = await openPage();
  try {
    await loadSample(page);
    assert.equal((await summaryTexts(page)).length, 3);
    assert.match(await page.textContent('#length-value'), /^3 sentences/);
    // Slider to 5: five sentences, no submit button.
    await page.fill('#length', '5');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 5);
    assert.match(await page.textContent('#length-value'), /^5 sentences · \d+% of the article/);
    // Ratio mode.
    await page.check('input[name=unit][value=ratio]');
    await page.fill('#length', '30');
    await page.waitForFunction(() => /^30% of the article · \d+ sentences?/.test(document.querySelector('#length-value').textContent));
    const n = await page.locator('#summary li').count();
    const candidates = Number((await page.textContent('#doc-times')).match(/of (\d+) sentences/)[1]);
    assert.equal(n, Math.round(candidates * 0.3) || 1);
    // Another algorithm, and rank order.
    await page.check('input[name=unit][value=sentences]');
    const before = await summaryTexts(page);
    await page.selectOption('#algorithm', 'lead');
    await page.waitForFunction((b) => JSON.stringify([...document.querySelectorAll('#summary li')].map((li) => li.textContent)) !== b, JSON.stringify(before));
    const lead = await summaryTexts(page);
    assert.match(lead[0], /^Lisbon's city council voted/);
    await page.selectOption('#algorithm', 'default');
    await page.selectOption('#order', 'rank');
    await page.waitForFunction(() => document.querySelector('#summary li')?.dataset.rank === '1');
  } finally {
    await close();
  }
});

test('article view: sentences shaded by score, selected ones marked, rank and features on hover and focus', async () => {
  const { page, close } = await openPage();
  try {
    await loadSample(page);
    const shaded = await page.$$eval('#article .sent:not(.noncandidate)', (s) => s.map((x) => Number(getComputedStyle(x).getPropertyValue('--s'))));
    assert.ok(shaded.length > 10 && shaded.some((v) => v === 1) && shaded.some((v) => v < 0.5));
    assert.equal(await page.locator('#article .sent.selected').count(), 3);
    await page.hover('#article .sent.selected');
    await page.waitForSelector('#tooltip:not([hidden])');
    assert.match(await page.textContent('#tooltip'), /Rank \d+ of \d+ · in the summary · score/);
    assert.ok(await page.locator('#tooltip tr').count() >= 3, 'feature breakdown rows');
    await page.mouse.move(0, 0);
    // Keyboard: focus a sentence, the same details appear.
    await page.focus('#article .sent:not(.noncandidate)');
    await page.waitForSelector('#tooltip:not([hidden])');
    assert.match(await page.textContent('#tooltip'), /Rank \d+ of \d+/);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#tooltip').isHidden(), true);
  } finally {
    await close();
  }
});

test('entity panel marks mentions; type toggles hide a type; the legend has every type', async () => {
  const { page, close } = await openPage();
  try {
    await loadSample(page);
    const button = page.locator('#entities button[data-entity-id]').filter({ hasText: 'Helena Marques' });
    const id = await button.getAttribute('data-entity-id');
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    const picked = await page.locator(`mark.picked[data-entity-id="${id}"]`).count();
    assert.ok(picked >= 1);
    assert.equal(picked, await page.locator(`mark[data-entity-id="${id}"]`).count());
    await button.click();
    assert.equal(await page.locator('mark.picked').count(), 0);
    // The legend: one toggle per type the text has, each with a swatch.
    const present = await page.locator('#entities .entity-group').count();
    assert.ok(present >= 6, `${present} types`);
    assert.equal(await page.locator('#type-toggles .type-toggle .swatch').count(), present);
    const money = page.locator('#type-toggles input[value=MONEY]');
    await money.uncheck();
    const bg = await page.$eval('#summary mark[data-type=MONEY]', (m) => getComputedStyle(m).backgroundColor);
    assert.equal(bg, 'rgba(0, 0, 0, 0)', 'hidden type is not highlighted');
    await money.check();
    const bg2 = await page.$eval('#summary mark[data-type=MONEY]', (m) => getComputedStyle(m).backgroundColor);
    assert.notEqual(bg2, 'rgba(0, 0, 0, 0)');
  } finally {
    await close();
  }
});

test('copy as text and Markdown, download JSON', async () => {
  const { page, close } = await openPage();
  try {
    await loadSample(page);
    const summary = await summaryTexts(page);
    await page.click('#copy-text');
    await page.waitForFunction(() => /Copied/.test(document.querySelector('#status').textContent));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), summary.join('\n'));
    await page.click('#copy-md');
    await page.waitForFunction(() => /Markdown/.test(document.querySelector('#status').textContent));
    const md = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(md, /^## .+\n\n- /);
    assert.equal(md.trim().split('\n').filter((l) => l.startsWith('- ')).length, 3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    assert.equal(download.suggestedFilename(), 'lede-summary.json');
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    assert.equal(json.summary.summary.length, 3);
    assert.ok(json.entities.length > 5 && json.keyphrases.length > 3 && json.text.length > 1000);
  } finally {
    await close();
  }
});

test('pasted HTML goes through article extraction', async () => {
  const { page, close } = await openPage();
  try {
    const html = `<!doctype html><html><head><title>Harbour tunnel opens | City News</title></head><body>
      <nav><a href="/">Home</a> <a href="/sport">Sport news and results</a></nav>
      <article><h1>Harbour tunnel opens after six years</h1>
      ${['The new harbour tunnel opened on Monday after six years of work and a cost of €1.1 billion.',
    'Engineers said the tunnel will carry 40,000 cars a day and cut journey times across the bay by half.',
    'Mayor Ana Lima thanked the workers and said the city would now turn to its rail links.',
    'Traffic was light on the first morning, but officials expect queues once schools reopen in September.'].map((p) => `<p>${p}</p>`).join('\n')}
      </article><aside class="related"><h3>Related</h3><ul><li><a href="/a">Ten best tunnels in Europe</a></li></ul></aside>
      <footer>Subscribe to our newsletter. © City News</footer></body></html>`;
    await paste(page, '#input', html);
    await page.waitForSelector('#summary li');
    assert.match(await page.textContent('#status'), /Article extracted from HTML/);
    const article = await page.textContent('#article');
    assert.match(article, /harbour tunnel opened on Monday/);
    assert.doesNotMatch(article, /Sport news|Ten best tunnels|Subscribe/);
    assert.match(await page.textContent('#doc-title'), /Harbour tunnel opens/);
  } finally {
    await close();
  }
});

test('pasted HTML: the page title wins over a caption at the top of the article', async () => {
  // An infobox caption or label that the extracted text starts with was
  // once shown as the document's title ("God Defend New Zealand" on a
  // pasted Wikipedia page). Page of our own writing.
  const { page, close } = await openPage();
  try {
    const html = `<!doctype html><html><head><title>Harbour tunnel opens</title></head><body>
      <article><p>Photo by the harbour office staff</p>
      ${['The new harbour tunnel opened on Monday after six years of work and a cost of €1.1 billion.',
    'Engineers said the tunnel will carry 40,000 cars a day and cut journey times across the bay by half.',
    'Mayor Ana Lima thanked the workers and said the city would now turn to its rail links.'].map((p) => `<p>${p}</p>`).join('\n')}
      </article></body></html>`;
    await paste(page, '#input', html);
    await page.waitForSelector('#summary li');
    assert.equal((await page.textContent('#doc-title')).trim(), 'Harbour tunnel opens');
    assert.doesNotMatch(await page.textContent('#summary'), /Photo by the harbour office/);
  } finally {
    await close();
  }
});

test('open a file, drop a file; non-text files and oversized files give readable errors', async () => {
  const { page, close } = await openPage();
  try {
    const text = 'Ships returned to the port of Valencia on Tuesday. The strike ended after three days. Unions said talks would continue in May.';
    await page.setInputFiles('#file', { name: 'strike.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length > 0);
    assert.match(await page.textContent('#status'), /Opened strike\.txt|sentences/);
    assert.equal(await page.inputValue('#input'), text);
    // Markdown by drag and drop onto the text area.
    const md = '# Vote delayed\n\nThe council delayed its vote on the budget until March. Members asked for more time to read the plan.';
    const dataTransfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'notes.md', { type: 'text/markdown' }));
      return dt;
    }, md);
    await page.dispatchEvent('#dropzone', 'dragenter', { dataTransfer });
    assert.ok(await page.$('#dropzone.dragging'));
    await page.dispatchEvent('#dropzone', 'drop', { dataTransfer });
    await page.waitForFunction((v) => document.querySelector('#input').value === v, md);
    // Its summary first: a run still going would clear the error below when
    // it ends (on a loaded machine it can end after the next step).
    await page.waitForFunction(() => /council/.test(document.querySelector('#summary')?.textContent ?? ''));
    // A picture is not text.
    await page.setInputFiles('#file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0]) });
    await page.waitForSelector('#error:not([hidden])');
    assert.match(await page.textContent('#error'), /photo\.png.*not a text file/);
    // Binary bytes in a .txt file.
    await page.setInputFiles('#file', { name: 'data.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]) });
    await page.waitForFunction(() => /does not contain text/.test(document.querySelector('#error').textContent));
    // Past 16 MB.
    await page.setInputFiles('#file', { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(17 * 1024 * 1024, 97) });
    await page.waitForFunction(() => /16 MB/.test(document.querySelector('#error').textContent));
    // The page keeps working after the errors.
    await page.click('#sample');
    await page.waitForFunction(() => document.querySelector('#error').hidden && document.querySelectorAll('#summary li').length === 3);
  } finally {
    await close();
  }
});

test('a file refused while the previous text is summarized keeps its error when that run ends', async () => {
  const { page, close } = await openPage();
  try {
    // A long text, so that its run is still going when the file is refused.
    const sentence = 'The council met on Monday and voted on the budget for the schools of the city. ';
    await page.fill('#input', sentence.repeat(20000));
    await page.setInputFiles('#file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0]) });
    await page.waitForSelector('#error:not([hidden])');
    // The earlier run lands (its summary shows) and the error stays.
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length > 0, null, { timeout: 60_000 });
    assert.equal(await page.isHidden('#error'), false);
    assert.match(await page.textContent('#error'), /photo\.png.*not a text file/);
  } finally {
    await close();
  }
});

test('a one-line text: singular counts, and its language shown as unsure', async () => {
  const { page, close } = await openPage();
  try {
    await page.fill('#input', 'Biden spoke in Berlin on Monday.');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 1);
    const times = await page.textContent('#doc-times');
    assert.match(times, /1 of 1 sentence · 6 words · Language: English \(detected, unsure\)/);
    assert.match(await page.textContent('#status'), /^1 sentence \(1 scored\)/);
  } finally {
    await close();
  }
});

test('binary junk pasted as text shows a readable error and the page recovers', async () => {
  const { page, close } = await openPage();
  try {
    await page.fill('#input', '\u0001\u0002\u0003\u0004'.repeat(100));
    await page.waitForSelector('#error:not([hidden])');
    assert.match(await page.textContent('#error'), /does not look like text/);
    await page.fill('#input', 'It works again. The council met on Monday. The plan passed.');
    await page.waitForFunction(() => document.querySelector('#error').hidden && document.querySelectorAll('#summary li').length > 0);
  } finally {
    await close();
  }
});
