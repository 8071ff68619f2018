// Loads the built wasm package (pkg/, from scripts/build.sh) into Node, the
// way the page's worker does in the browser.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PKG = fileURLToPath(new URL('../../pkg/', import.meta.url));

export async function loadLede() {
  if (!existsSync(`${PKG}lede_bg.wasm`)) {
    throw new Error('pkg/lede_bg.wasm not found: run ./scripts/build.sh first (./scripts/test.sh does)');
  }
  const lede = await import(`${PKG}lede.js`);
  lede.initSync({ module: readFileSync(`${PKG}lede_bg.wasm`) });
  return lede;
}
