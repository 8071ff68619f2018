// The Web Worker that holds lede's wasm module, so the page never freezes.
// Messages in: {id, op, args}. Out: {id, progress: {done, total, stage}}
// while working, then {id, ok: true, result} or
// {id, ok: false, error: {name, message, code, option}}.
// Functions cannot cross postMessage: `analyze` always reports progress, and
// `summarize` does when its options say `onProgress: true`.
// Started with the name 'lede-wasm-by-message' (as LedeClient does when
// the page compiles the wasm), it waits for a first message
// {wasm: WebAssembly.Module | null} (null: fetch it here) and answers
// {id: null, ready: true} once lede is instantiated; otherwise it fetches
// the wasm at once.

// The glue, the page's analysis and the wasm load side by side, not one
// after the other.
const glue = import('./pkg/lede.js');
const analysis = import('./analysis.js');
/** lede's exports, once instantiated. */
let lede = null;
let ready = null;

/** Instantiates lede (once) from `module`, or from a fetch of the wasm that starts now. */
function start(module = null) {
  if (!ready) {
    const source = module ?? fetch(new URL('./pkg/lede_bg.wasm', import.meta.url));
    ready = Promise.all([glue, analysis]).then(async ([exports, { analyzer }]) => {
      await exports.default({ module_or_path: source });
      lede = exports;
      analyze = analyzer(lede);
      // A mark for bench/coldstart.mjs.
      performance.mark('lede:wasm-ready');
      setTimeout(warmUp, 0);
    });
  }
  return ready;
}
if (self.name !== 'lede-wasm-by-message') start();

/** True once the page has asked for any work (more than the version). */
let asked = false;
// Our own few sentences: names, places, numbers and a date, as in news.
const WARM_UP = 'The council of Northbridge approved a new budget on Monday. '
  + 'Mayor Anna Clarke said the plan would cost $12 million over three years. '
  + 'Critics on the council argued that the money should go to schools instead. '
  + 'The vote passed by 7 votes to 4 after a long debate in the town hall. '
  + 'Work on the new bridge over the Wend river is due to start in March 2027.';

/**
 * V8 compiles wasm lazily, function by function on its first call, so the
 * first analysis of a text costs several times the next ones. While the
 * page has asked for nothing yet, one small analysis pays that in advance.
 * Its result is dropped (lede's memo of word stems never changes results).
 */
function warmUp() {
  if (asked) return;
  try {
    lede.analyze(WARM_UP, { top: 12 });
  } catch {
    // Only a warm-up: a real call reports its own errors.
  }
  performance.mark('lede:warm-up-done');
}
// Marks for bench/coldstart.mjs (the first call only, so they never pile up).
let firstCall = true;

/** The page's analysis (analysis.js), once lede is instantiated. */
let analyze = null;

const OPS = {
  analyze: (request, progress) => analyze(request, progress),
  analyzeText: (text, options) => lede.analyze(text, options),
  sentences: (text) => lede.sentences(text),
  summarize(text, options) {
    if (options?.onProgress !== true) return lede.summarize(text, options);
    return lede.summarize(text, { ...options, onProgress: this.progress });
  },
  entities: (text, options) => lede.entities(text, options),
  entityGroups: (text, options) => lede.entityGroups(text, options),
  keyphrases: (text, options) => lede.keyphrases(text, options),
  highlight: (text, options) => lede.highlight(text, options),
  extract: (html, options) => lede.extract(html, options),
  summarizeHtml: (html, options) => lede.summarizeHtml(html, options),
  version: () => lede.version(),
};

self.onmessage = async (event) => {
  if (event.data && 'wasm' in event.data) {
    // The page runs a first small text itself until it hears {ready}.
    start(event.data.wasm).then(() => self.postMessage({ id: null, ready: true }), () => {});
    return;
  }
  const { id, op, args = [] } = event.data ?? {};
  if (op !== 'version') asked = true;
  let lastPost = 0;
  const progress = (done, total, stage) => {
    const now = performance.now();
    if (now - lastPost < 50 && done < total) return;
    lastPost = now;
    self.postMessage({ id, progress: { done, total, stage } });
  };
  try {
    await start();
    const fn = OPS[op];
    if (!fn) throw new TypeError(`lede worker: unknown operation "${op}"`);
    const mark = firstCall && op === 'analyze';
    if (mark) performance.mark('lede:first-analyze-start');
    const result = op === 'analyze' ? fn(args[0], progress) : fn.apply({ id, progress }, args);
    if (mark) {
      firstCall = false;
      performance.mark('lede:first-analyze-end');
    }
    self.postMessage({ id, ok: true, result });
  } catch (err) {
    const error = {
      name: err?.name ?? 'Error',
      message: err?.message ?? String(err),
      code: err?.code,
      option: err?.option,
    };
    self.postMessage({ id, ok: false, error });
    // A trap (RuntimeError) leaves a wasm instance unusable: ask the page
    // for a fresh worker.
    if (err instanceof WebAssembly.RuntimeError) self.postMessage({ id: null, fatal: true });
  }
};
