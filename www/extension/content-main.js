// The content script's work, loaded on first use. With WebAssembly allowed
// in the page, lede runs right here on the live DOM: extractElement reads the
// article, analyze picks the sentences and finds the entities and keyphrases.
// Pages whose Content-Security-Policy forbids WebAssembly (it applies to
// content scripts too) get the fallback: the popup runs lede on a snapshot of
// the page and sends back the same results. Either way the marks go only
// where the extracted article is (locateArticle), and the entity chips of
// the popup step through them (lede:goto).
import { collectText, locateArticle, MARK_ATTR, unwrap, wrapRanges } from './dom-marks.js';
import { warmUp as warmLede } from './warm-up.js';

let lede = null;
/** Every entity mark → the mention it is a piece of (a mention split over elements has several marks). */
let mentionOf = new WeakMap();
/** Entity id → the mention shown last by lede:goto. */
const cursors = new Map();

async function loadLede() {
  if (!lede) {
    lede = (async () => {
      const module = await import('./pkg/lede.js');
      await module.default({ module_or_path: new URL('./pkg/lede_bg.wasm', import.meta.url) });
      return module;
    })();
    lede.catch(() => { lede = null; });
  }
  return lede;
}

let warming = null;
/** 'idle' until the popup first opens, then 'pending', 'ready' or 'failed' (WebAssembly forbidden here). */
let warmState = 'idle';

/**
 * Run when the popup opens (its status request), before any press: loads
 * lede into this page and runs it once on a small article of our own, on a
 * detached document (warm-up.js). The wasm's download and instantiation,
 * and V8's compilation of each function on its first call (most of a first
 * press's time), then happen while the reader looks at the popup. Nothing
 * of the page is read, and a page that forbids WebAssembly only makes it
 * fail quietly (the popup then warms itself up for its own path).
 */
function warmUp() {
  if (warming) return warming;
  warmState = 'pending';
  warming = new Promise((done) => {
    const later = globalThis.requestIdleCallback ?? ((f) => setTimeout(f, 0));
    later(() => {
      loadLede().then((module) => {
        warmLede(module, { live: true });
        warmState = 'ready';
      }).catch(() => {
        // Only a warm-up: the press reports its own errors.
        warmState = 'failed';
      }).finally(done);
    }, { timeout: 200 });
  });
  return warming;
}

function sentenceMark(range) {
  const mark = document.createElement('mark');
  mark.setAttribute(MARK_ATTR, String(range.index + 1));
  mark.title = `lede summary sentence ${range.index + 1}`;
  return mark;
}

function entityMark(range) {
  const mark = document.createElement('mark');
  mark.dataset.type = range.type;
  mark.dataset.entityId = range.id;
  mark.setAttribute('data-lede', '');
  mark.title = `${range.type.toLowerCase()}: ${range.canonical}`;
  mentionOf.set(mark, range.mention);
  return mark;
}

/** Each mention of each group, with its group's type, id and name. */
function mentions(groups) {
  return groups.flatMap((g) => g.mentions.map((m) => ({ start: m.start, end: m.end, type: g.type, id: g.id, canonical: g.canonical })));
}

/**
 * Marks the summary sentences and entity mentions (offsets into
 * `article.text`) in the page, inside the article's blocks only.
 */
function markArticle(article, sentences, entities) {
  const collected = collectText(document.body);
  const located = locateArticle(collected, article);
  const sentenceRanges = sentences.map((s, index) => located.map(s.start, s.end).map((r) => ({ ...r, index })));
  wrapRanges(collected, sentenceRanges.flat(), sentenceMark);
  // Wrapping split text nodes: collect them again (the text is the same).
  const again = collectText(document.body, collected.skipped);
  const entityRanges = entities.map((e, mention) => located.map(e.start, e.end).map((r) => ({ ...r, ...e, start: r.start, end: r.end, mention })));
  wrapRanges(again, entityRanges.flat(), entityMark);
  cursors.clear();
  return {
    sentences: sentenceRanges.filter((r) => r.length).length,
    entities: entityRanges.filter((r) => r.length).length,
    blocks: located.blocks,
    of: located.of,
  };
}

