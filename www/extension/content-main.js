// The content script's work, loaded on first use. With WebAssembly allowed
// in the page, lede runs right here on the live DOM: extractElement reads the
// article, summarize picks the sentences, highlightElement marks entities.
// Pages whose Content-Security-Policy forbids WebAssembly (it applies to
// content scripts too) get the fallback: the popup runs lede on a snapshot of
// the page and sends back what to mark.
import { collectText, commonAncestor, findSentences, MARK_ATTR, unwrap, wrapRanges } from './dom-marks.js';

let lede = null;

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
  return mark;
}

/** Marks the summary sentences in the page; returns the marked ranges' common ancestor. */
function markSentences(sentences) {
  const collected = collectText(document.body);
  const ranges = findSentences(collected, sentences);
  wrapRanges(collected, ranges, sentenceMark);
  const marks = [...document.querySelectorAll(`mark[${MARK_ATTR}]`)];
  return { found: ranges.length, root: articleRoot(marks) };
}

/** Where the article is: around the summary sentences, or a <main>/<article>. */
function articleRoot(marks) {
  const around = marks.length > 1 ? commonAncestor(marks) : marks[0]?.parentElement;
  const landmark = document.querySelector('article, main, [role="main"]');
  if (around && around !== document.documentElement) {
    return landmark && landmark.contains(around) ? landmark : around;
  }
  return landmark ?? document.body;
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
  return removed;
}

function snapshot() {
  return {
    html: document.documentElement.outerHTML,
    url: location.href,
    title: document.title,
  };
}

/** `summarize` with the page's declared language as a hint (ignored when lede does not know it). */
function summarizeWithHint(module, text, options, pageLang) {
  if (pageLang) {
    try {
      return module.summarize(text, { ...options, langHint: pageLang });
    } catch (err) {
      if (err.option !== 'langHint') throw err;
    }
  }
  return module.summarize(text, options);
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
  // The page's <html lang> is a strong hint for the language.
  const summary = summarizeWithHint(module, article.text, options.summary ?? {}, document.documentElement.lang);
  const groups = module.entityGroups(article.text);
  const keyphrases = module.keyphrases(article.text, { top: 10, lang: summary.lang });
  const { found, root } = markSentences(summary.summary.map((s) => s.text));
  const highlighted = module.highlightElement(root, options.types ? { types: options.types } : {});
  return {
    mode: 'content-script',
    article: { title: article.title, byline: article.byline, siteName: article.siteName, length: article.length },
    summary: summary.summary.map((s) => s.text),
    title: summary.title ?? article.title,
    stats: summary.stats,
    lang: summary.lang,
    langSupported: summary.langSupported,
    groups: groups.map(({ id, type, canonical, count }) => ({ id, type, canonical, count })),
    keyphrases: keyphrases.map(({ text, count }) => ({ text, count })),
    marks: { sentences: found, entities: highlighted.marks },
  };
}

export async function handle(message) {
  switch (message.type) {
    case 'lede:status':
      return { highlighted: isHighlighted() };
    case 'lede:clear':
      return { removed: await clear() };
    case 'lede:summarize':
      await clear();
      return summarizeHere(message.options ?? {});
    case 'lede:mark-sentences': {
      // Fallback, step 1: the popup summarized a snapshot; mark its sentences
      // and return the article area's text for entity recognition.
      await clear();
      const { found, root } = markSentences(message.sentences);
      root.setAttribute('data-lede-root', '');
      return { found, text: collectText(root).text };
    }
    case 'lede:mark-entities': {
      // Fallback, step 2: wrap the entities the popup found in that text.
      const root = document.querySelector('[data-lede-root]') ?? document.body;
      root.removeAttribute('data-lede-root');
      const collected = collectText(root);
      if (collected.text !== message.text) throw new Error('the page changed while lede was working; try again');
      wrapRanges(collected, message.entities, entityMark);
      return { entities: message.entities.length };
    }
    default:
      throw new Error(`unknown request ${message.type}`);
  }
}
