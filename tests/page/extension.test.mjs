// The browser extension in real Chromium: Playwright loads the unpacked
// extension (dist/extension, from scripts/build-extension.sh), opens a local
// article, triggers "Summarize this page" from the popup, and checks the
// marks in the page and the popup's content; a second click restores the
// page. Pages with a strict CSP take the popup fallback; content that
// arrives after load is summarized because the script is injected on click.
// The popup keeps its result across close and reopen, copies the summary,
// and its entity chips scroll the page; marks stay inside the extracted
// article, on a page of our own writing and on rendered readability-dev pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, openRendered, SHARED, shared } from './helpers.mjs';

const DIST = fileURLToPath(new URL('../../dist/extension/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/extension/', import.meta.url));

let server;
let base;
let context;
let extensionId;
let worker;
let profile;

before(async () => {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    throw new Error('dist/extension not found: run ./scripts/build-extension.sh first (./scripts/test.sh does)');
  }
  // A copy of the extension with host access to the test server: in real use
  // the user's click grants activeTab for the current tab, which a test
  // cannot click. Nothing else differs.
  profile = mkdtempSync(join(tmpdir(), 'lede-ext-'));
  const ext = join(profile, 'extension');
  cpSync(DIST, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  // So the test can read back what the copy buttons wrote.
  manifest.permissions.push('clipboardRead');
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest, null, 2));

  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const strict = url.pathname.startsWith('/strict/');
    const name = url.pathname.replace(/^\/(strict\/)?/, '');
    const file = join(FIXTURES, name);
    if (!/^[\w.-]+$/.test(name) || !existsSync(file)) return res.writeHead(404).end('not found');
    const headers = { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' };
    // A strict policy without 'wasm-unsafe-eval', as many news sites send.
    if (strict) headers['content-security-policy'] = "default-src 'self'; script-src 'self'; style-src 'self'";
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;

  context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: chromiumPath(),
    headless: false, // the --headless=new flag below runs it headless, with extensions
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  extensionId = new URL(worker.url()).host;
});

after(async () => {
  await context?.close();
  await new Promise((r) => server?.close(r));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function openPopup(tabId) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('body[data-ready="true"]');
  return popup;
}

async function tabIdOf(url) {
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u })).at(-1)?.id, url);
  assert.ok(tabId, 'found the article tab');
  return tabId;
}

async function openArticle(path) {
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(base + path);
  const tabId = await tabIdOf(base + path);
  const popup = await openPopup(tabId);
  return { page, popup, dialogs, tabId };
}

async function summarizeInPopup(popup) {
  await popup.click('#toggle');
  await popup.waitForSelector('body[data-state="highlighted"], #error:not([hidden])', { timeout: 30_000 });
  assert.equal(await popup.isHidden('#error'), true, await popup.textContent('#error'));
}

/** Where no mark may be: menus, share bars, site furniture. */
const NOT_ARTICLE = 'nav, [role="navigation"], aside, [role="complementary"], body > header, body > footer, '
  + ':not(html, body, main, article)[class*="share" i], :not(html, body, main, article)[id*="share" i]';
/** Nor in captions and tables of contents (Wikipedia's is a div.toc). */
const CAPTIONS = 'figcaption, [role="doc-toc"], .toc, #toc';
// Captions and tables of contents are not in lede's Article text (captions
// are notes beside it; a caption the page's description repeats is not the
// standfirst either), and marks follow the Article text.

/** The marks in the page, and those inside `outside` (with their text, to read a failure). */
function marksIn(page, outside) {
  return page.evaluate((sel) => {
    const marks = [...document.querySelectorAll('mark[data-lede], mark[data-lede-sentence]')];
    const where = (m) => m.closest(sel);
    const bad = marks.filter(where).map((m) => `${where(m).tagName.toLowerCase()}.${where(m).className}: ${m.textContent}`);
    return { total: marks.length, entities: marks.filter((m) => m.hasAttribute('data-lede')).length, bad };
  }, outside);
}

