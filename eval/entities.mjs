#!/usr/bin/env node
// Scores lede's entity recognition beside compromise 14.17.0 on
// ../shared/data/ner_conll03_dev.jsonl (Reuters news) and
// ../shared/data/ner_wikigold.jsonl (Wikipedia) — PER/ORG/LOC; MISC is
// don't-care — and prints Markdown tables for the README: per type on each
// whole set, then each set's two halves (even and odd document numbers:
// rules are developed on the even half, the odd half is held out).
//
//   cargo build --release && npm ci --prefix eval && node eval/entities.mjs [FILE.jsonl ...]
//
// Scoring: exact-span micro precision/recall/F1 (start, end and type all
// equal), per type and overall, with partial-overlap F1 as a secondary
// figure. lede's PERSON/ORG/PLACE map to PER/ORG/LOC; its other types
// (DATE, MONEY, GROUP, ...) have no gold counterpart and are ignored.
// Predictions that overlap a MISC span are dropped unless they match it
// exactly (then they count as false positives).
//
// compromise: people() → PER, organizations() → ORG, places() → LOC. Its
// matches are cleaned the same way for both systems before scoring: edge
// white space and punctuation trimmed (a final period kept after an
// abbreviation such as "Corp." or "U.S."), a possessive 's dropped, a
// leading title ("President", "Mr.") dropped from people, and a match
// joined by a comma ("Paris, France") split in two. When the same span is
// returned by two of its methods, people win over organizations over places.
// LEDE_EVAL_RAW=1 scores compromise's spans as returned, without cleaning.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataPaths = process.argv.length > 2
  ? process.argv.slice(2)
  : ['ner_conll03_dev.jsonl', 'ner_wikigold.jsonl'].map((f) => fileURLToPath(new URL(`../../shared/data/${f}`, import.meta.url)));
const load = (path) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
/** The fold of a document: its number (the digits ending its id) even or odd. */
const fold = (d) => (Number((/(\d+)$/.exec(String(d.id)) ?? [0, 0])[1]) % 2 === 0 ? 'even' : 'odd');

const require = createRequire(new URL('./package.json', import.meta.url));
const nlp = require('compromise');
const compromiseVersion = JSON.parse(readFileSync(new URL('./node_modules/compromise/package.json', import.meta.url), 'utf8')).version;

const TITLES = /^(?:(?:President|Vice President|Prime Minister|Minister|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|Judge|Justice|King|Queen|Prince|Princess|Pope|Sir|Dame|Lord|Lady|General|Gen\.|Colonel|Col\.|Captain|Capt\.|Dr\.|Mr\.|Mrs\.|Ms\.|Miss|Professor|Prof\.|Director|Chairman|Saint|St\.)\s+)+/;
const ABBREV = /(?:^|\s)(?:[A-Za-z]\.)+$|(?:Corp|Inc|Ltd|Co|Jr|Sr|St|Bros|Mr|Mrs|Dr|Ms)\.$/;

