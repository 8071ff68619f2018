import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '/work/main/tests/page/helpers.mjs';
const ROOT = '/work/main/';
const want = process.argv.slice(2);
const lines = gunzipSync(readFileSync('/work/shared/data/extract-trafilatura-dev/pages.jsonl.gz')).toString().split('\n').filter(Boolean);
const pages = lines.map((l) => JSON.parse(l)).filter((p) => want.some((w) => p.url.includes(w)));
const profile = mkdtempSync(join(tmpdir(), 'lede-tour-'));
const ext = join(profile, 'extension');
cpSync(join(ROOT, 'dist/extension'), ext, { recursive: true });
const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
manifest.host_permissions = ['http://127.0.0.1/*'];
writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));
let cur = '';
const server = createServer((req, res) => req.url.startsWith('/a') ? res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(cur) : res.writeHead(404).end());
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const context = await chromium.launchPersistentContext(join(profile, 'ud'), {
  executablePath: chromiumPath(), headless: false, viewport: { width: 1000, height: 900 },
  args: [...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
let [worker] = context.serviceWorkers();
worker ??= await context.waitForEvent('serviceworker');
const id = new URL(worker.url()).host;
let n = 0;
for (const p of pages) {
  cur = p.html;
  const url = `http://127.0.0.1:${server.address().port}/a${n}.html`;
  const tab = await context.newPage();
  await tab.route('**/*', (r) => (r.request().url().startsWith(url) || !/^https?:/.test(r.request().url())) ? r.continue() : r.abort());
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id, url);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.click('#toggle');
  try { await popup.waitForSelector('body[data-state="highlighted"]', { timeout: 15000 }); } catch (e) { console.log('state', await popup.evaluate(() => document.body.dataset.state)); }
  await popup.screenshot({ path: `/tmp/ext-${n}-popup.png`, fullPage: true });
  const info = await popup.evaluate(() => ({ status: document.querySelector('#status')?.textContent, title: document.querySelector('h1,#title')?.textContent, summary: [...document.querySelectorAll('#summary li')].map((e) => e.textContent.slice(0, 200)), chips: [...document.querySelectorAll('#entities .chip')].slice(0, 30).map((e) => e.textContent) }));
  console.log('==', n, p.url, '\n', JSON.stringify(info, null, 1));
  await tab.bringToFront();
  await tab.screenshot({ path: `/tmp/ext-${n}-page.png` });
  await popup.close(); await tab.close();
  n++;
}
await context.close(); server.close(); rmSync(profile, { recursive: true, force: true });