async function summarizeAndCheck(page, popup) {
  const original = await page.evaluate(() => document.body.innerHTML);
  assert.equal(await popup.textContent('#toggle'), 'Summarize this page');
  await popup.click('#toggle');
  await popup.waitForSelector('body[data-state="highlighted"]', { timeout: 30_000 });
  assert.equal(await popup.isHidden('#error'), true, await popup.textContent('#error'));
  // The popup shows the summary, entities and keyphrases.
  assert.equal(await popup.locator('#summary li').count(), 3);
  assert.ok(await popup.locator('#entities .chip').count() >= 3);
  assert.ok(await popup.locator('#keyphrases li').count() >= 3);
  assert.equal(await popup.textContent('#toggle'), 'Remove highlights');
  // The page has the summary sentences and the entities marked.
  const marks = await page.evaluate(() => ({
    sentences: document.querySelectorAll('mark[data-lede-sentence]').length,
    entities: document.querySelectorAll('mark[data-lede][data-type]').length,
    inNav: document.querySelectorAll('nav mark, footer mark, .related mark').length,
  }));
  assert.ok(marks.sentences >= 3, `sentence marks: ${marks.sentences}`);
  assert.ok(marks.entities >= 3, `entity marks: ${marks.entities}`);
  assert.equal(marks.inNav, 0, 'nothing outside the article is marked');
  // Second click: every mark removed, the DOM as it was.
  await popup.click('#toggle');
  await popup.waitForSelector('body[data-state="idle"]');
  assert.equal(await page.evaluate(() => document.body.innerHTML), original);
  assert.match(await popup.textContent('#status'), /Removed \d+ highlights/);
  return popup.getAttribute('body', 'data-mode');
}

test('summarize an article in the content script, highlight it, then restore the page', async () => {
  const { page, popup, dialogs } = await openArticle('/article.html');
  const mode = await summarizeAndCheck(page, popup);
  assert.equal(mode, 'content-script');
  const summary = await popup.$$eval('#summary li', (l) => l.map((x) => x.textContent).join(' '));
  assert.match(summary, /strike/);
  assert.doesNotMatch(summary, /Share on social|Comments|cheap flights|All rights reserved/);
  assert.match(await popup.textContent('#title'), /Valencia port strike ends/);
  assert.deepEqual(dialogs, []);
  await page.close();
  await popup.close();
});

