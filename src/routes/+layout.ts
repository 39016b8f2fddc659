// Every screen is a client-rendered shell, prerendered to its own file so the service worker can
// precache it: the client's data lives in IndexedDB on the phone, so there is nothing to render
// on a server, and rendering in English first would flash the wrong language for Spanish users.
export const ssr = false;
export const prerender = true;
