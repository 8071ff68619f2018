// wasm speed in Node: `node bench/node.mjs` after ./scripts/build.sh.
// Loads pkg/ (--target web) with initSync and runs bench/workload.mjs over
// ../shared/data/summ_bbc.jsonl.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workload, table, loadDocs } from './workload.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const data = `${ROOT}../shared/data/summ_bbc.jsonl`;
if (!existsSync(data)) {
  console.log('../shared/data/summ_bbc.jsonl not found: benchmark skipped');
  process.exit(0);
}
const lede = await import(`${ROOT}pkg/lede.js`);
lede.initSync({ module: readFileSync(`${ROOT}pkg/lede_bg.wasm`) });
const docs = await loadDocs(data);
console.log(table(`wasm in Node ${process.version}`, workload(lede, docs)));
