// The extension's way into a page: extractElement(document.body) on each
// readability-dev page rendered in Chromium (eval/extract_live.mjs) meets
// the same quality floor as extract() on the HTML: mean token F1 ≥ 0.90
// against Readability's expected.html, no page below 0.5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SHARED, shared } from './helpers.mjs';

const DATA = `${SHARED}data/readability-dev/`;
const SCRIPT = fileURLToPath(new URL('../../eval/extract_live.mjs', import.meta.url));

/** The text of an HTML fragment: tags out, scripts and styles out, entities decoded (enough for scoring). */
function textOf(html) {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
      if (e[0] === '#') return String.fromCodePoint(parseInt(e[1] === 'x' || e[1] === 'X' ? e.slice(2) : e.slice(1), e[1] === 'x' || e[1] === 'X' ? 16 : 10));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[e.toLowerCase()] ?? m;
    });
}

/** Token-multiset F1, tokens being runs of letters, digits and underscores, lower-cased. */
function f1(predicted, reference) {
  const bag = (s) => {
    const m = new Map();
    for (const t of s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const p = bag(predicted);
  const g = bag(reference);
  let overlap = 0;
  let np = 0;
  let ng = 0;
  for (const [t, n] of p) {
    np += n;
    overlap += Math.min(n, g.get(t) ?? 0);
  }
  for (const n of g.values()) ng += n;
  if (np === 0 && ng === 0) return 1;
  if (overlap === 0) return 0;
  const precision = overlap / np;
  const recall = overlap / ng;
  return (2 * precision * recall) / (precision + recall);
}

test('extractElement on rendered readability-dev pages meets the quality floor', { timeout: 240_000 }, async (t) => {
  if (shared(t, 'data/readability-dev/001/expected.html') === null) return;
  const { stdout } = await promisify(execFile)('node', [SCRIPT, DATA], { maxBuffer: 64 << 20 });
  const got = new Map(stdout.trim().split('\n').map((l) => JSON.parse(l)).map((r) => [r.id, r.text]));
  const pages = readdirSync(DATA).filter((id) => existsSync(`${DATA}${id}/expected.html`));
  assert.ok(pages.length >= 40, `${pages.length} pages`);
  const scores = pages.map((id) => [id, f1(got.get(id) ?? '', textOf(readFileSync(`${DATA}${id}/expected.html`, 'utf8')))]);
  const mean = scores.reduce((s, [, f]) => s + f, 0) / scores.length;
  const low = scores.filter(([, f]) => f < 0.5);
  assert.ok(mean >= 0.9, `mean F1 ${mean.toFixed(3)}`);
  assert.deepEqual(low, [], 'pages below 0.5');
});
