// Native/wasm parity: the wasm package (pkg/, built by scripts/build.sh with
// --target web) loaded in Node gives the same summaries as the native CLI
// (`target/release/lede summarize --jsonl`) on the fixture article and on a
// sample of BBC articles from ../shared, for every algorithm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { shared } from '../page/helpers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ALGORITHMS = ['default', 'lead', 'luhn', 'edmundson', 'lsa', 'lexrank', 'textrank', 'sumbasic', 'klsum'];

async function loadWasm() {
  const js = `${ROOT}pkg/lede.js`;
  const wasm = `${ROOT}pkg/lede_bg.wasm`;
  assert.ok(existsSync(js) && existsSync(wasm), 'pkg/ is missing: run ./scripts/build.sh first');
  const lede = await import(js);
  lede.initSync({ module: readFileSync(wasm) });
  return lede;
}

function nativeSummaries(records) {
  // Build (a no-op when up to date) so the binary matches the sources.
  const build = spawnSync('cargo', ['build', '--release', '--quiet', '--bin', 'lede'], { cwd: ROOT, stdio: 'inherit' });
  assert.equal(build.status, 0, 'cargo build --release failed');
  const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const run = spawnSync(`${ROOT}target/release/lede`, ['summarize', '--jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(run.status, 0, run.stderr);
  return new Map(run.stdout.trim().split('\n').map((line) => {
    const r = JSON.parse(line);
    assert.ok(!r.error, `native error on ${r.id}: ${r.error}`);
    return [r.id, r.summary];
  }));
}

function compare(lede, docs) {
  const records = [];
  for (const doc of docs) {
    for (const algorithm of doc.algorithms) records.push({ id: `${algorithm}|${doc.id}`, text: doc.text, k: doc.k, algorithm });
  }
  const native = nativeSummaries(records);
  let compared = 0;
  for (const r of records) {
    const result = lede.summarize(r.text, { algorithm: r.algorithm, sentences: r.k });
    const wasm = result.summary.map((s) => s.text);
    assert.deepEqual(wasm, native.get(r.id), `summaries differ for ${r.id}`);
    for (const s of result.summary) sliceGives(r.text.slice(s.start, s.end), s.text);
    compared += 1;
  }
  return compared;
}

// A span slices the sentence as written; its `text` is the same less any
// Markdown syntax ('- ' list markers, emphasis, link targets), so without
// Markdown characters the two are equal, and with them every word of the
// clean text is in the slice, in order.
function sliceGives(slice, text) {
  if (!/[#*_`>~\\+\-\[]/.test(slice)) {
    assert.equal(slice, text);
    return;
  }
  let at = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const found = slice.indexOf(word, at);
    assert.ok(found >= 0, `'${word}' of '${text}' is not in '${slice}'`);
    at = found + word.length;
  }
}

test('the fixture gives the same summaries in wasm and native, for every algorithm and k', async (t) => {
  const text = shared(t, 'fixtures/breakingon-kremlin-leak.txt');
  if (text === null) return;
  const lede = await loadWasm();
  const docs = [1, 3, 7].map((k) => ({ id: `fixture-${k}`, text, k, algorithms: ALGORITHMS }));
  assert.equal(compare(lede, docs), 27);
});

test('a sample of 112 BBC articles gives the same summaries in wasm and native', async (t) => {
  const data = shared(t, 'data/summ_bbc.jsonl');
  if (data === null) return;
  const lede = await loadWasm();
  const lines = data.trim().split('\n');
  const docs = [];
  for (let i = 0; i < lines.length; i += 20) {
    const d = JSON.parse(lines[i]);
    // Every algorithm on a quarter of the sample, the default on all of it.
    docs.push({ id: d.id, text: d.text, k: d.k, algorithms: docs.length % 4 === 0 ? ALGORITHMS : ['default'] });
  }
  assert.ok(docs.length >= 100);
  const n = compare(lede, docs);
  assert.ok(n >= 100 + 8 * 28, `compared ${n}`);
});
