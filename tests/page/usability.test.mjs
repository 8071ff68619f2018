// Usability: keyboard use with visible focus, labels, dark mode that follows
// the system, and a layout that works from a phone to a wide screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './helpers.mjs';

test('every control is reachable by keyboard, labelled, and shows its focus', async () => {
  const { page, close } = await openPage();
  try {
    const tabThrough = async (count) => {
      const reached = new Set();
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          return { id: el.id || el.getAttribute('name') || el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        reached.add(info.id);
        if (info.id !== 'BODY') assert.ok(info.outline !== 'none' && info.width >= 2, `${info.id} shows focus`);
      }
      return reached;
    };
    // From a fresh page: the skip link, the input controls, the summary controls.
    const first = await tabThrough(12);
    for (const id of ['A', 'sample', 'file', 'clear', 'input', 'unit', 'length', 'algorithm', 'order']) {
      assert.ok(first.has(id), `${id} is reachable with Tab (reached: ${[...first].join(', ')})`);
    }
    await page.click('#sample');
    await page.waitForSelector('#summary li');
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button')]
      .filter((el) => !el.closest('[hidden]'))
      .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.textContent.trim()))
      .map((el) => el.id || el.outerHTML.slice(0, 60)));
    assert.deepEqual(unlabelled, []);
    // With results: the output buttons, entity names and scored sentences.
    await page.focus('#order');
    const second = await tabThrough(70);
    for (const id of ['copy-text', 'copy-md', 'download', 'BUTTON', 'SPAN']) {
      assert.ok(second.has(id), `${id} is reachable with Tab (reached: ${[...second].join(', ')})`);
    }
    // The slider works from the keyboard.
    await page.focus('#length');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 4);
  } finally {
    await close();
  }
});

test('dark mode follows the system', async () => {
  const light = await openPage({ colorScheme: 'light' });
  const dark = await openPage({ colorScheme: 'dark' });
  try {
    const bg = (p) => p.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [l, d] = [await bg(light), await bg(dark)];
    const lum = (c) => c.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    assert.ok(lum(l) > 600, `light background ${l}`);
    assert.ok(lum(d) < 150, `dark background ${d}`);
  } finally {
    await light.close();
    await dark.close();
  }
});

for (const width of [360, 768, 1920]) {
  test(`the layout fits a ${width}px wide screen without sideways scrolling`, async () => {
    const { page, close } = await openPage({ viewport: { width, height: 800 } });
    try {
      await page.click('#sample');
      await page.waitForSelector('#summary li');
      const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
      assert.ok(scroll <= inner, `page is ${scroll}px wide in a ${inner}px viewport`);
      const box = await page.locator('#summary').boundingBox();
      assert.ok(box.width > Math.min(300, width - 80));
    } finally {
      await close();
    }
  });
}
