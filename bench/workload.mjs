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
  // Long texts: the cost per MB should not grow with the text (issue 16:
  // within 1.5x from 100 KB to 5 MB, and 5 MB at 20 MB/s or more).
  const encoder = new TextEncoder();
  for (const size of [100_000, 1_000_000, 5_000_000]) {
    const text = all.slice(0, size);
    const mb = encoder.encode(text).length / 1e6;
    const times = [];
    for (let i = 0; i < (size < 1e6 ? 9 : 3); i++) {
      const t = now();
      lede.summarize(text);
      times.push(now() - t);
    }
    const medianMs = median(times);
    rows.push({ what: `${size / 1e6} MB (default)`, n: times.length, medianMs,
      meanMs: times.reduce((a, b) => a + b, 0) / times.length, mbPerS: mb / (medianMs / 1000), msPerMb: medianMs / mb });
  }
  const long = rows.filter((r) => r.msPerMb);
  const perMb = long.map((r) => r.msPerMb);
  rows.push({ what: 'cost per MB, highest / lowest of the three sizes', ratio: Math.max(...perMb) / Math.min(...perMb) });
  return rows;
}

export function table(title, rows) {
  const lines = [`## ${title}`, '| input | runs | median ms | mean ms | MB/s | ms per MB |', '|---|---|---|---|---|---|'];
  for (const r of rows) {
    if (r.ratio !== undefined) {
      lines.push(`| ${r.what} | | | | | ${r.ratio.toFixed(2)}x |`);
      continue;
    }
    const mb = r.mbPerS ? `| ${r.mbPerS.toFixed(1)} | ${r.msPerMb.toFixed(1)} |` : '| | |';
    lines.push(`| ${r.what} | ${r.n} | ${r.medianMs.toFixed(3)} | ${r.meanMs.toFixed(3)} ${mb}`);
  }
  return lines.join('\n');
}

export function loadDocs(path) {
  return import('node:fs').then(({ readFileSync }) => readFileSync(path, 'utf8').trim().split('\n').map((l) => {
    const d = JSON.parse(l);
    return { text: d.text, k: d.k };
  }));
}
