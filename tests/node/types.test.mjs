// The generated TypeScript declarations match the README: every options
// argument may be left out, and every export has a declaration.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadLede } from './wasm.mjs';

const DTS = fileURLToPath(new URL('../../pkg/lede.d.ts', import.meta.url));

test('options are optional in every declaration, and calls without them work', async () => {
  const lede = await loadLede();
  const dts = readFileSync(DTS, 'utf8');
  const decls = [...dts.matchAll(/^export function (\w+)\(([^)]*)\)/gm)];
  const names = new Set(decls.map(([, name]) => name));
  for (const name of ['sentences', 'summarize', 'entities', 'entityGroups', 'keyphrases', 'highlight',
    'highlightElement', 'clearHighlights', 'extract', 'extractElement', 'summarizeHtml', 'version']) {
    assert.ok(names.has(name), `lede.d.ts declares ${name}`);
    assert.equal(typeof lede[name], 'function', `lede exports ${name}`);
  }
  const required = decls.filter(([, , params]) => /\boptions:/.test(params)).map(([, name]) => name);
  assert.deepEqual(required, [], 'options must be declared optional');
  const text = 'Mayor Helena Marques said Lisbon would spend €2.4 billion.';
  assert.ok(lede.entities(text).some((e) => e.type === 'PERSON'));
  assert.ok(lede.entityGroups(text).length > 0);
  assert.ok(lede.keyphrases(text).length > 0);
  assert.equal(lede.highlight(text).map((s) => s.text).join(''), text);
});
