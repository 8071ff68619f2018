// Shared setup for the page tests: the static server, Debian's Chromium via
// playwright-core, and the third-party fixtures from ../shared (skipped with a
// message when absent, a failure under CI=true).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

export function chromiumPath() {
  return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

/**
 * Opens `html` in a new tab of `context` as the page at `${base}/test/page.html`,
 * the way a reader's browser would show it, minus the page's scripts (they
 * would reach for the network, which is closed) and with every request but
 * lede's own (`/pkg/`) refused. Give it a context with
 * `serviceWorkers: 'block'` (a service worker would answer first) and
 * `bypassCSP: true` (a page's own CSP would stop lede's wasm in the page
 * world; the extension runs it in its content script instead). `headers`
 * go with the page (a Content-Security-Policy, say).
 */
export async function openRendered(context, base, html, headers = {}) {
  const body = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const tab = await context.newPage();
  // Only web requests: an extension's own files (chrome-extension://) load as usual.
  await tab.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/test/page.html') {
      return route.fulfill({ contentType: 'text/html; charset=utf-8', headers, body });
    }
    if (url.origin === base && url.pathname.startsWith('/pkg/')) return route.continue();
    return route.abort();
  });
  await tab.goto(`${base}/test/page.html`, { waitUntil: 'domcontentloaded' });
  return tab;
}

/** Reads a file under ../shared, or returns null (test skips) when absent. */
export function shared(t, relative) {
  const path = SHARED + relative;
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const message = `../shared/${relative} not found: test skipped (it reads third-party data that is not in the repo)`;
  if (process.env.CI === 'true') throw new Error(`${message}; under CI=true this is a failure`);
  t.skip(message);
  return null;
}

/** Starts the server and a browser; returns {page, base, requests, close}. */
export async function openPage({ path = '/', colorScheme = 'light', viewport, mounts = [] } = {}) {
  const server = await startServer({ port: 0, quiet: true, mounts });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ colorScheme, viewport: viewport ?? { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(new Error(m.text())); });
  await page.goto(base + path);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return {
    page, base, requests, errors, context,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Pastes `text` into the focused element through the real clipboard. */
export async function paste(page, selector, text) {
  await page.focus(selector);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}
