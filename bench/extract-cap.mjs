// Memory and text kept by extract() on a 16 MiB page of 'word<br>' (past
// the 2^20-node cap): node bench/extract-cap.mjs [PKG_DIR] (default pkg/).
import { readFileSync } from 'node:fs';
const pkg = process.argv[2] ?? new URL('../pkg', import.meta.url).pathname;
const lede = await import(`${pkg}/lede.js`);
const wasm = lede.initSync({ module: readFileSync(`${pkg}/lede_bg.wasm`) });
let html = ''; const unit = 'word<br>'; html = unit.repeat(Math.floor((16 * 1024 * 1024 - 64) / unit.length));
const t0 = performance.now();
const a = lede.extract(html);
const words = (a.text.match(/word/g) || []).length;
console.log(`${pkg}: ${(performance.now() - t0).toFixed(0)} ms, wasm memory ${(wasm.memory.buffer.byteLength / 1048576).toFixed(0)} MiB, words kept ${words} of ${html.length / unit.length}, truncated ${a.truncated}`);
