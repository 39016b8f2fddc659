// @ts-check
// The scripts app.html runs before the app's own: written here once, as functions the app calls
// too, and put into the page at build time as their source (see app-html.js; svelte.config.js
// allows them by hash). Plain JavaScript, no imports, nothing from outside a function's body:
// each function's text is what runs in the page, in any browser the app supports.

/** localStorage keys the first script reads (the app writes them: database.ts, locale, lock). */
export const KEYS = Object.freeze({
  /** This phone has held the database (database.ts). */
  onDisk: 'hasDatabase',
  /** The client's language, 'en' or 'es' (locale.svelte.ts). */
  locale: 'locale',
  /** The lock is on (lock.svelte.ts). */
  lock: 'lockEnabled',
  /** Where the welcome stands ('done' once finished or skipped: welcome-flag.ts). */
  welcome: 'welcome',
});

/**
 * The tab's title while locked, before any catalog is loaded: the catalogs'
 * 'lock.screen.documentTitle' (src/lib/i18n/app-html.test.ts keeps them equal).
 */
export const LOCKED_TITLE = Object.freeze({ en: 'Locked', es: 'Bloqueada' });

/**
 * The app's language: the saved choice, else the first of the browser's languages it speaks,
 * else English.
 * @param {string | null | undefined} saved
 * @param {readonly string[]} preferred
 * @returns {'en' | 'es'}
 */
export function chooseLanguage(saved, preferred) {
  if (saved === 'en' || saved === 'es') return saved;
  for (var i = 0; i < preferred.length; i += 1) {
    var base = String(preferred[i]).toLowerCase().split('-')[0];
    if (base === 'en' || base === 'es') return base;
  }
  return 'en';
}

/**
 * Whether this phone may hold the client's records, known at once (no IndexedDB call): the
 * database was seen here before (its remembered flag), or the app's service worker serves this
 * page (a client who has used the app; it also covers phones from before the flag).
 * @param {string | null} remembered the localStorage flag (KEYS.onDisk)
 * @param {{ controller?: unknown } | undefined} serviceWorker navigator.serviceWorker
 */
export function mayHaveRecords(remembered, serviceWorker) {
  return remembered === '1' || Boolean(serviceWorker && serviceWorker.controller);
}

/**
 * Whether the first paint must wait for the app: another language than the prerendered English,
 * the lock on, the client's records coming, or the welcome about to take Today's place (a new
 * phone's first paint is the welcome, never the empty Today for a moment before it).
 * @param {{ language: string, isLocked: boolean, mayHaveRecords: boolean, welcome: string | null, path: string }} page
 */
export function mustWait(page) {
  return (
    page.language === 'es' ||
    page.isLocked ||
    page.mayHaveRecords ||
    (page.path === '/' && page.welcome !== 'done')
  );
}

/**
 * Whether the held page shows app.html's welcome splash meanwhile (data-splash): only where the
 * welcome is the one reason to wait. A new phone would otherwise see a blank screen until the
 * welcome's chunk is drawn; the splash pictures the welcome's first step (src/lib/boot/splash.js)
 * where the welcome comes, in English or Spanish (both are in app.html).
 * @param {{ language: string, isLocked: boolean, mayHaveRecords: boolean, welcome: string | null, path: string }} page
 */
export function showsSplash(page) {
  return (
    (page.language === 'en' || page.language === 'es') &&
    !page.isLocked &&
    !page.mayHaveRecords &&
    page.path === '/' &&
    page.welcome !== 'done'
  );
}

/**
 * The first thing to run. Six screens arrive prerendered in English with no records (what a new
 * client sees), and show at once while the app's script loads. Where that would be wrong, nothing
 * shows until the app has drawn (mustWait). Until the app is ready, a tap on a control is held and
 * done then (+layout.svelte replays). Quick exit works from the first moment.
 * @param {{ chooseLanguage: typeof chooseLanguage, mayHaveRecords: typeof mayHaveRecords,
 *   mustWait: typeof mustWait, showsSplash: typeof showsSplash, keys: typeof KEYS,
 *   lockedTitle: typeof LOCKED_TITLE }} boot
 */
