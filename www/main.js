// The page: reads the article (typed, pasted, opened or dropped), asks the
// worker for the summary, entities and keyphrases, and renders them. It
// updates as the controls move; long runs show progress and can be cancelled.
import { LedeClient, compileWasm, trustedScriptURL } from './lede-client.js';
import {
  renderArticle, renderEntityGroups, renderKeyphrases, renderSummary, renderTypeToggles,
  rovingFocus, sentenceDetails,
} from './render.js';

const $ = (selector) => document.querySelector(selector);
// The wasm downloads and compiles here (index.html preloads it) while the
// worker starts, and the worker gets the compiled module.
const wasm = compileWasm();
const client = new LedeClient(undefined, { wasm });

/**
 * Texts up to this length are analysed on the page's own thread while the
 * worker is still starting (a few milliseconds of work, so the page does not
 * freeze); longer ones always wait for the worker.
 */
const HERE_MAX = 10_000;
/** lede instantiated in this thread from the page's compiled module: a promise of analysis.js's analyze, or null. */
let here = null;
/** On a page the service worker served, the glue for `here` loads at once (from its cache). */
const hereModules = navigator.serviceWorker?.controller ? Promise.all([import('./pkg/lede.js'), import('./analysis.js')]) : null;

/**
 * The first text of a load (the sample, a quick paste) would wait for the
 * worker's thread to start, lede's glue to load there and lede to be
 * instantiated: as long as the worker has not said it is ready, a small
 * text is analysed here instead, with the module this page compiled.
 * Only on a page the service worker served (a reader who has had lede
 * before): the browser then keeps the machine code of the wasm from earlier
 * loads, and the analysis takes milliseconds; on a first visit every
 * function it reaches is compiled on first use, a long task for the page.
 * Null when the worker should do it (it is ready, the text is big, the first
 * visit, or lede cannot run here), so the worker's errors and cancellation
 * apply.
 */
async function analyzeHere(request) {
  if (client.ready || request.input.length > HERE_MAX || !navigator.serviceWorker?.controller) return null;
  here ??= Promise.all([hereModules, wasm]).then(async ([[glue, { analyzer }], module]) => {
    if (!module) return null;
    await glue.default({ module_or_path: module });
    return analyzer(glue);
  }).catch(() => null);
  const analyze = await here;
  if (!analyze) return null;
  try {
    markOnce('lede:page-analyze-start');
    const result = analyze(request, () => {});
    markOnce('lede:page-analyze-end');
    return result;
  } catch {
    // Errors are reported the worker's way, by the worker; a trap would
    // leave this instance unusable, so the worker does everything from now on.
    here = Promise.resolve(null);
    return null;
  }
}

const ui = {
  input: $('#input'), dropzone: $('#dropzone'), file: $('#file'), sample: $('#sample'), clear: $('#clear'),
  progress: $('#progress'), progressBar: $('#progress-bar'), progressLabel: $('#progress-label'), cancel: $('#cancel'),
  status: $('#status'), error: $('#error'),
  length: $('#length'), lengthValue: $('#length-value'), algorithm: $('#algorithm'), order: $('#order'), lang: $('#lang'),
  typeToggles: $('#type-toggles'),
  summary: $('#summary'), empty: $('#empty'), docMeta: $('#doc-meta'), docTitle: $('#doc-title'), docTimes: $('#doc-times'),
  keyphrasesWrap: $('#keyphrases-wrap'), keyphrases: $('#keyphrases'),
  entitiesWrap: $('#entities-wrap'), entities: $('#entities'),
  articleWrap: $('#article-wrap'), article: $('#article'), articleNote: $('#article-note'),
  find: $('#find'), findCount: $('#find-count'), bigNote: $('#big-note'),
  tooltip: $('#tooltip'),
  copyText: $('#copy-text'), copyMd: $('#copy-md'), download: $('#download'),
  results: $('#results'),
};

const MAX_FILE_BYTES = 16 * 1024 * 1024;
// Past this size the text box shows a preview only: editing megabytes in a
// <textarea> costs the browser most of a second per keystroke.
const BIG_TEXT = 1_000_000;
const PREVIEW = 100_000;
const FILE_TYPES = /\.(txt|text|html?|md|markdown)$/i;
const STAGES = { extract: 'Extracting the article', summarize: 'Scoring sentences', entities: 'Finding entities', keyphrases: 'Finding key phrases' };

