// A promise-based client for worker.js: one request at a time per call,
// answers matched by id, and a fresh worker if the old one dies.
// Trusted Types are enforced by the page's CSP: the only script URL this
// policy lets through is our own worker, on our own origin.
const workerPolicy = globalThis.trustedTypes?.createPolicy('lede-worker', {
  createScriptURL(url) {
    const parsed = new URL(url, import.meta.url);
    if (parsed.origin !== new URL(import.meta.url).origin || !parsed.pathname.endsWith('/worker.js')) {
      throw new TypeError(`lede: refusing to load worker script ${url}`);
    }
    return parsed.href;
  },
});

export class LedeClient {
  #worker = null;
  #next = 1;
  #pending = new Map();

  constructor(url = new URL('./worker.js', import.meta.url)) {
    this.url = url;
    this.#spawn();
  }

  #spawn() {
    this.#worker?.terminate();
    const url = workerPolicy ? workerPolicy.createScriptURL(String(this.url)) : this.url;
    this.#worker = new Worker(url, { type: 'module' });
    this.#worker.onmessage = (event) => {
      const msg = event.data;
      if (msg.fatal) return this.#restart(new Error('lede: the wasm module crashed and was restarted'));
      const pending = this.#pending.get(msg.id);
      if (!pending) return;
      if (msg.progress) return pending.onProgress?.(msg.progress);
      this.#pending.delete(msg.id);
      if (msg.ok) pending.resolve(msg.result);
      else pending.reject(Object.assign(new Error(msg.error.message), msg.error));
    };
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#restart(new Error(`lede: the worker failed to start: ${event.message ?? 'unknown error'}`));
    };
  }

  #restart(error) {
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
    this.#spawn();
  }

  /** Runs `op` in the worker; resolves with its result, rejects with its error.
   * An `onProgress` function in an options argument is called with
   * {done, total, stage} as the worker reports progress. */
  call(op, ...args) {
    const id = this.#next++;
    let onProgress;
    args = args.map((a) => {
      if (typeof a?.onProgress !== 'function') return a;
      onProgress = a.onProgress;
      return { ...a, onProgress: true };
    });
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, onProgress });
      this.#worker.postMessage({ id, op, args });
    });
  }

  /** Stops the current work at once (the worker is replaced). */
  cancel() {
    this.#restart(Object.assign(new Error('cancelled'), { name: 'AbortError' }));
  }
}
