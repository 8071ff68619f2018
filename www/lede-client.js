// A promise-based client for worker.js: requests matched by id, progress
// callbacks, cancellation (the worker is replaced) and a fresh worker if the
// old one dies.

// Trusted Types are enforced by the page's CSP: the only script URLs this
// policy lets through are our own worker and service worker, on our origin.
export const scriptPolicy = globalThis.trustedTypes?.createPolicy('lede-worker', {
  createScriptURL(url) {
    const parsed = new URL(url, import.meta.url);
    const ours = parsed.origin === new URL(import.meta.url).origin
      && (parsed.pathname.endsWith('/worker.js') || parsed.pathname.endsWith('/sw.js'));
    if (!ours) throw new TypeError(`lede: refusing to load script ${url}`);
    return parsed.href;
  },
});

/** `url` as something Worker and serviceWorker.register accept under Trusted Types. */
export function trustedScriptURL(url) {
  return scriptPolicy ? scriptPolicy.createScriptURL(String(url)) : url;
}

/**
 * Fetches and compiles lede's wasm here, while the worker starts (a
 * `<link rel="preload">` of the same URL lets the download begin with the
 * HTML). Resolves with the WebAssembly.Module, or null when this browser
 * cannot compile it here (the worker then fetches the wasm itself).
 */
export function compileWasm(url = new URL('./pkg/lede_bg.wasm', import.meta.url)) {
  if (typeof WebAssembly?.compileStreaming !== 'function') return Promise.resolve(null);
  return WebAssembly.compileStreaming(fetch(url)).catch(() => null);
}

export class LedeClient {
  #worker = null;
  /** True once the current worker has instantiated lede (it says so when started with `wasm`). */
  #ready = false;
  /** Resolves once the current worker has been sent the wasm (or told to fetch it). */
  #started = null;
  #next = 1;
  #pending = new Map();

  /**
   * `wasm`: a promise of the compiled module (see compileWasm), handed to
   * every worker this client starts; without it each worker fetches the
   * wasm itself.
   */
  constructor(url = new URL('./worker.js', import.meta.url), { wasm = null } = {}) {
    this.url = url;
    this.wasm = wasm;
    this.#spawn();
  }

  #spawn() {
    this.#worker?.terminate();
    // The name tells worker.js to wait for the module rather than fetch it.
    const worker = new Worker(trustedScriptURL(this.url), { type: 'module', ...(this.wasm ? { name: 'lede-wasm-by-message' } : {}) });
    this.#worker = worker;
    this.#ready = false;
    // The module goes first: the worker starts on the first message it gets.
    this.#started = this.wasm
      ? this.wasm.then((module) => worker.postMessage({ wasm: module }), () => worker.postMessage({ wasm: null }))
      : null;
    worker.onmessage = (event) => {
      const msg = event.data;
      if (msg.ready) {
        this.#ready = true;
        return;
      }
      if (msg.fatal) {
        this.#restart(new Error('lede: the wasm module crashed and was restarted; please try again'));
        return;
      }
      const pending = this.#pending.get(msg.id);
      if (!pending) return;
      if (msg.progress) {
        pending.onProgress?.(msg.progress);
        return;
      }
      this.#pending.delete(msg.id);
      if (msg.ok) pending.resolve(msg.result);
      else pending.reject(Object.assign(new Error(msg.error.message), msg.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.#restart(new Error(`lede: the worker failed: ${event.message ?? 'unknown error'}`));
    };
  }

  #restart(error) {
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
    this.#spawn();
  }

  /**
   * True once the worker has lede instantiated, so that a call starts at
   * once (only reported when the client was given `wasm`).
   */
  get ready() {
    return this.#ready;
  }

  /** True while a request is in flight. */
  get busy() {
    return this.#pending.size > 0;
  }

  /**
   * Runs `op` in the worker with `args`; resolves with its result, rejects
   * with its error (an Error with the wasm error's `name`, `code`, `option`).
   */
  call(op, args = [], { onProgress } = {}) {
    const id = this.#next++;
    const worker = this.#worker;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      if (this.#started) this.#started.then(() => worker.postMessage({ id, op, args }));
      else worker.postMessage({ id, op, args });
    });
  }

  /** Stops all work at once: pending calls reject with an AbortError. */
  cancel() {
    this.#restart(Object.assign(new Error('Cancelled'), { name: 'AbortError' }));
  }
}
