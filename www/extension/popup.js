// The popup: "Summarize this page" injects the content script into the
// current tab (activeTab), asks it to summarize and highlight, and shows the
// summary, entities and keyphrases. A second click removes the highlights.
// When the page's CSP blocks WebAssembly in content scripts, the popup runs
// lede itself on a snapshot of the page and tells the content script what to
// mark.

const $ = (s) => document.querySelector(s);
const ui = {
  toggle: $('#toggle'), status: $('#status'), error: $('#error'), result: $('#result'), title: $('#title'),
  meta: $('#meta'), summary: $('#summary'), entities: $('#entities'), keyphrases: $('#keyphrases'), length: $('#length'),
};
const TYPE_NAMES = { PERSON: 'People', ORG: 'Organisations', PLACE: 'Places', GROUP: 'Groups', DATE: 'Dates', TIME: 'Times', MONEY: 'Money', PERCENT: 'Percent', NUMBER: 'Numbers', EMAIL: 'E-mail', URL: 'Links' };

let tabId = null;
let highlighted = false;
let lede = null;

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

async function loadLede() {
  if (!lede) {
    const module = await import('./pkg/lede.js');
    await module.default({ module_or_path: new URL('./pkg/lede_bg.wasm', import.meta.url) });
    lede = module;
  }
  return lede;
}

function setBusy(busy, label) {
  ui.toggle.disabled = busy;
  ui.toggle.textContent = label;
}

function showError(message) {
  ui.error.textContent = message;
  ui.error.hidden = !message;
}

function render(result) {
  ui.result.hidden = false;
  ui.title.textContent = result.title ?? 'Untitled page';
  const s = result.stats;
  const lang = result.lang ? ` · ${result.lang}${result.langSupported === false ? ' (not supported: summaries work, entities are limited)' : ''}` : '';
  ui.meta.textContent = `${Math.max(1, Math.round(s.readingMinutes))} min read → ${s.selected} sentences · ${s.words.toLocaleString()} ${s.unit ?? 'words'}${lang}`;
  ui.summary.replaceChildren(...result.summary.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  const byType = new Map();
  for (const g of result.groups) {
    if (!byType.has(g.type)) byType.set(g.type, []);
    byType.get(g.type).push(g);
  }
  ui.entities.replaceChildren(...[...byType].map(([type, groups]) => {
    const div = document.createElement('div');
    div.className = 'group';
    const label = document.createElement('strong');
    label.textContent = TYPE_NAMES[type] ?? type;
    div.append(label, ...groups.sort((a, b) => b.count - a.count).slice(0, 12).map((g) => {
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.dataset.type = type;
      chip.textContent = `${g.canonical} ×${g.count}`;
      return chip;
    }));
    return div;
  }));
  ui.keyphrases.replaceChildren(...result.keyphrases.map((k) => Object.assign(document.createElement('li'), { textContent: k.text })));
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

/** Fallback: summarize a snapshot here and send the marks to the page. */
async function summarizeInPopup(snapshot, options) {
  const module = await loadLede();
  const article = module.extract(snapshot.html, { url: snapshot.url });
  if (!article.text.trim()) throw new Error('lede found no article text on this page.');
  const summary = summarizeWithHint(module, article.text, options.summary, article.lang);
  const marked = await send({ type: 'lede:mark-sentences', sentences: summary.summary.map((s) => s.text) });
  const entities = module.entities(marked.text);
  await send({ type: 'lede:mark-entities', text: marked.text, entities });
  return {
    mode: 'popup',
    title: summary.title ?? article.title,
    summary: summary.summary.map((s) => s.text),
    stats: summary.stats,
    lang: summary.lang,
    langSupported: summary.langSupported,
    groups: module.entityGroups(article.text),
    keyphrases: module.keyphrases(article.text, { top: 10, lang: summary.lang }),
    marks: { sentences: marked.found, entities: entities.length },
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
    render(result);
    highlighted = true;
    document.body.dataset.mode = result.mode;
    ui.status.textContent = `Highlighted ${result.marks.sentences} summary sentences and ${result.marks.entities} entity mentions on the page.`;
  } catch (err) {
    showError(explain(err));
  } finally {
    setBusy(false, highlighted ? 'Remove highlights' : 'Summarize this page');
    document.body.dataset.state = highlighted ? 'highlighted' : 'idle';
  }
}

async function clear() {
  showError('');
  setBusy(true, 'Removing…');
  try {
    const { removed } = await send({ type: 'lede:clear' });
    await chrome.scripting.removeCSS({ target: { tabId }, files: ['marks.css'] }).catch(() => {});
    highlighted = false;
    ui.status.textContent = `Removed ${removed} highlights; the page is as it was.`;
  } catch (err) {
    showError(explain(err));
  } finally {
    setBusy(false, highlighted ? 'Remove highlights' : 'Summarize this page');
    document.body.dataset.state = highlighted ? 'highlighted' : 'idle';
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

(async () => {
  try {
    tabId = await targetTab();
    const status = await send({ type: 'lede:status' }).catch(() => ({ highlighted: false }));
    highlighted = status.highlighted;
    setBusy(false, highlighted ? 'Remove highlights' : 'Summarize this page');
    document.body.dataset.state = highlighted ? 'highlighted' : 'idle';
  } catch (err) {
    showError(explain(err));
  }
  document.body.dataset.ready = 'true';
})();