const state = {
  /** The whole input when it is too big to live in the text box. */
  bigText: null,
  result: null,
  /** The length setting `result` was made for. */
  resultFor: null,
  ticket: 0,
  /** Edits of the input so far, and the edit count when a file was last refused:
   *  the file's error stays up until the text changes, whatever run ends meanwhile. */
  edits: 0,
  refusedAt: -1,
  hidden: new Set(),
  picked: null,
  unit: 'sentences',
  value: { sentences: 3, ratio: 20 },
  /** Entity types whose long lists are shown whole ("show all"), for this text. */
  expanded: new Set(),
  /** Scroll to the summary when the next result arrives (a paste or the sample, on a narrow screen). */
  reveal: false,
};

// The entity panel and the article are one tab stop each; arrow keys move inside.
const resetEntityFocus = rovingFocus(ui.entities, 'button');
const resetArticleFocus = rovingFocus(ui.article, '.sent:not(.noncandidate)');
// So are the type toggles (a toolbar of checkboxes; Space ticks).
const resetToggleFocus = rovingFocus(ui.typeToggles, 'input');
// One column: the summary is below the input, out of sight.
const narrow = matchMedia('(max-width: 59.99rem)');

// Performance marks for bench/coldstart.mjs, each made once per page load.
const marked = new Set();
function markOnce(name) {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark(name);
}

// ---- input -------------------------------------------------------------

function looksLikeHtml(text) {
  const head = text.slice(0, 4096).trimStart();
  return /^<(!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|meta|title|!--)[\s>]/i.test(head)
    || (/<\/(p|div|article|body|html)>/i.test(text.slice(0, 200_000)) && /<(p|div|article)[\s>]/i.test(text.slice(0, 200_000)));
}

function showError(message) {
  ui.error.textContent = message;
  ui.error.hidden = !message;
}

function setStatus(message) {
  ui.status.textContent = message;
}

/** The text lede works on: the text box, or the big text it previews. */
function inputText() {
  return state.bigText ?? ui.input.value;
}

/** Puts `text` in the text box, or a read-only preview of it when it is big. */
function setInput(text, origin) {
  state.edits++;
  if (text.length > BIG_TEXT) {
    state.bigText = text;
    ui.input.value = `${text.slice(0, PREVIEW)}\n\n[… the rest of the ${formatBytes(text.length)} is not shown here …]`;
    ui.input.readOnly = true;
    ui.bigNote.textContent = `${origin} is ${formatBytes(text.length)}: the box shows its beginning and editing is off; lede works on all of it. Press Clear to start over.`;
    ui.bigNote.hidden = false;
  } else {
    state.bigText = null;
    ui.input.value = text;
    ui.input.readOnly = false;
    ui.bigNote.hidden = true;
  }
}

async function loadFile(file) {
  showError('');
  // An error about this file must outlive the run of the text before it.
  const refuse = (message) => { state.refusedAt = state.edits; showError(message); };
  if (!FILE_TYPES.test(file.name) && !/^text\//.test(file.type)) {
    refuse(`“${file.name}” is not a text file: lede opens .txt, .md and .html files.`);
    return;
  }
  if (file.size > MAX_FILE_BYTES) {
    refuse(`“${file.name}” is ${(file.size / 1e6).toFixed(1)} MB; lede handles files up to 16 MB.`);
    return;
  }
  const text = await file.text();
  if (text.slice(0, 8192).includes('\u0000')) {
    refuse(`“${file.name}” does not contain text (it looks like a binary file).`);
    return;
  }
  setInput(text, `“${file.name}”`);
  setStatus(`Opened ${file.name} (${formatBytes(file.size)}).`);
  run();
}

/**
 * Numbers and language names are formatted by ICU, whose first use costs
 * tens of milliseconds: the page pays it when it is idle after start, or
 * while the worker works on the first text (at its first progress
 * message), whichever comes first, not after the result is in.
 */
let formatsReady = false;
function prepareFormats() {
  if (formatsReady) return;
  formatsReady = true;
  (0).toLocaleString();
  try { new Intl.DisplayNames(['en'], { type: 'language' }).of('en'); } catch { /* old browser: codes are shown */ }
}

