// The popup: "Summarize this page" injects the content script into the
// current tab (activeTab), asks it to summarize and highlight, and shows the
// summary, entities and keyphrases. A second click removes the highlights.
// The result is kept per tab in chrome.storage.session, so the popup shows
// it again after it closes (it closes whenever the reader clicks the page).
// When the page's CSP blocks WebAssembly in content scripts, the popup runs
// lede itself on a snapshot of the page and tells the content script what to
// mark.

const $ = (s) => document.querySelector(s);
const ui = {
  toggle: $('#toggle'), status: $('#status'), error: $('#error'), result: $('#result'), title: $('#title'),
  meta: $('#meta'), summary: $('#summary'), entities: $('#entities'), keyphrases: $('#keyphrases'), length: $('#length'),
  copyText: $('#copy-text'), copyMd: $('#copy-md'), legend: $('#legend'),
  entitiesWrap: $('#entities-wrap'), keyphrasesWrap: $('#keyphrases-wrap'),
};
/** Entity types in the order the popup lists them, with their names (the page uses the same order). */
const TYPES = [
  ['PERSON', 'People'], ['ORG', 'Organisations'], ['PLACE', 'Places'], ['GROUP', 'Groups'],
  ['DATE', 'Dates'], ['TIME', 'Times'], ['MONEY', 'Money'], ['PERCENT', 'Percentages'],
  ['NUMBER', 'Numbers'], ['EMAIL', 'E-mail'], ['URL', 'Links'],
];
const CHIPS_PER_TYPE = 12;

let tabId = null;
let highlighted = false;
/** A promise of lede's module in the popup, or null before its first use. */
let lede = null;
/** What the popup shows: the last result for this tab. */
let shown = null;

const storageKey = () => `tab:${tabId}`;

async function targetTab() {
  // ?tab=<id> lets a test or an embedding page pick the tab.
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (!tab) throw new Error('no active tab');
  return tab.id;
}

async function send(message) {
  await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  const response = await chrome.tabs.sendMessage(tabId, message);
  if (!response) throw new Error('the page did not answer');
  if (!response.ok) throw Object.assign(new Error(response.error.message), response.error);
  return response.result;
}

