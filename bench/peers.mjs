// lede beside the libraries a user would pick instead, on the same inputs in
// one run: per-call medians and the ratio peer : lede.
//
//   ./scripts/build.sh && npm ci --prefix eval
//   node bench/peers.mjs [N] [--node|--browser]
//
// Inputs: the first N (default 500) articles of ../shared/data/summ_bbc.jsonl
// and the pages of ../shared/data/readability-dev. Text calls run through
// lede, wink-nlp 2.4 with wink-eng-lite-web-model (readDoc + entities +
// sentences, as its README shows) and compromise 14.17 (people, places,
// organizations, sentences); pages through lede extract() and Readability.js
// (DOMParser + parse() in Chromium; jsdom in Node, whose parser dominates, so
// the browser figure is the fair one). Each call is timed as a user makes it:
// string in, JS objects out. In Chromium performance.now() is coarsened, so
// each input is timed over several calls.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DATA = `${ROOT}../shared/data/`;
if (!existsSync(`${DATA}summ_bbc.jsonl`)) {
  console.log('../shared/data not found: benchmark skipped');
  process.exit(0);
}
for (const [path, fix] of [['pkg/lede_bg.wasm', './scripts/build.sh'], ['eval/node_modules/wink-nlp', 'npm ci --prefix eval']]) {
  if (!existsSync(`${ROOT}${path}`)) {
    console.error(`${path} not found: run ${fix} first`);
    process.exit(1);
  }
}
const requireEval = createRequire(`${ROOT}eval/package.json`);

// Self-contained (it is also shipped into the page as source): `libs` holds
// lede, wink (nlp instance + its `its` helpers), compromise's nlp and a
// `readability(html)` function.
function measure(libs, docs, pages, reps) {
  const { lede, wink, its, compromise, readability } = libs;
  const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };
  const per = (inputs, fn, r) => {
    for (const x of inputs.slice(0, 20)) fn(x);
    const times = [];
    for (const x of inputs) {
      const t = performance.now();
      for (let i = 0; i < r; i++) fn(x);
      times.push((performance.now() - t) / r);
    }
    return median(times);
  };
  const guard = (fn) => (x) => { try { fn(x); } catch { /* a page without an article */ } };
  const winkAll = (t) => {
    const doc = wink.readDoc(t);
    doc.entities().out(its.detail);
    doc.sentences().out();
  };
  const compromiseAll = (t) => {
    const doc = compromise(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    doc.sentences().out('array');
  };
  const slowReps = Math.max(1, reps >> 2);
  return [
    ['sentences', per(docs, (t) => lede.sentences(t), reps), [
      ['wink-nlp readDoc + sentences', per(docs, (t) => wink.readDoc(t).sentences().out(), reps)],
      ['compromise sentences', per(docs, (t) => compromise(t).sentences().out('array'), slowReps)],
    ]],
    ['entities', per(docs, (t) => lede.entities(t), reps), [
      ['wink-nlp readDoc + entities', per(docs, (t) => wink.readDoc(t).entities().out(its.detail), reps)],
      ['compromise people + places + organizations', per(docs, (t) => {
        const doc = compromise(t);
        doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array');
      }, slowReps)],
    ]],
    ['summarize (default)', per(docs, (t) => lede.summarize(t), reps), []],
    ['keyphrases', per(docs, (t) => lede.keyphrases(t), reps), []],
    ['summarize + entities', per(docs, (t) => { lede.summarize(t); lede.entities(t); }, reps), [
      ['wink-nlp readDoc + entities + sentences', per(docs, winkAll, reps)],
      ['compromise people + places + organizations + sentences', per(docs, compromiseAll, slowReps)],
    ]],
    ['sentences + summarize + entities + keyphrases', per(docs, (t) => {
      lede.sentences(t); lede.summarize(t); lede.entities(t); lede.keyphrases(t);
    }, reps), [
      ['wink-nlp readDoc + entities + sentences', per(docs, winkAll, reps)],
    ]],
    ['analyze (summary, entities, groups, keyphrases in one call)', per(docs, (t) => lede.analyze(t), reps), [
      ['wink-nlp readDoc + entities + sentences', per(docs, winkAll, reps)],
    ]],
    ['extract (Readability test pages)', per(pages, guard((h) => lede.extract(h)), 1), [
      [readability.label, per(pages, guard(readability), 1)],
    ]],
  ];
}