/** "1 sentence", "2 sentences", "1,200 words": `noun` singular or plural. */
function count(n, noun) {
  const one = noun.replace(/s$/, '');
  return `${n.toLocaleString()} ${n === 1 ? one : `${one}s`}`;
}

function formatBytes(n) {
  return n < 1024 ? `${n} bytes` : n < 1024 * 1024 ? `${(n / 1024).toFixed(0)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

// ---- running -------------------------------------------------------------

function options() {
  const opts = { algorithm: ui.algorithm.value, order: ui.order.value, lang: ui.lang.value };
  const type = $('#summary-type').value;
  const size = $('#summary-size').value;
  if (type !== 'key-points') opts.type = type;
  // A size picks the type's own length; without one the slider's length applies.
  if (size) opts.length = size;
  else if (type === 'headline') opts.type = type;
  else if (state.unit === 'ratio') opts.ratio = state.value.ratio / 100;
  else opts.sentences = state.value.sentences;
  return opts;
}

let debounce = 0;
function scheduleRun() {
  clearTimeout(debounce);
  const size = inputText().length;
  debounce = setTimeout(run, size > 500_000 ? 700 : size > 50_000 ? 300 : 150);
}

async function run() {
  clearTimeout(debounce);
  const input = inputText();
  const ticket = ++state.ticket;
  if (!input.trim()) {
    clearResults();
    showError('');
    setStatus('');
    return;
  }
  if (!state.result) {
    // The article panel (and its find box) shows while lede reads.
    ui.articleWrap.hidden = false;
    ui.article.replaceChildren(Object.assign(document.createElement('p'), { className: 'help', textContent: 'Reading the article…' }));
  }
  const big = input.length > 200_000;
  const timer = setTimeout(() => { if (ticket === state.ticket) showProgress(0, 1, 'summarize'); }, big ? 0 : 250);
  try {
    const request = { input, html: looksLikeHtml(input), options: options() };
    const result = await analyzeHere(request) ?? await client.call('analyze', [request], {
      onProgress: ({ done, total, stage }) => {
        prepareFormats();
        if (ticket === state.ticket) showProgress(done, total, stage);
      },
    });
    if (ticket !== state.ticket) return;
    markOnce('lede:first-result');
    // A refused file keeps its error until the text changes; the text summarized is still the one shown.
    if (state.refusedAt !== state.edits) showError('');
    if (state.result?.text !== result.text) state.expanded.clear();
    state.result = result;
    state.resultFor = lengthKey();
    render();
    revealSummary();
    const ms = result.elapsedMs;
    const stats = result.summary.stats;
    setStatus(`${result.article ? 'Article extracted from HTML. ' : ''}${count(stats.sentences, 'sentence')} (${stats.candidates} scored), entities and key phrases in ${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms.`);
  } catch (err) {
    if (ticket !== state.ticket && err.name !== 'AbortError') return;
    if (err.name === 'AbortError') {
      setStatus('Cancelled. Edit the text or move a control to run again.');
    } else {
      clearResults();
      showError(err.message.replace(/^lede: /, ''));
      setStatus('');
    }
  } finally {
    clearTimeout(timer);
    if (ticket === state.ticket) ui.progress.hidden = true;
  }
}

/** After a paste or the sample on a narrow screen, brings the summary into view. */
function revealSummary() {
  if (!state.reveal) return;
  state.reveal = false;
  if (narrow.matches) ui.results.scrollIntoView({ block: 'start' });
}

function showProgress(done, total, stage) {
  ui.progress.hidden = false;
  ui.progressBar.value = total > 0 ? done / total : 0;
  ui.progressLabel.textContent = `${STAGES[stage] ?? 'Working'}…${total > 1 ? ` ${Math.round((100 * done) / total)}%` : ''}`;
}

// ---- rendering -------------------------------------------------------------

function clearResults() {
  state.result = null;
  ui.summary.replaceChildren();
  ui.empty.hidden = false;
  ui.docMeta.hidden = true;
  ui.keyphrasesWrap.hidden = true;
  ui.entitiesWrap.hidden = true;
  ui.articleWrap.hidden = true;
  for (const b of [ui.copyText, ui.copyMd, ui.download]) b.disabled = true;
  renderTypeToggles(ui.typeToggles, new Map(), state.hidden, toggleType);
  updateLengthLabel();
}

/** The language the summary used, and an honest notice for one lede does not support. */
function languageNote(summary) {
  if (!summary.lang) return '';
  let name = summary.lang;
  try { name = new Intl.DisplayNames(['en'], { type: 'language' }).of(summary.lang) ?? name; } catch { /* old browser: the code */ }
  const how = ui.lang.value === 'auto' ? `detected${summary.langConfidence < 0.5 ? ', unsure' : ''}` : 'chosen';
  const limits = summary.langSupported ? '' : ' — not supported: summaries work, entities are limited';
  return `Language: ${name} (${how})${limits}`;
}

function render() {
  const { text, summary, entities, groups, keyphrases } = state.result;
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const stats = summary.stats;

  ui.empty.hidden = summary.summary.length > 0;
  if (!summary.summary.length) ui.empty.textContent = 'No sentence of this text could be scored.';
  renderSummary(ui.summary, text, summary.summary, sorted);

  ui.docMeta.hidden = false;
  // The article's title, else the text's own title line; a text that has
  // neither gets no heading (a made-up "Untitled" reads as a defect).
  const title = state.result.article?.title ?? summary.title ?? '';
  ui.docTitle.textContent = title;
  ui.docTitle.hidden = !title;
  const minutes = (m) => (m < 1 ? 'under a minute' : `${Math.round(m)} min`);
  ui.docTimes.textContent = `Reading time ${minutes(stats.readingMinutes)} → summary ${minutes(stats.summaryReadingMinutes)} · ${stats.selected} of ${count(stats.candidates, 'sentence')} · ${count(stats.words, stats.unit ?? 'words')} · ${languageNote(summary)}`;

  ui.keyphrasesWrap.hidden = keyphrases.length === 0;
  renderKeyphrases(ui.keyphrases, keyphrases);

  const counts = new Map();
  for (const g of groups) counts.set(g.type, (counts.get(g.type) ?? 0) + g.count);
  renderTypeToggles(ui.typeToggles, counts, state.hidden, toggleType);
  ui.entitiesWrap.hidden = groups.length === 0;
  renderEntityGroups(ui.entities, groups, pickEntity, {
    expanded: state.expanded,
    onExpand: (type, open) => {
      if (open) state.expanded.add(type);
      else state.expanded.delete(type);
      resetEntityFocus();
    },
  });
  for (const group of ui.entities.querySelectorAll('.entity-group')) group.hidden = state.hidden.has(group.dataset.type);
  if (state.picked && !groups.some((g) => g.id === state.picked)) state.picked = null;

  ui.articleWrap.hidden = false;
  const drawn = renderArticle(ui.article, text, summary.sentences, sorted);
  ui.articleNote.hidden = drawn === summary.sentences.length;
  ui.articleNote.textContent = `Showing the first ${drawn.toLocaleString()} of ${summary.sentences.length.toLocaleString()} sentences.`;
  // The tab stops need layout (which items are visible): set them once every
  // part is drawn, so the browser lays the page out once, not three times.
  resetToggleFocus();
  resetEntityFocus(state.picked ? ui.entities.querySelector(`button[data-entity-id="${CSS.escape(state.picked)}"]`) : null);
  resetArticleFocus();
  applyPicked();
  applyFind();

  for (const b of [ui.copyText, ui.copyMd, ui.download]) b.disabled = summary.summary.length === 0;
  updateLengthLabel();
}

/** The length setting a result was made for; the label shows its counts only when they match. */
function lengthKey() {
  return `${state.unit}:${state.value[state.unit]}`;
}

function updateLengthLabel() {
  const stats = state.result?.summary.stats;
  // While a new length is being summarized, the last result's count of picked sentences would be stale.
  const selected = stats && state.resultFor === lengthKey() ? stats.selected : null;
  if (state.unit === 'ratio') {
    ui.length.min = 5; ui.length.max = 60; ui.length.step = 5;
    ui.length.value = state.value.ratio;
    const n = selected !== null ? ` · ${selected} sentence${selected === 1 ? '' : 's'}` : '';
    ui.lengthValue.textContent = `${state.value.ratio}% of the article${n}`;
  } else {
    ui.length.min = 1; ui.length.step = 1;
    ui.length.max = Math.max(10, Math.min(30, stats?.candidates ?? 10));
    ui.length.value = state.value.sentences;
    const pct = selected !== null && stats.candidates ? ` · ${Math.round((100 * selected) / stats.candidates)}% of the article` : '';
    ui.lengthValue.textContent = `${state.value.sentences} sentence${state.value.sentences === 1 ? '' : 's'}${pct}`;
  }
}

function toggleType(type, visible) {
  if (visible) state.hidden.delete(type);
  else state.hidden.add(type);
  document.body.classList.toggle(`hide-${type}`, !visible);
  for (const group of ui.entities.querySelectorAll('.entity-group')) group.hidden = state.hidden.has(group.dataset.type);
  resetEntityFocus();
}

/** Marks the article's sentences that contain the find box's text. */
function applyFind() {
  const query = ui.find.value.trim().toLowerCase();
  let count = 0;
  for (const sentence of ui.article.querySelectorAll('.sent')) {
    const hit = query.length > 0 && sentence.textContent.toLowerCase().includes(query);
    sentence.classList.toggle('found', hit);
    if (hit) count++;
  }
  ui.findCount.textContent = query ? `${count} sentence${count === 1 ? '' : 's'}` : '';
  if (query && count) ui.article.querySelector('.sent.found')?.scrollIntoView({ block: 'nearest' });
}

function pickEntity(id) {
  state.picked = state.picked === id ? null : id;
  applyPicked();
  if (state.picked) ui.article.querySelector(`mark[data-entity-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
}

function applyPicked() {
  for (const mark of document.querySelectorAll('mark.picked')) mark.classList.remove('picked');
  for (const button of ui.entities.querySelectorAll('button[data-entity-id]')) {
    button.setAttribute('aria-pressed', String(button.dataset.entityId === state.picked));
  }
  if (!state.picked) return;
  for (const mark of document.querySelectorAll(`mark[data-entity-id="${CSS.escape(state.picked)}"]`)) mark.classList.add('picked');
}

// ---- tooltip for sentence scores ------------------------------------------

let tooltipFor = null;

function showTooltip(target) {
  tooltipFor = target;
  const index = Number(target.dataset.index);
  const s = state.result?.summary.sentences[index];
  if (!s) return;
  ui.tooltip.replaceChildren(...sentenceDetails(s, state.result.summary.stats.candidates));
  ui.tooltip.hidden = false;
  const box = target.getBoundingClientRect();
  const tip = ui.tooltip.getBoundingClientRect();
  const top = box.bottom + 6 + tip.height > innerHeight ? box.top - tip.height - 6 : box.bottom + 6;
  ui.tooltip.style.top = `${Math.max(4, top)}px`;
  ui.tooltip.style.left = `${Math.max(4, Math.min(innerWidth - tip.width - 4, box.left))}px`;
}

function hideTooltip() {
  tooltipFor = null;
  ui.tooltip.hidden = true;
}

/** The page scrolled (focusing a sentence scrolls it too): follow the focused or hovered sentence, or hide. */
function moveTooltip() {
  if (ui.tooltip.hidden) return;
  if (tooltipFor && (tooltipFor === document.activeElement || tooltipFor.matches(':hover'))) showTooltip(tooltipFor);
  else hideTooltip();
}

// ---- output ---------------------------------------------------------------

function summaryText() {
  const { summary } = state.result;
  return summary.summary.map((s) => s.text.replace(/\s+/g, ' ')).join('\n');
}

function summaryMarkdown() {
  const { summary, article } = state.result;
  const title = article?.title ?? summary.title;
  const lines = summary.summary.map((s) => `- ${s.text.replace(/\s+/g, ' ')}`);
  return `${title ? `## ${title}\n\n` : ''}${lines.join('\n')}\n`;
}

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    setStatus(`Copied the summary as ${what}.`);
  } catch (err) {
    showError(`Could not copy to the clipboard: ${err.message}`);
  }
}

