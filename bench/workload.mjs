// The summarization benchmark that bench/node.mjs and bench/browser.mjs run
// against the wasm package: per-article latency over BBC articles (after a
// warm-up), then 1 MB and 5 MB concatenations. Self-contained so that it can
// also be shipped into a page with page.evaluate.
export function workload(lede, docs) {
  const now = () => performance.now();
  const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[s.length >> 1]; };
  for (const d of docs.slice(0, 50)) lede.summarize(d.text, { sentences: d.k });
  const rows = [];
  for (const algorithm of ['default', 'lexrank', 'textrank', 'lsa', 'klsum']) {
    const times = [];
    for (const d of docs) {
      const t = now();
      lede.summarize(d.text, { algorithm, sentences: d.k });
      times.push(now() - t);
    }
    rows.push({ what: `BBC article (${algorithm})`, n: docs.length, medianMs: median(times),
      meanMs: times.reduce((a, b) => a + b, 0) / times.length });
  }
  let all = '';
  for (const d of docs) { all += d.text + '\n\n'; if (all.length > 5_300_000) break; }
  for (const size of [1_000_000, 5_000_000]) {
    const text = all.slice(0, size);
    const times = [];
    for (let i = 0; i < 3; i++) {
      const t = now();
      lede.summarize(text);
      times.push(now() - t);
    }
    rows.push({ what: `${size / 1e6} MB (default)`, n: 3, medianMs: median(times), meanMs: times.reduce((a, b) => a + b, 0) / 3 });
  }
  return rows;
}

export function table(title, rows) {
  const lines = [`## ${title}`, '| input | runs | median ms | mean ms |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.what} | ${r.n} | ${r.medianMs.toFixed(3)} | ${r.meanMs.toFixed(3)} |`);
  return lines.join('\n');
}

export function loadDocs(path) {
  return import('node:fs').then(({ readFileSync }) => readFileSync(path, 'utf8').trim().split('\n').map((l) => {
    const d = JSON.parse(l);
    return { text: d.text, k: d.k };
  }));
}