/** lede in the popup, loaded once (the warm-up and a press may ask together). */
function loadLede() {
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

/**
 * On a page that forbids WebAssembly (the content script's warm-up failed)
 * the press runs lede here: load it and run it once on our own small
 * article while the reader looks at the popup (warm-up.js).
 */
async function warmHere() {
  try {
    const [module, { warmUp }] = await Promise.all([loadLede(), import('./warm-up.js')]);
    warmUp(module, { live: false });
    document.body.dataset.warmUp = 'ready';
  } catch {
    // Only a warm-up: the press reports its own errors.
    document.body.dataset.warmUp = 'failed';
  }
}

function setBusy(busy, label) {
  ui.toggle.disabled = busy;
  ui.toggle.textContent = label;
}

function showError(message) {
  ui.error.textContent = message;
  ui.error.hidden = !message;
}

function setState() {
  setBusy(false, highlighted ? 'Remove highlights' : 'Summarize this page');
  document.body.dataset.state = highlighted ? 'highlighted' : 'idle';
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function render(result) {
  shown = result;
  ui.result.hidden = false;
  ui.title.textContent = result.title ?? 'Untitled page';
  const s = result.stats;
  const lang = result.lang ? ` · ${result.lang}${result.langSupported === false ? ' (not supported: summaries work, entities are limited)' : ''}` : '';
  ui.meta.textContent = `${Math.max(1, Math.round(s.readingMinutes))} min read → ${s.selected} sentence${s.selected === 1 ? '' : 's'} · ${s.words.toLocaleString()} ${(s.unit ?? 'words').replace(/s$/, s.words === 1 ? '' : 's')}${lang}`;
  ui.summary.replaceChildren(...result.summary.map((text) => el('li', { textContent: text })));
  const byType = new Map();
  for (const g of result.groups) {
    if (!byType.has(g.type)) byType.set(g.type, []);
    byType.get(g.type).push(g);
  }
  const present = TYPES.filter(([type]) => byType.has(type));
  ui.entities.replaceChildren(...present.map(([type, label]) => {
    const groups = byType.get(type).sort((a, b) => b.count - a.count || a.canonical.localeCompare(b.canonical));
    const chips = groups.slice(0, CHIPS_PER_TYPE).map((g) => {
      const chip = el('button', { type: 'button', className: 'chip', title: `Scroll the page to the next mention of ${g.canonical}` },
        `${g.canonical} `, el('span', { className: 'count' }, `×${g.count}`));
      chip.dataset.type = type;
      chip.dataset.entityId = g.id;
      chip.addEventListener('click', () => gotoMention(g));
      return chip;
    });
    const div = el('div', { className: 'group' }, el('strong', { className: 'type', textContent: label }), ...chips);
    div.dataset.type = type;
    return div;
  }));
  // The legend: what the marks on the page mean, for the types shown.
  ui.legend.replaceChildren(
    el('span', { className: 'key sentence', textContent: 'summary sentence' }),
    ...present.map(([type, label]) => {
      const key = el('span', { className: 'key entity', textContent: label });
      key.dataset.type = type;
      return key;
    }),
  );
  ui.keyphrases.replaceChildren(...result.keyphrases.map((k) => el('li', { textContent: k.text })));
  // A heading over nothing says nothing: a section without names is hidden.
  ui.entitiesWrap.hidden = present.length === 0;
  ui.keyphrasesWrap.hidden = result.keyphrases.length === 0;
}

function clearShown() {
  shown = null;
  ui.result.hidden = true;
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

/** Fallback: summarize a snapshot here and send the marks to the page. */
async function summarizeInPopup(snapshot, options) {
  const module = await loadLede();
  const article = module.extract(snapshot.html, { url: snapshot.url });
  if (!article.text.trim()) throw new Error('lede found no article text on this page.');
  const { summary, entityGroups: groups, keyphrases } = analyzeWithHint(module, article.text, { ...(options.summary ?? {}), standfirst: article.standfirst ?? null, title: article.title ?? null, top: 10 }, article.lang);
  const entities = groups.flatMap((g) => g.mentions.map((m) => ({ start: m.start, end: m.end, type: g.type, id: g.id, canonical: g.canonical })));
  const marks = await send({
    type: 'lede:mark-article',
    article: { text: article.text, blocks: article.blocks.map(({ start, end }) => ({ start, end })) },
    sentences: summary.summary.map(({ start, end }) => ({ start, end })),
    entities,
  });
  return {
    mode: 'popup',
    url: snapshot.url,
    title: article.title ?? summary.title,
    summary: summary.summary.map((s) => s.text),
    stats: summary.stats,
    lang: summary.lang,
    langSupported: summary.langSupported,
    groups: groups.map(({ id, type, canonical, count }) => ({ id, type, canonical, count })),
    keyphrases: keyphrases.map(({ text, count }) => ({ text, count })),
    marks,
  };
}

async function summarize() {
  showError('');
  setBusy(true, 'Summarizing…');
  try {
    // The marks' look, inserted by the browser: a page's CSP cannot block it.
    await chrome.scripting.insertCSS({ target: { tabId }, files: ['marks.css'] });
    const options = { summary: { sentences: Number(ui.length.value) } };
    let result = await send({ type: 'lede:summarize', options });
    if (result.needsPopup) {
      ui.status.textContent = 'This page blocks WebAssembly; summarizing in the popup instead.';
      result = await summarizeInPopup(result.snapshot, options);
    }
    result.status = `Highlighted ${result.marks.sentences} summary sentences and ${result.marks.entities} entity mentions on the page.`;
    render(result);
    highlighted = true;
    document.body.dataset.mode = result.mode;
    ui.status.textContent = result.status;
    await chrome.storage.session.set({ [storageKey()]: result });
  } catch (err) {
    showError(explain(err));
  } finally {
    setState();
  }
}

async function clear() {
  showError('');
  setBusy(true, 'Removing…');
  try {
    const { removed } = await send({ type: 'lede:clear' });
    await chrome.scripting.removeCSS({ target: { tabId }, files: ['marks.css'] }).catch(() => {});
    highlighted = false;
    clearShown();
    await chrome.storage.session.remove(storageKey());
    ui.status.textContent = `Removed ${removed} highlights; the page is as it was.`;
  } catch (err) {
    showError(explain(err));
  } finally {
    setState();
  }
}

async function gotoMention(group) {
  try {
    const { index, total } = await send({ type: 'lede:goto', id: group.id });
    ui.status.textContent = total
      ? `${group.canonical}: mention ${index} of ${total} on the page.`
      : `${group.canonical} is not marked on the page any more; summarize it again.`;
  } catch (err) {
    showError(explain(err));
  }
}

function summaryText() {
  return shown.summary.map((s) => s.replace(/\s+/g, ' ').trim()).join('\n');
}

function summaryMarkdown() {
  const title = (shown.title ?? 'Summary').replace(/([[\]\\])/g, '\\$1');
  const head = shown.url ? `## [${title}](${shown.url})` : `## ${title}`;
  return `${head}\n\n${shown.summary.map((s) => `- ${s.replace(/\s+/g, ' ').trim()}`).join('\n')}\n`;
}

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    ui.status.textContent = `Copied the summary as ${what}.`;
  } catch (err) {
    showError(`Could not copy to the clipboard: ${err.message}`);
  }
}

function explain(err) {
  const message = err?.message ?? String(err);
  if (/Cannot access|cannot be scripted|chrome:\/\/|extensions gallery/i.test(message)) {
    return 'lede cannot read this page: browser pages and the extension store are off limits to extensions.';
  }
  return message.replace(/^lede: /, '');
}

ui.toggle.addEventListener('click', () => (highlighted ? clear() : summarize()));
ui.copyText.addEventListener('click', () => copy(summaryText(), 'text'));
ui.copyMd.addEventListener('click', () => copy(summaryMarkdown(), 'Markdown'));

(async () => {
  try {
    tabId = await targetTab();
    const status = await send({ type: 'lede:status' }).catch(() => ({ highlighted: false }));
    highlighted = status.highlighted;
    // The last result for this tab, if its marks are still on the same page.
    const stored = (await chrome.storage.session.get(storageKey()))[storageKey()];
    if (stored && highlighted && stored.url === status.url) {
      render(stored);
      document.body.dataset.mode = stored.mode;
      ui.status.textContent = stored.status;
    } else if (stored) {
      await chrome.storage.session.remove(storageKey());
    }
    setState();
    // The status request started the page's warm-up; where it fails, the popup's path will be taken.
    if (!highlighted) {
      send({ type: 'lede:warm-up' }).then((r) => (r.warmUp === 'failed' ? warmHere() : null)).catch(() => {});
    }
  } catch (err) {
    showError(explain(err));
  }
  document.body.dataset.ready = 'true';
})();