function download() {
  const { text, article, summary, entities, groups, keyphrases } = state.result;
  const json = JSON.stringify({ text, article, summary, entities, entityGroups: groups, keyphrases }, null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'lede-summary.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  setStatus('Downloaded lede-summary.json.');
}

// ---- wiring ---------------------------------------------------------------

ui.input.addEventListener('input', () => { state.edits++; scheduleRun(); });
ui.input.addEventListener('paste', (event) => {
  state.reveal = true;
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (text.length <= BIG_TEXT && !state.bigText) return;
  event.preventDefault();
  setInput(text, 'The pasted text');
  run();
});
ui.find.addEventListener('input', applyFind);
ui.sample.addEventListener('click', async () => {
  try {
    const response = await fetch('samples/sample-article.txt');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    setInput(await response.text(), 'The sample');
    markOnce('lede:sample-loaded');
    setStatus('Loaded the sample article.');
    state.reveal = true;
    run();
  } catch (err) {
    showError(`Could not load the sample: ${err.message}`);
  }
});
ui.clear.addEventListener('click', () => {
  setInput('', '');
  run();
  ui.input.focus();
});
ui.file.addEventListener('change', () => {
  const [file] = ui.file.files;
  if (file) loadFile(file);
  ui.file.value = '';
});
for (const type of ['dragenter', 'dragover']) {
  ui.dropzone.addEventListener(type, (event) => {
    if (![...(event.dataTransfer?.types ?? [])].includes('Files')) return;
    event.preventDefault();
    ui.dropzone.classList.add('dragging');
  });
}
for (const type of ['dragleave', 'dragend']) ui.dropzone.addEventListener(type, () => ui.dropzone.classList.remove('dragging'));
ui.dropzone.addEventListener('drop', (event) => {
  ui.dropzone.classList.remove('dragging');
  const file = event.dataTransfer?.files?.[0];
  if (!file) return;
  event.preventDefault();
  loadFile(file);
});
ui.cancel.addEventListener('click', () => {
  state.ticket++;
  client.cancel();
  ui.progress.hidden = true;
  setStatus('Cancelled. Edit the text or move a control to run again.');
});
for (const radio of document.querySelectorAll('input[name=unit]')) {
  radio.addEventListener('change', () => {
    state.unit = radio.value;
    updateLengthLabel();
    run();
  });
}
ui.length.addEventListener('input', () => {
  state.value[state.unit] = Number(ui.length.value);
  updateLengthLabel();
  run();
});
ui.algorithm.addEventListener('change', run);
ui.lang.addEventListener('change', run);
$('#summary-type').addEventListener('change', run);
$('#summary-size').addEventListener('change', run);
ui.order.addEventListener('change', run);
ui.copyText.addEventListener('click', () => copy(summaryText(), 'text'));
ui.copyMd.addEventListener('click', () => copy(summaryMarkdown(), 'Markdown'));
ui.download.addEventListener('click', download);
ui.article.addEventListener('mouseover', (e) => { const t = e.target.closest('.sent:not(.noncandidate)'); if (t) showTooltip(t); });
ui.article.addEventListener('mouseout', (e) => { if (e.target.closest('.sent')) hideTooltip(); });
ui.article.addEventListener('focusin', (e) => { const t = e.target.closest('.sent:not(.noncandidate)'); if (t) showTooltip(t); });
ui.article.addEventListener('focusout', hideTooltip);
addEventListener('scroll', moveTooltip, { passive: true });
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hideTooltip();
  // "/" jumps to Find (shown beside it), unless the reader is typing.
  if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !ui.articleWrap.hidden && !typing(e.target)) {
    e.preventDefault();
    ui.find.focus();
    ui.find.select();
  }
});

function typing(target) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.tagName === 'INPUT') return !/^(checkbox|radio|range|button|submit|reset|file|color)$/.test(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

clearResults();
client.call('version').then((version) => {
  $('#version').textContent = `lede ${version} · offline-capable`;
  document.body.dataset.ready = 'true';
  (globalThis.requestIdleCallback ?? setTimeout)(prepareFormats);
  // Text the browser restored into the box (no input event): summarize it,
  // unless a run has started already (the sample pressed, a paste).
  if (inputText().trim() && state.ticket === 0) run();
}).catch((err) => showError(`lede could not start: ${err.message}`));

// Registered once the page has loaded: on a first visit the service worker
// downloads every file again to cache it, which must not compete with the page.
function registerServiceWorker() {
  navigator.serviceWorker.register(trustedScriptURL(new URL('./sw.js', import.meta.url)), { type: 'classic' })
    .catch((err) => console.warn('lede: offline support unavailable:', err.message));
}
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  if (document.readyState === 'complete') registerServiceWorker();
  else addEventListener('load', registerServiceWorker, { once: true });
}

