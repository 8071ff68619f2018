// Hostile article text highlighted by highlightElement (and by highlight()
// segments rendered as text nodes) never runs: no dialog, no script element,
// no event-handler attribute; clearHighlights restores the exact markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openPage } from './helpers.mjs';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

// Article paragraphs as TEXT (the page would get them from a real article).
const HOSTILE = [
  'Steve Witkoff <img src=x onerror=alert(1)> met Yuri Ushakov in Moscow on October 14.',
  '</mark><script>alert(1)</script> Donald Trump paid $1 million, the Kremlin said.',
  'See javascript:alert(1) or https://example.com/"><svg onload=alert(1)> today, wrote Alina Habba.',
  '<mark data-lede data-type="PERSON" onmouseover="alert(1)">fake</mark> Witkoff left for Washington.',
  '"><iframe srcdoc="<script>alert(1)</script>"></iframe> FBI Director James Comey & Co.',
];

async function checkDom(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const all = [...root.querySelectorAll('*')];
    const handlers = all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
    const tags = [...new Set(all.map((el) => el.tagName.toLowerCase()))].sort();
    const markAttributes = [...new Set([...root.querySelectorAll('mark')].flatMap((m) => [...m.attributes].map((a) => a.name)))].sort();
    return { handlers, tags, markAttributes, scripts: root.querySelectorAll('script, img, svg, iframe').length, text: root.textContent };
  }, selector);
}

test('hostile text stays text through highlightElement, highlight() and clearHighlights', async () => {
  const { page, errors, close } = await openPage({
    path: '/test/highlight.html',
    mounts: [{ prefix: '/test/', root: FIXTURES, csp: null }],
  });
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  try {
    // Build the article with text nodes only, one paragraph per string,
    // plus a name split over inline elements.
    const original = await page.evaluate((paragraphs) => {
      const article = document.getElementById('article');
      for (const text of paragraphs) {
        const p = document.createElement('p');
        p.textContent = text;
        article.append(p);
      }
      const p = document.createElement('p');
      const b = document.createElement('b');
      b.textContent = 'Steve';
      p.append(b, document.createTextNode(' Witkoff <b onclick=alert(1)>bold</b> again.'));
      article.append(p);
      return { html: article.innerHTML, text: article.textContent };
    }, HOSTILE);

    const result = await page.evaluate(() => window.lede.highlightElement(document.getElementById('article')));
    assert.ok(result.marks >= 10, `marks: ${result.marks}`);
    const types = new Set(result.entities.map((e) => e.type));
    for (const t of ['PERSON', 'PLACE', 'DATE', 'MONEY', 'ORG', 'URL']) assert.ok(types.has(t), `found a ${t}`);
    const after = await checkDom(page, '#article');
    assert.deepEqual(after.handlers, [], 'no event-handler attribute was created');
    assert.equal(after.scripts, 0, 'no script, img, svg or iframe element was created');
    assert.deepEqual(after.tags, ['b', 'mark', 'p']);
    assert.deepEqual(after.markAttributes, ['data-entity-id', 'data-lede', 'data-type']);
    assert.equal(after.text, original.text, 'the text is unchanged');

    // "Steve" in <b> and " Witkoff" after it: two marks, one entity id.
    const split = await page.evaluate(() => {
      const p = document.querySelector('#article p:last-child');
      return [...p.querySelectorAll('mark')].slice(0, 2).map((m) => [m.textContent, m.dataset.entityId, m.parentElement.tagName]);
    });
    assert.equal(split[0][0], 'Steve');
    assert.equal(split[0][2], 'B');
    assert.equal(split[1][0], ' Witkoff');
    assert.equal(split[0][1], split[1][1]);

    // A second call does not double-wrap.
    const again = await page.evaluate(() => window.lede.highlightElement(document.getElementById('article')));
    assert.equal(again.marks, result.marks);
    assert.equal(await page.evaluate(() => document.querySelectorAll('mark mark').length), 0);

    // Clearing restores the exact original markup.
    const removed = await page.evaluate(() => window.lede.clearHighlights(document.getElementById('article')));
    assert.equal(removed, result.marks);
    assert.equal(await page.evaluate(() => document.getElementById('article').innerHTML), original.html);

    // highlight() segments rendered the way the page renders them.
    const rendered = await page.evaluate((paragraphs) => {
      const out = document.getElementById('segments');
      const text = paragraphs.join('\n\n');
      for (const seg of window.lede.highlight(text)) {
        if (seg.entity) {
          const mark = document.createElement('mark');
          mark.dataset.type = seg.entity.type;
          mark.append(document.createTextNode(seg.text));
          out.append(mark);
        } else {
          out.append(document.createTextNode(seg.text));
        }
      }
      return { same: out.textContent === text, marks: out.querySelectorAll('mark').length };
    }, HOSTILE);
    assert.ok(rendered.same, 'segments join back to the input');
    assert.ok(rendered.marks >= 8);
    const segDom = await checkDom(page, '#segments');
    assert.deepEqual(segDom.handlers, []);
    assert.equal(segDom.scripts, 0);

    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, [], 'no alert or other dialog fired');
    assert.deepEqual(errors, []);

    // The canary: on this page (no CSP) markup made from a string does run,
    // so the empty dialog list above means something.
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.innerHTML = '<img src="data:," onerror="alert(\'canary\')"><img src="x:" onerror="alert(\'canary\')">';
      document.body.append(div);
    });
    await page.waitForFunction(() => true);
    await page.waitForTimeout(300);
    assert.ok(dialogs.includes('canary'), `the canary fired: ${JSON.stringify(dialogs)}`);
  } finally {
    await close();
  }
});
