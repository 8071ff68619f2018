// Takes the README's screenshots of the page (light, dark, phone width) and
// of the extension (popup and a highlighted article of our own writing, scrolled
// to an entity's mention from the popup) in headless Chromium:
// `node scripts/screenshots.mjs` after ./scripts/build-extension.sh.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, openPage } from '../tests/page/helpers.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DOCS = join(ROOT, 'docs');

async function page(name, { colorScheme, width, height, fullPage = false }) {
  const { page: p, close } = await openPage({ colorScheme, viewport: { width, height } });
  await p.click('#sample');
  await p.waitForSelector('#summary li');
  if (width < 600) {
    // A phone: the page scrolls down to the summary by itself.
    await p.waitForFunction(() => scrollY > 0);
  } else {
    await p.hover('#article .sent.selected');
    await p.waitForSelector('#tooltip:not([hidden])');
  }
  await p.screenshot({ path: join(DOCS, name), fullPage });
  await close();
  console.log(`docs/${name}`);
}

async function extension() {
  const profile = mkdtempSync(join(tmpdir(), 'lede-shots-'));
  const ext = join(profile, 'extension');
  cpSync(join(ROOT, 'dist/extension'), ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));
  const article = readFileSync(join(ROOT, 'tests/page/fixtures/extension/feature.html'));
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(article));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/article.html`;
  const context = await chromium.launchPersistentContext(join(profile, 'user-data'), {
    executablePath: chromiumPath(), headless: false, viewport: { width: 900, height: 640 },
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const id = new URL(worker.url()).host;
  const tab = await context.newPage();
  await tab.goto(url);
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id, url);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.click('#toggle');
  await popup.waitForSelector('body[data-state="highlighted"]');
  // A chip click scrolls the page to a mention and outlines it.
  await popup.locator('#entities .chip').filter({ hasText: 'Siobhan Keane' }).first().click();
  await popup.waitForFunction(() => /mention 1 of/.test(document.querySelector('#status').textContent));
  await popup.screenshot({ path: join(DOCS, 'extension-popup.png'), fullPage: true });
  await tab.bringToFront();
  // The chip scrolls the page smoothly: wait until the scroll position has
  // held still for a dozen frames, or the shot catches the page half painted.
  await tab.evaluate(() => new Promise((resolve) => {
    let last = -1;
    let still = 0;
    const tick = () => {
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
      if (still >= 12) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }));
  await tab.screenshot({ path: join(DOCS, 'extension-page.png') });
  console.log('docs/extension-popup.png\ndocs/extension-page.png');
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

await page('page-light.png', { colorScheme: 'light', width: 1400, height: 1000 });
await page('page-dark.png', { colorScheme: 'dark', width: 1400, height: 1000 });
await page('page-phone.png', { colorScheme: 'light', width: 390, height: 844 });
await extension();
