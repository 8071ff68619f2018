// The Web Worker that holds lede's wasm module, so the page never freezes.
// Messages in: {id, op, args}; out: {id, ok: true, result} or
// {id, ok: false, error: {name, message, code, option}}.
// Functions cannot cross postMessage: for summarize, send `onProgress: true`
// in the options and the worker posts {id, progress: {done, total, stage}}
// while it works (before the final answer).
import init, * as lede from './pkg/lede.js';

const ready = init({ module_or_path: new URL('./pkg/lede_bg.wasm', import.meta.url) });

const OPS = {
  sentences: (text) => lede.sentences(text),
  entities: (text, options) => lede.entities(text, options),
  entityGroups: (text, options) => lede.entityGroups(text, options),
  keyphrases: (text, options) => lede.keyphrases(text, options),
  highlight: (text, options) => lede.highlight(text, options),
  extract: (html, options) => lede.extract(html, options),
  summarize(text, options) {
    if (options?.onProgress !== true) return lede.summarize(text, options);
    const id = this.id;
    const onProgress = (done, total, stage) => self.postMessage({ id, progress: { done, total, stage } });
    return lede.summarize(text, { ...options, onProgress });
  },
  version: () => lede.version(),
};

self.onmessage = async (event) => {
  const { id, op, args = [] } = event.data ?? {};
  try {
    await ready;
    const fn = OPS[op];
    if (!fn) throw new TypeError(`unknown operation ${op}`);
    const started = performance.now();
    const result = fn.apply({ id }, args);
    self.postMessage({ id, ok: true, result, ms: performance.now() - started });
  } catch (err) {
    const error = {
      name: err?.name ?? 'Error',
      message: err?.message ?? String(err),
      code: err?.code,
      option: err?.option,
    };
    self.postMessage({ id, ok: false, error });
    // A trap (RuntimeError) leaves a wasm instance unusable: tell the page
    // to start a fresh worker.
    if (err instanceof WebAssembly.RuntimeError) self.postMessage({ id: null, fatal: true });
  }
};