/** Trims a predicted span fairly; returns a list of spans (a comma may split it). */
function clean(text, start, end, type) {
  let s = start;
  let e = end;
  const edge = /[\s,;:!?"'“”‘’()\[\]{}]/;
  while (s < e && edge.test(text[s])) s++;
  for (;;) {
    while (e > s && edge.test(text[e - 1])) e--;
    if (e > s && text[e - 1] === '.' && !ABBREV.test(text.slice(s, e))) { e--; continue; }
    const tail = text.slice(Math.max(s, e - 2), e);
    if ((tail === "'s" || tail === '’s') && e - 2 > s) { e -= 2; continue; }
    break;
  }
  if (type === 'PER') {
    const m = TITLES.exec(text.slice(s, e));
    if (m && m[0].length < e - s) s += m[0].length;
  }
  if (e <= s) return [];
  const piece = text.slice(s, e);
  if (type === 'LOC' && piece.includes(', ')) {
    const out = [];
    let at = s;
    for (const part of piece.split(', ')) {
      out.push(...clean(text, at, at + part.length, type));
      at += part.length + 2;
    }
    return out;
  }
  return [{ start: s, end: e, type }];
}

function lede(docs) {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n');
  const bin = `${root}target/release/lede`;
  const started = process.hrtime.bigint();
  const run = spawnSync(bin, ['entities', '--jsonl'], { input, maxBuffer: 1 << 28, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`${bin} failed (run cargo build --release first): ${run.stderr}`);
  const map = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC' };
  const byId = new Map();
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    byId.set(r.id, r.entities);
  }
  return {
    ms,
    preds: docs.map((d) => (byId.get(d.id) ?? [])
      .filter((x) => map[x.type])
      .flatMap((x) => clean(d.text, x.start, x.end, map[x.type]))),
  };
}

function compromise(docs) {
  const started = process.hrtime.bigint();
  const preds = docs.map((d) => {
    const doc = nlp(d.text);
    const seen = new Set();
    const out = [];
    for (const [method, type] of [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']]) {
      for (const m of doc[method]().json({ offset: true })) {
        const raw = [{ start: m.offset.start, end: m.offset.start + m.offset.length, type }];
        for (const p of process.env.LEDE_EVAL_RAW ? raw : clean(d.text, m.offset.start, m.offset.start + m.offset.length, type)) {
          const key = `${p.start}:${p.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(p);
        }
      }
    }
    return out;
  });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, preds };
}

const TYPES = ['PER', 'ORG', 'LOC'];

function score(docs, preds) {
  const counts = Object.fromEntries([...TYPES, 'all'].map((t) => [t, { tp: 0, pred: 0, gold: 0, pp: 0, pg: 0 }]));
  docs.forEach((d, k) => {
    const gold = d.entities.filter((g) => TYPES.includes(g.type));
    const misc = d.entities.filter((g) => g.type === 'MISC');
    const kept = preds[k].filter((p) => !misc.some((m) => p.start < m.end && m.start < p.end && !(p.start === m.start && p.end === m.end)));
    const overlaps = (a, b) => a.type === b.type && a.start < b.end && b.start < a.end;
    const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const t of [...TYPES, 'all']) {
      const P = kept.filter((p) => t === 'all' || p.type === t);
      const G = gold.filter((g) => t === 'all' || g.type === t);
      const c = counts[t];
      c.pred += P.length;
      c.gold += G.length;
      c.tp += P.filter((p) => goldKeys.has(`${p.start}:${p.end}:${p.type}`)).length;
      c.pp += P.filter((p) => G.some((g) => overlaps(p, g))).length;
      c.pg += G.filter((g) => P.some((p) => overlaps(p, g))).length;
    }
  });
  const f = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
  return Object.fromEntries(Object.entries(counts).map(([t, c]) => {
    const p = c.pred ? c.tp / c.pred : 0;
    const r = c.gold ? c.tp / c.gold : 0;
    const pp = c.pred ? c.pp / c.pred : 0;
    const pr = c.gold ? c.pg / c.gold : 0;
    return [t, { p, r, f: f(p, r), partial: f(pp, pr), gold: c.gold, pred: c.pred }];
  }));
}

const pct = (x) => (100 * x).toFixed(1);
const command = `cargo build --release && npm ci --prefix eval && node eval/entities.mjs${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
for (const dataPath of dataPaths) {
  const docs = load(dataPath);
  const name = dataPath.split('/').slice(-1)[0];
  const systems = [['lede', lede(docs)]];
  // LEDE_EVAL_NO_PEERS=1 (a debug aid while developing) skips compromise.
  if (!process.env.LEDE_EVAL_NO_PEERS) systems.push([`compromise ${compromiseVersion}`, compromise(docs)]);
  console.log(`Entities on ${name} (${docs.length} documents), exact-span micro P/R/F1 and partial-overlap F1:\n`);
  console.log('| system | type | precision | recall | F1 | partial F1 |');
  console.log('|---|---|---|---|---|---|');
  for (const [sys, { preds }] of systems) {
    const s = score(docs, preds);
    for (const t of [...TYPES, 'all']) {
      const x = s[t];
      const label = t === 'all' ? '**all**' : t;
      console.log(`| ${sys} | ${label} | ${pct(x.p)} | ${pct(x.r)} | ${t === 'all' ? `**${pct(x.f)}**` : pct(x.f)} | ${pct(x.partial)} |`);
    }
  }
  console.log(`\nHalves of ${name} (even document numbers: development; odd: held out), exact-span F1:\n`);
  console.log('| system | half | docs | PER | ORG | LOC | all |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [sys, { preds }] of systems) {
    for (const half of ['even', 'odd']) {
      const keep = docs.map((d) => fold(d) === half);
      const s = score(docs.filter((_, k) => keep[k]), preds.filter((_, k) => keep[k]));
      console.log(`| ${sys} | ${half} | ${keep.filter(Boolean).length} | ${TYPES.map((t) => pct(s[t].f)).join(' | ')} | **${pct(s.all.f)}** |`);
    }
  }
  console.log(`\nTime for the whole set: ${systems.map(([n, r]) => `${n} ${r.ms.toFixed(0)} ms`).join(', ')} (lede: one CLI process including start-up).\n`);
  if (process.env.LEDE_EVAL_ERRORS) errors(docs, systems[0][1].preds);
}
console.log(`Command: \`${command}\``);

/**
 * Debug aid: prints lede's errors on the development half (even document
 * numbers) only, so the held-out half stays unread; LEDE_EVAL_ERRORS=N
 * limits it to the first N documents.
 */
function errors(docs, preds) {
  docs.forEach((d, k) => {
    if (k >= Number(process.env.LEDE_EVAL_ERRORS) || fold(d) !== 'even') return;
    const gold = d.entities.filter((g) => g.type !== 'MISC');
    const misc = d.entities.filter((g) => g.type === 'MISC');
    const key = (x) => `${x.start}:${x.end}:${x.type}`;
    const gk = new Set(gold.map(key));
    const kept = preds[k].filter((p) => !misc.some((m) => p.start < m.end && m.start < p.end && !(p.start === m.start && p.end === m.end)));
    const pk = new Set(kept.map(key));
    const fp = kept.filter((p) => !gk.has(key(p))).map((p) => `${d.text.slice(p.start, p.end)}/${p.type}`);
    const fn = gold.filter((g) => !pk.has(key(g))).map((g) => `${g.text}/${g.type}`);
    if (fp.length || fn.length) console.log(`${d.id}\n  FP: ${fp.join(' | ')}\n  FN: ${fn.join(' | ')}`);
  });
}