export function firstScript(boot) {
  var root = document.documentElement;
  /** @param {string} key */
  function stored(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  }
  // Quick exit, with no way back: this tab remembers it left (sessionStorage is this tab's
  // alone, so a new tab or the home screen icon, which opens a new session, starts clean).
  // Any later return to the app in this tab by Back or Forward, whether the page loads again
  // (this script runs first) or comes back whole from the back/forward cache (its scripts do
  // not run again: the pageshow listener below), hides the page before it paints and leaves
  // again. Only a new navigation (the address typed, the icon) opens the app again in this
  // tab: a return by history is a "back_forward" one, never a "navigate".
  var EXITED = 'blvd-exited';
  // Every open tab of the app leaves with the one where Quick exit was pressed: someone
  // looking over the phone would otherwise find the app in the tab next to it. The channel
  // is closed while the page is put away: a message reaching a page in Chromium's
  // back/forward cache evicts it (the exit's own message, to this tab's previous page).
  var EXIT_CHANNEL = 'blvd-exit';
  /** @type {BroadcastChannel | null} */
  var exits = null;
  var listen = function () {
    if (exits || typeof BroadcastChannel !== 'function') return;
    exits = new BroadcastChannel(EXIT_CHANNEL);
    exits.onmessage = function (event) {
      if (typeof event.data === 'string' && /^https?:\/\//.test(event.data)) {
        leave(event.data);
      }
    };
  };
  /** @param {string} to */
  var tellOtherTabs = function (to) {
    if (typeof BroadcastChannel !== 'function') return;
    var channel = new BroadcastChannel(EXIT_CHANNEL);
    channel.postMessage(to);
    channel.close();
  };
  /** @param {string} to */
  var leave = function (to) {
    if (window.__leaving) return;
    root.setAttribute('data-exited', '');
    document.title = 'Weather';
    window.__leaving = true;
    tellOtherTabs(to);
    try {
      sessionStorage.setItem(EXITED, to);
    } catch {
      // Without sessionStorage (a private mode that refuses it) Back may return; still leave.
    }
    history.replaceState(null, '', '/');
    location.replace(to);
  };
  window.__quickExit = leave;
  var exitedTo = function () {
    try {
      var to = sessionStorage.getItem(EXITED);
      return to && /^https?:\/\//.test(to) ? to : null;
    } catch {
      return null;
    }
  };
  var navigation = performance.getEntriesByType
    ? /** @type {PerformanceNavigationTiming | undefined} */ (
        performance.getEntriesByType('navigation')[0]
      )
    : undefined;
  var exited = exitedTo();
  if (exited) {
    if (navigation && navigation.type === 'navigate') sessionStorage.removeItem(EXITED);
    else leave(exited);
  }
  addEventListener('pageshow', function (event) {
    var to = exitedTo();
    if (event.persisted && to) leave(to);
  });
  listen();
  addEventListener('pagehide', function () {
    if (exits) exits.close();
    exits = null;
  });
  addEventListener('pageshow', listen);
  var language = boot.chooseLanguage(
    stored(boot.keys.locale),
    navigator.languages || [navigator.language || 'en'],
  );
  var isLocked = stored(boot.keys.lock) === '1';
  // With the lock on, the tab's title says neither the screen nor the app until it is opened
  // (the prerendered page names its screen).
  if (isLocked && !window.__leaving) document.title = boot.lockedTitle[language];
  var mayHaveRecords = boot.mayHaveRecords(stored(boot.keys.onDisk), navigator.serviceWorker);
  window.__mayHaveRecords = mayHaveRecords;
  var page = {
    language: language,
    isLocked: isLocked,
    mayHaveRecords: mayHaveRecords,
    welcome: stored(boot.keys.welcome),
    path: location.pathname,
  };
  if (boot.mustWait(page)) {
    root.setAttribute('data-wait', '');
    // app.html's splash shows while the page is held, and goes with data-wait (the same task
    // that draws the welcome): in the language chosen, and with the first step only where the
    // welcome starts there (never shown yet, or asked for again from Settings).
    if (boot.showsSplash(page)) {
      root.setAttribute('data-splash', language);
      if (page.welcome === null || page.welcome === 'language') {
        root.setAttribute('data-splash-first', '');
      }
    }
  }
  root.setAttribute('data-pending', '');
  /** @type {(() => void)[]} */
  var held = [];
  /** @type {Element | null} */
  var lastTyped = null;
  window.__heldBeforeApp = held;
  var isPending = function () {
    return root.hasAttribute('data-pending');
  };
  document.addEventListener(
    'click',
    function (event) {
      if (!(event.target instanceof Element)) return;
      // A tap on the splash's picture of the welcome (shown only while the page is held): the
      // welcome does them all once drawn, in order (a language, then Next). A few at most.
      var pictured = event.target.closest('[data-splash-tap]');
      if (pictured) {
        event.preventDefault();
        var tap = pictured.getAttribute('data-splash-tap');
        if (!tap || !root.hasAttribute('data-wait')) return;
        var taps = (window.__splashTaps = window.__splashTaps || []);
        if (taps.length < 8) taps.push(tap);
        // The picture shows the language tapped as chosen, as the welcome's own radio would.
        var radio = pictured.querySelector('input[type=radio]');
        if (radio instanceof HTMLInputElement) radio.checked = true;
        return;
      }
      if (!isPending()) return;
      // Quick exit never waits.
      var exit = event.target.closest('[data-exit-to]');
      if (exit) {
        event.preventDefault();
        leave(exit.getAttribute('data-exit-to') || '');
        return;
      }
      var control = event.target.closest(
        'button, summary, label, input[type=checkbox], input[type=radio]',
      );
      if (!(control instanceof HTMLElement)) return;
      var tapped = control;
      event.preventDefault();
      lastTyped = null;
      held.push(function () {
        if (tapped.isConnected) tapped.click();
      });
    },
    true,
  );
  // What is typed stays in its field; the app is told of it once it is ready.
  /** @param {Event} event */
  var typed = function (event) {
    if (!isPending() || event.target === lastTyped || !(event.target instanceof Element)) return;
    var field = event.target;
    lastTyped = field;
    held.push(function () {
      if (!field.isConnected) return;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };
  document.addEventListener('input', typed, true);
  document.addEventListener('change', typed, true);
  document.addEventListener(
    'submit',
    function (event) {
      if (!isPending()) return;
      event.preventDefault();
      if (!(event.target instanceof HTMLFormElement)) return;
      var form = event.target;
      lastTyped = null;
      held.push(function () {
        if (form.isConnected) form.requestSubmit();
      });
    },
    true,
  );
}

/**
 * The page's last script, once the prerendered page is parsed.
 * - The welcome splash goes where it is not shown.
 * - The first date formatter costs a slow phone 60-90 ms (the browser loads its date data once),
 *   and every screen builds one as it draws. Built just after the page's first paint, it uses the
 *   wait for the app's script on a phone network instead of adding to the app's start
 *   (+layout.ts does the same if the script came first: a fast network, the worker).
 * - A first visit (nothing of the client's on this phone yet) asks now for the data files the
 *   prerendered page names (meta first-visit-fetch), while the app's script is still on its way,
 *   instead of after it (the app's own request then gets this answer). A returning phone has
 *   them already.
 */
export function pageEndScript() {
  // The welcome splash (just above) is for a new phone's Today only: elsewhere it goes at once,
  // so no page holds its words (the welcome's loader removes it once the welcome is drawn).
  var splash = document.querySelector('.boot-splash');
  if (splash && !document.documentElement.hasAttribute('data-splash')) splash.remove();
  if (typeof Intl === 'object' && typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(function () {
      setTimeout(function () {
        Intl.DateTimeFormat().resolvedOptions();
      }, 0);
    });
  }
  if (!window.__mayHaveRecords && !window.__leaving) {
    document.querySelectorAll('meta[name="first-visit-fetch"]').forEach(function (meta) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = meta.getAttribute('content') || '';
      document.head.appendChild(link);
    });
  }
}
