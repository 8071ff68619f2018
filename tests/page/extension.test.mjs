// The browser extension in real Chromium: Playwright loads the unpacked
// extension (dist/extension, from scripts/build-extension.sh), opens a local
// article, triggers "Summarize this page" from the popup, and checks the
// marks in the page and the popup's content; a second click restores the
// page. Pages with a strict CSP take the popup fallback; content that
// arrives after load is summarized because the script is injected on click.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './helpers.mjs';

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

async function openArticle(path) {
  const page = await context.newPage();
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(base + path);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url })).at(-1)?.id, base + path);
  assert.ok(tabId, 'found the article tab');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('body[data-ready="true"]');
  return { page, popup, dialogs };
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
  assert.match(await popup.textContent('#summary'), /Seville/);
  assert.match(await popup.textContent('#title'), /Heatwave closes schools/);
  await page.close();
  await popup.close();
});

test('the manifest asks for little and allows wasm only on extension pages', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual(manifest.permissions.sort(), ['activeTab', 'scripting']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined, 'nothing is injected until the user asks');
  assert.match(manifest.content_security_policy.extension_pages, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.ok(existsSync(fileURLToPath(new URL('../../dist/lede-extension.zip', import.meta.url))));
});