test('opening the popup loads lede into the page without touching the page', async () => {
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${base}/article.html`);
  const original = await page.evaluate(() => document.documentElement.outerHTML);
  const tabId = await tabIdOf(`${base}/article.html`);
  const popup = await openPopup(tabId);
  // The popup's status request starts the warm-up; it ends ready, on a page that allows WebAssembly.
  const message = (type) => popup.evaluate(([id, t]) => chrome.tabs.sendMessage(id, { type: t }), [tabId, type]);
  assert.deepEqual(await message('lede:warm-up'), { ok: true, result: { warmUp: 'ready' } });
  const status = (await message('lede:status')).result;
  assert.equal(status.warmUp, 'ready');
  assert.equal(status.highlighted, false);
  // The popup has no need to warm itself up.
  assert.equal(await popup.getAttribute('body', 'data-warm-up'), null);
  // Nothing of the page changed, and the page made no request of its own for it.
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), original);
  assert.deepEqual(requests.filter((u) => !u.startsWith('chrome-extension://')), [`${base}/article.html`]);
  assert.equal(await popup.textContent('#toggle'), 'Summarize this page');
  await popup.close();
  await page.close();
});

test('a page that forbids WebAssembly fails the warm-up quietly, and the popup warms itself up', async () => {
  const page = await context.newPage();
  await page.goto(`${base}/strict/article.html`);
  const tabId = await tabIdOf(`${base}/strict/article.html`);
  const popup = await openPopup(tabId);
  const status = await popup.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'lede:warm-up' }), tabId);
  assert.equal(status.result.warmUp, 'failed');
  // The press will run lede in the popup: it loads and runs it once now.
  await popup.waitForSelector('body[data-warm-up="ready"]');
  assert.equal(await popup.isHidden('#error'), true);
  await popup.click('#toggle');
  await popup.waitForSelector('body[data-state="highlighted"], #error:not([hidden])', { timeout: 30_000 });
  assert.equal(await popup.isHidden('#error'), true, await popup.textContent('#error'));
  assert.equal(await popup.getAttribute('body', 'data-mode'), 'popup');
  await popup.close();
  await page.close();
});

test('entities that span elements are marked in pieces with one id', async () => {
  const { page, popup } = await openArticle('/article.html');
  await popup.click('#toggle');
  await popup.waitForSelector('body[data-state="highlighted"]', { timeout: 30_000 });
  const pieces = await page.evaluate(() => {
    const marks = [...document.querySelectorAll('mark[data-type="PERSON"]')];
    const jorge = marks.filter((m) => /Jorge|Navarro/.test(m.textContent));
    return { texts: jorge.map((m) => m.textContent), ids: [...new Set(jorge.slice(0, 2).map((m) => m.dataset.entityId))] };
  });
  assert.deepEqual(pieces.texts.slice(0, 2), ['Jorge', ' Navarro']);
  assert.equal(pieces.ids.length, 1);
  await popup.click('#toggle');
  await popup.waitForSelector('body[data-state="idle"]');
  await page.close();
  await popup.close();
});

test('a page whose CSP blocks WebAssembly is summarized in the popup and marked the same way', async () => {
  const { page, popup } = await openArticle('/strict/article.html');
  const mode = await summarizeAndCheck(page, popup);
  assert.equal(mode, 'popup');
  await page.close();
  await popup.close();
});

test('content that arrives after load is summarized on demand', async () => {
  const { page, popup } = await openArticle('/late.html');
  await page.waitForSelector('body[data-loaded="true"]');
  await summarizeAndCheck(page, popup);
  await popup.click('#toggle');
  await popup.waitForSelector('body[data-state="highlighted"]');
  // The summary is of the story that arrived, not of the loading notice.
  assert.match(await popup.textContent('#summary'), /Seville|Ortega|Cordoba|Virgen del Rocio/);
  assert.doesNotMatch(await popup.textContent('#summary'), /Loading the story/);
  assert.match(await popup.textContent('#title'), /Heatwave closes schools/);
  await page.close();
  await popup.close();
});

test('the popup keeps its result across close and reopen, with "Remove highlights" beside it', async () => {
  const { page, popup, tabId } = await openArticle('/article.html');
  await summarizeInPopup(popup);
  const before = {
    summary: await popup.$$eval('#summary li', (l) => l.map((x) => x.textContent)),
    chips: await popup.locator('#entities .chip').count(),
    status: await popup.textContent('#status'),
  };
  assert.equal(before.summary.length, 3);
  // The popup closes as soon as the reader clicks the page; open it again.
  await popup.close();
  await page.click('h1');
  const again = await openPopup(tabId);
  assert.equal(await again.isVisible('#result'), true, 'the result is shown again');
  assert.deepEqual(await again.$$eval('#summary li', (l) => l.map((x) => x.textContent)), before.summary);
  assert.equal(await again.locator('#entities .chip').count(), before.chips);
  assert.ok(before.chips >= 3);
  assert.equal(await again.textContent('#status'), before.status);
  assert.match(before.status, /Highlighted 3 summary sentences and \d+ entity mentions/);
  assert.equal(await again.textContent('#toggle'), 'Remove highlights');
  assert.ok((await again.textContent('#title')).length > 5);
  // "Remove highlights" restores the page and forgets the result.
  await again.click('#toggle');
  await again.waitForSelector('body[data-state="idle"]');
  assert.equal(await again.isHidden('#result'), true);
  await again.close();
  const third = await openPopup(tabId);
  assert.equal(await third.isHidden('#result'), true);
  assert.equal(await third.textContent('#toggle'), 'Summarize this page');
  // A result for a page that has since been reloaded is not shown.
  await summarizeInPopup(third);
  await third.close();
  await page.reload();
  const fourth = await openPopup(tabId);
  assert.equal(await fourth.isHidden('#result'), true, 'no stale result after the page reloaded');
  assert.equal(await fourth.textContent('#toggle'), 'Summarize this page');
  await fourth.close();
  await page.close();
});

test('copy buttons put the summary on the clipboard as text and as Markdown', async () => {
  const { page, popup } = await openArticle('/article.html');
  await summarizeInPopup(popup);
  const summary = await popup.$$eval('#summary li', (l) => l.map((x) => x.textContent));
  const title = await popup.textContent('#title');
  await popup.bringToFront();
  await popup.click('#copy-text');
  await popup.waitForFunction(() => /Copied the summary as text/.test(document.querySelector('#status').textContent));
  assert.equal(await popup.evaluate(() => navigator.clipboard.readText()), summary.join('\n'));
  await popup.click('#copy-md');
  await popup.waitForFunction(() => /Copied the summary as Markdown/.test(document.querySelector('#status').textContent));
  const md = await popup.evaluate(() => navigator.clipboard.readText());
  assert.equal(md, `## [${title}](${base}/article.html)\n\n${summary.map((s) => `- ${s}`).join('\n')}\n`);
  await popup.click('#toggle');
  await popup.waitForSelector('body[data-state="idle"]');
  await page.close();
  await popup.close();
});

