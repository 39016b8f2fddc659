/**
 * The first visit, in one room (this folder). The start of every visit runs differently from the
 * rest of a session so that a phone shows a usable screen fast; what a screen must respect:
 *
 * 1. The page may be held (app.html's first script, first-script.js, sets `data-wait` where the
 *    prerendered English page with no records would be wrong: Spanish, the lock on, records coming,
 *    the welcome about to take Today's place). The root layout shows it once the app has drawn
 *    (start.ts, appDrawn); a part that must be the first thing painted holds it a little longer:
 *    `holdReveal` (reveal.ts). The first render waits for the language (first-render.ts).
 * 2. Until the app is ready (`data-pending`), taps, typing and submits are held and replayed
 *    (start.ts). Quick exit never waits. Text that depends on the hour carries class "now".
 * 3. No database on a first visit: a read must never create it. Screens read through `watch`
 *    (db/live.ts: `empty` means "no database yet, show the empty state") or `readOrEmpty`; writes
 *    that can wait for one use `whenDatabaseOpened`; `mayHaveRecords()` says at once whether
 *    records may be coming. The database is created on the client's first touch or key
 *    (start.ts) or first save.
 * 4. Work that is not needed for the first screen waits: `afterPaint`, `nextTask`, `whenIdle`
 *    (utils/tasks.ts), `LazySection` (LazySection.svelte: a part of a screen below the fold, as
 *    Settings' are), the service worker's registration (start.ts: when idle;
 *    `pwa.holdRegistration` while a screen's network content comes, as Events' does), and a
 *    first visit asks early for the data files a prerendered page names (`<meta
 *    name="first-visit-fetch">`, first-script.js's pageEndScript; Events names its parts).
 * 5. Timing marks go through `mark`/`measure` (mark.ts): they exist only in bench builds.
 * 6. Today's first load carries only what Today uses (chunking.ts, oneCoreChunk, with
 *    chunk-roots.js naming the SvelteKit internals it relies on; tests/build checks them), and
 *    stays within its weight budget (tests/e2e/weight.spec.ts): add nothing to it.
 */
export { KEYS, chooseLanguage, mayHaveRecords as mayHaveRecordsFrom } from './first-script.js';
export { MAX_REVEAL_HOLD_MS, holdReveal, revealWhenHeld } from './reveal';
