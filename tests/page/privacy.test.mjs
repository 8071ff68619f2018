// Private by design: no request leaves 127.0.0.1, a strict CSP with
// Trusted Types is in force, article text never becomes markup, and the
// page works offline once loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, paste } from './helpers.mjs';

test('no request leaves 127.0.0.1, from the page, the worker or the service worker', async () => {
  const { page, context, base, requests, close } = await openPage();
  const all = [];
  context.on('request', (r) => all.push(r.url()));
  try {
    await page.click('#sample');
    await page.waitForSelector('#summary li');
    await page.fill('#length', '5');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 5);
    await page.click('#copy-text');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const urls = [...requests, ...all];
    assert.ok(urls.length > 5, 'requests were observed');
    for (const url of urls) {
      const { protocol, hostname } = new URL(url);
      assert.ok(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1', `request to ${url}`);
    }
    assert.ok(urls.some((u) => u.endsWith('/pkg/lede_bg.wasm')), 'the wasm came from our origin');
    assert.ok(urls.every((u) => u.startsWith(base) || !u.startsWith('http')));
  } finally {
    await close();
  }
});

test('a strict Content-Security-Policy and Trusted Types are enforced', async () => {
  const { page, base, close } = await openPage();
  try {
    const response = await page.request.get(`${base}/`);
    const csp = response.headers()['content-security-policy'];
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.match(csp, /default-src 'self'/);
    const sinks = await page.evaluate(() => {
      const results = {};
      try { document.body.insertAdjacentHTML('beforeend', '<b>x</b>'); results.insertAdjacentHTML = 'allowed'; } catch (e) { results.insertAdjacentHTML = e.name; }
      try { const d = document.createElement('div'); d.innerHTML = '<img src=x>'; results.innerHTML = 'allowed'; } catch (e) { results.innerHTML = e.name; }
      try { const sc = document.createElement('script'); sc.src = 'https://example.com/x.js'; results.scriptSrc = 'allowed'; } catch (e) { results.scriptSrc = e.name; }
      return results;
    });
    assert.deepEqual(sinks, { insertAdjacentHTML: 'TypeError', innerHTML: 'TypeError', scriptSrc: 'TypeError' });
  } finally {
    await close();
  }
});

test('hostile article text is shown as text and never runs', async () => {
  const { page, errors, close } = await openPage();
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  try {
    const hostile = [
      'Mayor Helena Marques <img src=x onerror=alert(1)> met Steve Witkoff in Lisbon on Monday.',
      '</mark><script>alert(2)</script> The council approved €2.4 billion for the riverfront, officials said.',
      'Read more at javascript:alert(3) or https://example.com/"><svg onload=alert(4)> before June 30.',
      '<mark data-type="PERSON" onmouseover="alert(5)">fake</mark> Critics in Lisbon called the plan a bet on concrete.',
    ].join('\n\n');
    await paste(page, '#input', hostile);
    await page.waitForSelector('#summary li');
    await page.hover('#article .sent:not(.noncandidate)');
    await page.click('#entities button[data-entity-id]');
    const found = await page.evaluate(() => {
      const roots = ['#summary', '#article', '#entities', '#keyphrases', '#doc-meta'].map((s) => document.querySelector(s));
      const all = roots.flatMap((r) => [...r.querySelectorAll('*')]);
      return {
        dangerous: all.filter((el) => ['SCRIPT', 'IMG', 'SVG', 'IFRAME'].includes(el.tagName.toUpperCase())).length,
        handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name))).length,
        text: document.querySelector('#article').textContent,
      };
    });
    assert.equal(found.dangerous, 0);
    assert.equal(found.handlers, 0);
    assert.match(found.text, /<img src=x onerror=alert\(1\)>/, 'the markup is shown literally');
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('works offline once loaded', async () => {
  const { page, context, close } = await openPage();
  try {
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Let the service worker finish caching, then take the network away.
    await page.waitForFunction(async () => (await (await caches.open('lede-v1')).keys()).length >= 10);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#sample');
    await page.waitForSelector('#summary li');
    assert.equal(await page.locator('#summary li').count(), 3);
    await context.setOffline(false);
  } finally {
    await close();
  }
});