test('entity chips scroll the page to the next mention; types in a fixed order, with a legend', async () => {
  const { page, popup } = await openArticle('/feature.html');
  await page.setViewportSize({ width: 800, height: 400 });
  await summarizeInPopup(popup);
  // Fixed order of types, whatever comes first in the article.
  const ORDER = ['PERSON', 'ORG', 'PLACE', 'GROUP', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'NUMBER', 'EMAIL', 'URL'];
  const types = await popup.$$eval('#entities .group', (g) => g.map((x) => x.dataset.type));
  assert.ok(types.length >= 3, `types: ${types}`);
  assert.deepEqual(types, [...types].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)));
  // The legend explains the marks: the summary's shading and a colour per type shown.
  assert.equal(await popup.locator('#legend .key.sentence').count(), 1);
  assert.deepEqual(await popup.$$eval('#legend .key.entity', (k) => k.map((x) => x.dataset.type)), types);
  const colours = await popup.$$eval('#legend .key.entity', (k) => k.map((x) => getComputedStyle(x).borderBottomColor));
  assert.equal(new Set(colours).size, new Set(types.map((t) => ({ TIME: 'DATE', PERCENT: 'MONEY', NUMBER: 'MONEY', URL: 'EMAIL' })[t] ?? t)).size);
  // A chip of a name mentioned several times: each click shows the next mention.
  const chip = popup.locator('#entities .chip').filter({ hasText: 'Padraig Walsh' }).first();
  const id = await chip.getAttribute('data-entity-id');
  const mentions = await page.locator(`mark[data-lede][data-entity-id="${id}"]`).count();
  assert.ok(mentions >= 2, `Padraig Walsh marks: ${mentions}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  const seen = [];
  for (let i = 0; i < 2; i++) {
    await chip.click();
    await popup.waitForFunction((n) => new RegExp(`Padraig Walsh: mention ${n} of \\d+`).test(document.querySelector('#status').textContent), i + 1);
    await page.waitForFunction(() => {
      const m = document.querySelector('mark[data-lede-current]');
      if (!m) return false;
      const box = m.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, null, { timeout: 5000 });
    seen.push(await page.evaluate(() => {
      const m = document.querySelector('mark[data-lede-current]');
      return { text: m.textContent, id: m.dataset.entityId, y: m.getBoundingClientRect().top + scrollY };
    }));
  }
  assert.equal(seen[0].id, id);
  assert.equal(seen[1].id, id);
  assert.ok(seen[1].y > seen[0].y, `the second click went further down: ${JSON.stringify(seen)}`);
  assert.ok(await page.evaluate(() => scrollY) > 0, 'the page scrolled');
  await popup.click('#toggle');
  await popup.waitForSelector('body[data-state="idle"]');
  await page.close();
  await popup.close();
});

for (const strict of [false, true]) {
  test(`marks only inside the article: not in menus, share bars, contents or captions${strict ? ' (popup fallback)' : ''}`, async (t) => {
    const { page, popup } = await openArticle(`${strict ? '/strict' : ''}/feature.html`);
    await summarizeInPopup(popup);
    assert.equal(await popup.getAttribute('body', 'data-mode'), strict ? 'popup' : 'content-script');
    const marks = await marksIn(page, NOT_ARTICLE);
    assert.deepEqual(marks.bad, []);
    const captions = await marksIn(page, CAPTIONS);
    await t.test('no marks in the photo caption', () => assert.deepEqual(captions.bad, []));
    // The contents box is a <nav>: no mark there already.
    assert.equal(await page.locator('nav.toc mark').count(), 0);
    assert.ok(marks.entities >= 10, `entity marks: ${marks.entities}`);
    // The names that the menu, contents and caption repeat are marked in the article's paragraphs.
    const inText = await page.$$eval('article > p mark[data-lede]', (m) => m.map((x) => x.textContent));
    for (const name of ['Siobhan Keane', 'Dublin', 'Padraig Walsh']) assert.ok(inText.includes(name), `${name} marked in the text: ${inText}`);
    await popup.click('#toggle');
    await popup.waitForSelector('body[data-state="idle"]');
    await page.close();
    await popup.close();
  });
}

test('marks only inside the article on rendered readability-dev pages', { timeout: 900_000 }, async (t) => {
  if (shared(t, 'data/readability-dev/001/source.html') === null) return;
  const dir = `${SHARED}data/readability-dev/`;
  const pages = readdirSync(dir).filter((id) => existsSync(join(dir, id, 'source.html'))).sort();
  assert.ok(pages.length >= 40, `${pages.length} pages`);
  const bad = [];
  const inCaptions = [];
  let marked = 0;
  for (const id of pages) {
    const tab = await openRendered(context, base, readFileSync(join(dir, id, 'source.html'), 'utf8'));
    const popup = await openPopup(await tabIdOf(`${base}/test/page.html`));
    await popup.click('#toggle');
    await popup.waitForSelector('body[data-state="highlighted"], #error:not([hidden])', { timeout: 60_000 });
    assert.equal(await popup.isHidden('#error'), true, `${id}: ${await popup.textContent('#error')}`);
    const marks = await marksIn(tab, NOT_ARTICLE);
    if (marks.total > 0) marked++;
    for (const b of marks.bad) bad.push(`${id}: ${b}`);
    for (const b of (await marksIn(tab, CAPTIONS)).bad) inCaptions.push(`${id}: ${b}`);
    await popup.close();
    await tab.close();
  }
  assert.deepEqual(bad, [], 'marks outside the article');
  assert.ok(marked >= pages.length - 1, `${marked} of ${pages.length} pages got marks`);
  await t.test('no marks in captions or tables of contents', () => assert.deepEqual(inCaptions, []));
});

test('the manifest asks for little and allows wasm only on extension pages', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual(manifest.permissions.sort(), ['activeTab', 'scripting', 'storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined, 'nothing is injected until the user asks');
  assert.match(manifest.content_security_policy.extension_pages, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.ok(existsSync(fileURLToPath(new URL('../../dist/lede-extension.zip', import.meta.url))));
});