function isHighlighted() {
  return Boolean(document.querySelector(`mark[${MARK_ATTR}], mark[data-lede]`));
}

/** Removes every mark lede added and restores the text nodes. */
async function clear() {
  let removed = 0;
  if (lede) {
    try {
      removed += (await lede).clearHighlights(document.body);
    } catch {
      // WebAssembly is blocked on this page: the JS unwrap below does it.
    }
  }
  removed += unwrap(document.body, 'mark[data-lede]');
  removed += unwrap(document.body, `mark[${MARK_ATTR}]`);
  mentionOf = new WeakMap();
  cursors.clear();
  return removed;
}

/** Scrolls to the mention of entity `id` after the one shown last, and outlines it. */
function goto(id) {
  const marks = [...document.querySelectorAll(`mark[data-lede][data-entity-id="${CSS.escape(id)}"]`)];
  const pieces = new Map();
  for (const mark of marks) {
    const key = mentionOf.get(mark) ?? mark;
    if (!pieces.has(key)) pieces.set(key, []);
    pieces.get(key).push(mark);
  }
  const all = [...pieces.values()];
  for (const old of document.querySelectorAll('mark[data-lede-current]')) old.removeAttribute('data-lede-current');
  if (!all.length) return { index: 0, total: 0 };
  const index = ((cursors.get(id) ?? -1) + 1) % all.length;
  cursors.set(id, index);
  for (const mark of all[index]) mark.setAttribute('data-lede-current', '');
  all[index][0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  return { index: index + 1, total: all.length };
}

function snapshot() {
  return {
    html: document.documentElement.outerHTML,
    url: location.href,
    title: document.title,
  };
}

/**
 * `analyze` (summary, entities, groups, keyphrases in one call) with the
 * page's declared language as a hint (ignored when lede does not know it).
 */
function analyzeWithHint(module, text, options, pageLang) {
  if (pageLang) {
    try {
      return module.analyze(text, { ...options, langHint: pageLang });
    } catch (err) {
      if (err.option !== 'langHint') throw err;
    }
  }
  return module.analyze(text, options);
}

async function summarizeHere(options) {
  let module;
  try {
    module = await loadLede();
  } catch (err) {
    return { needsPopup: true, reason: err.message, snapshot: snapshot() };
  }
  const article = module.extractElement(document.body);
  if (!article.text.trim()) throw new Error('lede found no article text on this page.');
  // The page's <html lang> is a strong hint for the language; the
  // standfirst tells what the story is about (never a summary line).
  const analyzeOptions = {
    ...(options.summary ?? {}),
    standfirst: article.standfirst ?? null,
    title: article.title ?? null,
    top: 10,
    ...(options.types ? { types: options.types } : {}),
  };
  const { summary, entityGroups: groups, keyphrases } = analyzeWithHint(module, article.text, analyzeOptions, document.documentElement.lang);
  const marks = markArticle(article, summary.summary, mentions(groups));
  return {
    mode: 'content-script',
    url: location.href,
    summary: summary.summary.map((s) => s.text),
    title: article.title ?? summary.title,
    stats: summary.stats,
    lang: summary.lang,
    langSupported: summary.langSupported,
    groups: groups.map(({ id, type, canonical, count }) => ({ id, type, canonical, count })),
    keyphrases: keyphrases.map(({ text, count }) => ({ text, count })),
    marks,
  };
}

export async function handle(message) {
  switch (message.type) {
    case 'lede:status':
      warmUp();
      return { highlighted: isHighlighted(), url: location.href, warmUp: warmState };
    case 'lede:warm-up':
      // Answers once the warm-up has ended: 'ready', or 'failed' where WebAssembly is forbidden.
      await warmUp();
      return { warmUp: warmState };
    case 'lede:clear':
      return { removed: await clear() };
    case 'lede:summarize':
      // A press right after the popup opened waits for the warm-up, not beside it.
      await warming;
      await clear();
      return summarizeHere(message.options ?? {});
    case 'lede:mark-article':
      // Fallback: the popup ran lede on a snapshot; mark what it found.
      await clear();
      return markArticle(message.article, message.sentences, message.entities);
    case 'lede:goto':
      return goto(message.id);
    default:
      throw new Error(`unknown request ${message.type}`);
  }
}
