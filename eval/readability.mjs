// Runs Readability.js (the reference peer) over a folder of NAME/source.html
// pages (readability-dev) or a gzip'd JSONL file of {"id", "url", "html"}
// pages (extract-trafilatura-dev), and prints one JSON line per page:
// {"id", "text", "title"}. Called by eval/extract.py; install once with
// `npm ci --prefix eval`.
//
//   node eval/readability.mjs DATA_DIR | PAGES.jsonl.gz
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const source = process.argv[2];
const quiet = new VirtualConsole(); // pages' CSS/JS errors are not ours to print

function* pages() {
  if (statSync(source).isDirectory()) {
    for (const id of readdirSync(source).sort()) {
      const file = join(source, id, 'source.html');
      if (!existsSync(file)) continue; // not a page folder
      // The URL the Readability test suite uses for these pages.
      yield { id, url: 'http://fakehost/test/page.html', html: readFileSync(file, 'utf8') };
    }
    return;
  }
  for (const line of gunzipSync(readFileSync(source)).toString('utf8').split('\n')) {
    if (line.trim()) yield JSON.parse(line);
  }
}

for (const page of pages()) {
  let text = '';
  let title = null;
  try {
    let url = 'http://fakehost/page.html';
    try {
      url = new URL(page.url).href;
    } catch {} // a missing or odd URL keeps the placeholder
    const dom = new JSDOM(page.html, { url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article?.textContent ?? '';
    title = article?.title ?? null;
  } catch (err) {
    process.stderr.write(`${page.id}: ${err.message}\n`);
  }
  process.stdout.write(JSON.stringify({ id: page.id, text, title }) + '\n');
}
