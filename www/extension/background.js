// The extension's service worker. lede needs no background work: the popup
// injects the content script on demand (activeTab), so the extension reads a
// page only when you ask it to. This file forgets a tab's last result (kept
// by the popup in chrome.storage.session) when the tab closes.
self.addEventListener('install', () => self.skipWaiting());
chrome.tabs.onRemoved.addListener((tabId) => {
  chrome.storage.session.remove(`tab:${tabId}`).catch(() => {});
});
