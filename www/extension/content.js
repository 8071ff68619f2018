// Injected into the page when you click "Summarize this page" (never before).
// It only sets up a message listener; the work is in content-main.js, loaded
// as a module from the extension on first use.
(() => {
  if (globalThis.__ledeContentReady) return;
  globalThis.__ledeContentReady = true;
  let main = null;
  chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!message || typeof message.type !== 'string' || !message.type.startsWith('lede:')) return false;
    main ??= import(chrome.runtime.getURL('content-main.js'));
    main
      .then((m) => m.handle(message))
      .then((result) => sendResponse({ ok: true, result }))
      .catch((err) => sendResponse({ ok: false, error: { name: err?.name ?? 'Error', message: err?.message ?? String(err) } }));
    return true; // the response is asynchronous
  });
})();
