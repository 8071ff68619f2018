// The extension's service worker. lede needs no background work: the popup
// injects the content script on demand (activeTab), so the extension reads a
// page only when you ask it to. This file exists for the install event and so
// tools can find the extension.
self.addEventListener('install', () => self.skipWaiting());