function print(title, rows) {
  console.log(`\n${title}\n`);
  console.log('| call | lede, median | peer | peer, median | peer : lede |');
  console.log('|---|---|---|---|---|');
  for (const [call, ms, peers] of rows) {
    if (peers.length === 0) console.log(`| ${call} | ${ms.toFixed(3)} ms | | | |`);
    for (const [peer, pms] of peers) {
      console.log(`| ${call} | ${ms.toFixed(3)} ms | ${peer} | ${pms.toFixed(3)} ms | ${(pms / ms).toFixed(1)}x |`);
    }
  }
  // What issue 16's extraction bar (50x Readability.js) asks of the median page.
  const extract = rows.find(([call]) => call.startsWith('extract'));
  if (extract && extract[2].length > 0) {
    const [, ms, [[, pms]]] = extract;
    const mb = medianPageBytes / 1e6;
    console.log(`\nextract: the median page is ${(medianPageBytes / 1e3).toFixed(0)} KB; lede's median time is ${(mb / (ms / 1000)).toFixed(0)} MB/s of it; 50x Readability.js would be ${(pms / 50).toFixed(3)} ms, ${(mb / (pms / 50 / 1000)).toFixed(0)} MB/s`);
  }
}

const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 500);
const only = process.argv.includes('--node') ? 'node' : process.argv.includes('--browser') ? 'browser' : null;
const docs = readFileSync(`${DATA}summ_bbc.jsonl`, 'utf8').split('\n').filter(Boolean).slice(0, n).map((l) => JSON.parse(l).text);
const pages = readdirSync(`${DATA}readability-dev`).sort().map((d) => readFileSync(`${DATA}readability-dev/${d}/source.html`, 'utf8'));
const medianPageBytes = pages.map((p) => Buffer.byteLength(p)).sort((a, b) => a - b)[pages.length >> 1];
const versions = Object.fromEntries(['wink-nlp', 'wink-eng-lite-web-model', 'compromise', '@mozilla/readability', 'jsdom']
  .map((p) => [p, JSON.parse(readFileSync(`${ROOT}eval/node_modules/${p}/package.json`, 'utf8')).version]));
console.log(`command: node bench/peers.mjs ${process.argv.slice(2).join(' ')}`.trimEnd());
console.log(`${docs.length} BBC articles, ${pages.length} Readability pages; peers: ${Object.entries(versions).map(([p, v]) => `${p} ${v}`).join(', ')}`);

if (only !== 'browser') {
  console.error(`measuring in Node ${process.version}...`);
  const lede = await import(`${ROOT}pkg/lede.js`);
  lede.initSync({ module: readFileSync(`${ROOT}pkg/lede_bg.wasm`) });
  const winkNLP = requireEval('wink-nlp');
  const model = requireEval('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  const compromise = requireEval('compromise');
  const { Readability } = requireEval('@mozilla/readability');
  const { JSDOM } = requireEval('jsdom');
  const readability = (html) => new Readability(new JSDOM(html).window.document).parse();
  readability.label = `Readability.js ${versions['@mozilla/readability']} (jsdom parse + parse())`;
  print(`wasm in Node ${process.version}, medians per input`, measure({ lede, wink, its: wink.its, compromise, readability }, docs, pages, 3));
}

if (only !== 'node') {
  const { build } = requireEval('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'lede-peers-'));
  try {
    // The peers bundled for the browser once, from eval/node_modules.
    const bundle = await build({
      stdin: {
        contents: [
          "import winkNLP from 'wink-nlp';",
          "import model from 'wink-eng-lite-web-model';",
          "import compromise from 'compromise';",
          "import { Readability } from '@mozilla/readability';",
          'export { winkNLP, model, compromise, Readability };',
        ].join('\n'),
        resolveDir: `${ROOT}eval`,
      },
      bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error',
    });
    writeFileSync(join(dir, 'peers.js'), bundle.outputFiles[0].contents);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>peers</title>');
    const { chromium } = await import('playwright-core');
    const { startServer } = await import('../scripts/serve.mjs');
    const { CHROMIUM_ARGS, chromiumPath } = await import('../tests/page/helpers.mjs');
    const server = await startServer({ port: 0, quiet: true, mounts: [{ prefix: '/bench/', root: dir, csp: null }] });
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      console.error(`measuring in headless Chromium ${browser.version()}...`);
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/bench/`);
      await page.evaluate(async ([docs, pages, label]) => {
        const lede = await import('/pkg/lede.js');
        await lede.default();
        const { winkNLP, model, compromise, Readability } = await import('/bench/peers.js');
        const wink = winkNLP(model);
        const parser = new DOMParser();
        const readability = (html) => new Readability(parser.parseFromString(html, 'text/html')).parse();
        readability.label = label;
        Object.assign(window, { benchLibs: { lede, wink, its: wink.its, compromise, readability }, benchDocs: docs, benchPages: pages });
      }, [docs, pages, `Readability.js ${versions['@mozilla/readability']} (DOMParser + parse())`]);
      const rows = await page.evaluate(`(${measure})(window.benchLibs, window.benchDocs, window.benchPages, 10)`);
      print(`wasm in headless Chromium ${browser.version()}, medians per input`, rows);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
