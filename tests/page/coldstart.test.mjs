// How the page starts: the page compiles the wasm and hands it to the worker
// (one download, begun with the HTML), the worker still works on its own,
// and the service worker serves a load from its cache whole, taking up a
// rebuilt page from the next load on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath, openPage } from './helpers.mjs';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));

/** Polls the async `check` in the page (or worker) until it is true (15 s at most). */
async function until(page, check) {
  for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
    if (await page.evaluate(check)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${check}`);
}

test('the page fetches the wasm once, compiles it, and the worker gets the module', async () => {
  const { page, requests, errors, close } = await openPage();
  try {
    const worker = page.workers().find((w) => w.url().endsWith('/worker.js'));
    assert.ok(worker, 'the page started its worker');
    const [pageWasm, workerWasm] = await Promise.all([
      page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/pkg/lede_bg.wasm')).length),
      worker.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/pkg/lede_bg.wasm')).length),
    ]);
    assert.equal(pageWasm, 1, 'the page downloaded the wasm');
    assert.equal(workerWasm, 0, 'the worker did not download it again');
    assert.equal(requests.filter((u) => u.endsWith('/pkg/lede_bg.wasm')).length, 1);
    await page.click('#sample');
    await page.waitForSelector('#summary li');
    assert.equal(await page.locator('#summary li').count(), 3);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('an idle worker runs one small analysis so that the first text does not pay for compiling', async () => {
  const { page, close } = await openPage();
  try {
    const worker = page.workers().find((w) => w.url().endsWith('/worker.js'));
    await until(worker, () => performance.getEntriesByName('lede:warm-up-done').length === 1);
    await page.click('#sample');
    await page.waitForSelector('#summary li');
    assert.equal(await page.locator('#summary li').count(), 3);
  } finally {
    await close();
  }
});

test('worker.js started without the page\'s module fetches the wasm itself', async () => {
  const { page, close } = await openPage();
  try {
    const answer = await page.evaluate(async () => {
      const { trustedScriptURL } = await import('/lede-client.js');
      const worker = new Worker(trustedScriptURL(new URL('/worker.js', location.href)), { type: 'module' });
      const reply = await new Promise((resolve) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.postMessage({ id: 7, op: 'sentences', args: ['One sentence here. And a second one.'] });
      });
      worker.terminate();
      return reply;
    });
    assert.equal(answer.id, 7);
    assert.equal(answer.ok, true, JSON.stringify(answer.error));
    assert.equal(answer.result.length, 2);
  } finally {
    await close();
  }
});

test('the service worker serves a load from its cache and a rebuilt page from the next load on', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lede-www-'));
  cpSync(WWW, root, { recursive: true });
  const server = await startServer({ port: 0, quiet: true, root });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    const sample = () => page.evaluate(async () => (await fetch('samples/sample-article.txt')).text());
    await page.goto(`${base}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await until(page, async () => (await (await caches.open('lede-v1')).keys()).length >= 11);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const before = await sample();

    // "Rebuild" the page: the next load still shows the cached copy...
    writeFileSync(join(root, 'samples', 'sample-article.txt'), 'A rebuilt sample. It has two sentences.');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await sample(), before, 'served from the cache');
    // ...while the new set is fetched in the background, and the load after shows it.
    await until(page, async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('lede-next-') && (await (await caches.open(name)).keys()).length >= 11) return true;
      }
      return false;
    });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await sample(), 'A rebuilt sample. It has two sentences.');
    await page.click('#sample');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 2);
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    rmSync(root, { recursive: true, force: true });
  }
});

test('on a page the service worker served, a first small text is analysed in the page while the worker starts, with the worker\'s result', async () => {
  const server = await startServer({ port: 0, quiet: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  // What the reader sees of a result (the status line says how long it took, so it is left out).
  const shown = () => ['#summary', '#doc-meta', '#keyphrases', '#type-toggles', '#entities', '#article']
    .map((s) => document.querySelector(s).outerHTML).join('\n');
  try {
    const context = await browser.newContext();
    // "Try a sample" pressed as soon as the page's module has run, before the worker is ready.
    await context.addInitScript(() => addEventListener('DOMContentLoaded', () => document.querySelector('#sample').click()));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`${base}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    let here = null;
    for (let load = 0; load < 5 && !here; load++) {
      await page.reload();
      await page.waitForSelector('#summary li');
      await page.waitForSelector('body[data-ready="true"]');
      if (await page.evaluate(() => performance.getEntriesByName('lede:page-analyze-end').length === 1)) here = await page.evaluate(shown);
    }
    assert.ok(here, 'a first small text was analysed in the page in one of five loads');
    // The same text again, now that the worker is ready: it does the work, and the page shows the same.
    await page.click('#clear');
    await page.click('#sample');
    await page.waitForSelector('#summary li');
    assert.equal(await page.evaluate(() => performance.getEntriesByName('lede:page-analyze-start').length), 1);
    assert.equal(await page.evaluate(shown), here);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
});
