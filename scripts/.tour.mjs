import { readFileSync } from 'node:fs';
import { openPage, paste } from '../tests/page/helpers.mjs';
const files = process.argv.slice(2);
const s = await openPage({ viewport: { width: 1280, height: 1600 } });
let n = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8').slice(0, 12000);
  await s.page.fill('#input', '');
  await paste(s.page, '#input', text);
  await s.page.waitForTimeout(2500);
  await s.page.screenshot({ path: `/tmp/tour-${n}.png`, fullPage: false });
  const summary = await s.page.$$eval('#summary li', (els) => els.map((e) => e.textContent.slice(0, 160)));
  console.log(f, '\n', summary.join('\n '));
  n++;
}
console.log('errors', s.errors.map(String));
await s.close();
