// Runs Readability.js (the reference peer) over the readability-dev pages and
// prints one JSON line per page: {"id", "text", "title"}. Called by
// eval/extract.py; install once with `npm ci --prefix eval`.
//
//   node eval/readability.mjs DATA_DIR
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const dir = process.argv[2];
const quiet = new VirtualConsole(); // pages' CSS/JS errors are not ours to print
for (const id of readdirSync(dir).sort()) {
  if (!existsSync(join(dir, id, 'source.html'))) continue; // not a page folder
  const html = readFileSync(join(dir, id, 'source.html'), 'utf8');
  let text = '';
  let title = null;
  try {
    // The URL the Readability test suite uses for these pages.
    const dom = new JSDOM(html, { url: 'http://fakehost/test/page.html', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article?.textContent ?? '';
    title = article?.title ?? null;
  } catch (err) {
    process.stderr.write(`${id}: ${err.message}\n`);
  }
  process.stdout.write(JSON.stringify({ id, text, title }) + '\n');
}
