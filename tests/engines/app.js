// @ts-check
// The app as a client meets it, in any engine: a static server of the build, and the few ways
// a journey touches the screen (by the names a screen reader would read), written once for
// WebKit and Firefox alike.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { safePort, waitUntil } from './browsers.js';

/** @typedef {import('./browsers.js').Browser} Browser */

/**
 * Serves build/ as `npm start` does. `stop()` takes the app off the network (a phone with no
 * signal), `start()` brings it back on the same address.
 */
export async function serveBuild() {
  if (!existsSync('build/200.html')) throw new Error('No build: run `npm run build` first.');
  const port = await safePort();
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  const start = async () => {
    server = spawn(process.execPath, ['scripts/serve.js'], {
      env: { ...process.env, PORT: String(port), HOST: 'localhost' },
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i += 1) {
      const isUp = await fetch(`http://localhost:${port}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (isUp) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The static server did not start.');
  };
  const stop = async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill();
    await exited;
  };
  await start();
  return { origin: `http://localhost:${port}`, start, stop };
}

/** What names controls on screen: a selector per role, as the journeys ask for them. */
const ROLES = {
  button: 'button, [role="button"], input[type="submit"], summary',
  link: 'a[href]',
  heading: 'h1, h2, h3',
  field: 'input, textarea, select',
  radio: 'input[type="radio"], label',
  checkbox: 'input[type="checkbox"]',
  any: 'label, button, a, h1, h2, h3, p, li, summary',
};

/**
 * @param {keyof typeof ROLES} role
 * @param {string | RegExp} name
 */
export const by = (role, name) => ({ selector: ROLES[role], name });

/**
 * A client's hands on one page of the app.
 * @param {Browser} browser
 * @param {string} origin
 */
export function client(browser, origin) {
  const self = {
    browser,
    origin,
    /** Opens a screen by a new load, and waits until the app has taken it over. */
    async open(/** @type {string} */ path) {
      await browser.goto(origin + path);
      await self.ready();
    },
    async ready() {
      await waitUntil(
        browser,
        'the app to take the page over',
        () =>
          document.readyState === 'complete' &&
          !document.documentElement.hasAttribute('data-pending') &&
          Boolean(document.querySelector('main h1')),
      );
      await self.settled();
      // A fresh browser meets the welcome (#28) in place of Today's content. These journeys are
      // about the rest of the app, so it is marked done, as tests/e2e/fixtures.ts does for the
      // Chromium suite, and the page loaded again: no tap on "Skip for now", which would create
      // the database the first-visit journey checks is not there yet.
      const isWelcomeShown = await browser.evaluate(() => {
        // (The welcome itself writes the step it stands on as it shows.)
        if (localStorage.getItem('welcome') === 'done') return false;
        localStorage.setItem('welcome', 'done');
        return Boolean(document.querySelector('main > .welcome'));
      });
      if (isWelcomeShown) await self.reload();
    },
    /**
     * Until the screen stops growing (its lower sections arrive in a task of their own): a tap
     * by WebDriver scrolls to its target and presses where it was, so a section arriving in
     * between would take the tap.
     */
    async settled() {
      let last = -1;
      for (let same = 0; same < 3;) {
        const height = await browser.evaluate(() => document.body.scrollHeight);
        same = height === last ? same + 1 : 0;
        last = height;
        await new Promise((resolve) => setTimeout(resolve, 120));
      }
    },
    async reload() {
      await browser.reload();
      await self.ready();
    },
    /** Waits until the page's visible text holds `text` (a string or a pattern). */
    async sees(/** @type {string | RegExp} */ text) {
      const [source, isRegExp] = text instanceof RegExp ? [text.source, true] : [text, false];
      await waitUntil(
        browser,
        `“${text}” on screen`,
        (/** @type {string} */ wanted, /** @type {boolean} */ asPattern) => {
          const shown = document.body.innerText.replace(/\s+/g, ' ');
          return asPattern ? new RegExp(wanted).test(shown) : shown.includes(wanted);
        },
        [source, isRegExp],
      );
    },
    /** True when the page's visible text holds `text` now. */
    async shows(/** @type {string} */ text) {
      return browser.evaluate(
        (/** @type {string} */ wanted) =>
          document.body.innerText.replace(/\s+/g, ' ').includes(wanted),
        text,
      );
    },
    /** @param {keyof typeof ROLES} role @param {string | RegExp} name */
    click: (role, name) => browser.click(by(role, name)),
    /**
     * Types into a field by its label, replacing what it held. Date and time fields take no typed
     * keys in WebKitGTK's WebDriver: their value is set and announced as the browser would after
     * typing.
     * @param {string | RegExp} label
     * @param {string} value
     */
    async fill(label, value) {
      const target = by('field', label);
      await browser.waitFor(target);
      const isSet =
        typeof label === 'string' &&
        (await browser.evaluate(
          (/** @type {string} */ name, /** @type {string} */ text) => {
            const field = [...document.querySelectorAll('input')].find((el) =>
              [...(el.labels ?? [])].some(
                (l) => l.textContent?.replace(/\s+/g, ' ').trim() === name,
              ),
            );
            if (!field) return false;
            if (!['date', 'time', 'number'].includes(field.type)) {
              // Typing replaces what the field held, as a client selecting it all would.
              if (field.value) {
                field.value = '';
                field.dispatchEvent(new Event('input', { bubbles: true }));
              }
              return false;
            }
            field.value = text;
            field.dispatchEvent(new Event('input', { bubbles: true }));
            field.dispatchEvent(new Event('change', { bubbles: true }));
            return true;
          },
          label,
          value,
        ));
      if (isSet) return;
      await browser.type(target, value);
    },
    /** The local date in the page (Pacific time), `days` from today, as YYYY-MM-DD. */
    async localDate(days = 0) {
      return browser.evaluate((/** @type {number} */ offset) => {
        const day = new Date();
        day.setDate(day.getDate() + offset);
        const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
        return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
      }, days);
    },
  };
  return self;
}

/** @typedef {ReturnType<typeof client>} Client */

/**
 * Waits until a service worker of the app controls the page (the app registers it once the
 * first screen is drawn).
 * @param {Client} app
 */
export async function waitForServiceWorker(app) {
  await waitUntil(
    app.browser,
    'a service worker in control',
    async () => {
      if (!('serviceWorker' in navigator)) return false;
      await navigator.serviceWorker.ready;
      return Boolean(navigator.serviceWorker.controller);
    },
    [],
  );
}

/**
 * A check-in saved as a client saves one: a mood, a craving, a note, then "Save check-in".
 * @param {Client} app
 * @param {{ mood?: string, note?: string }} [entry]
 */
export async function checkIn(app, { mood = 'Good', note = '' } = {}) {
  await app.open('/check-in');
  await app.click('radio', mood);
  if (note) await app.fill('Note', note);
  await app.click('button', 'Save check-in');
  await app.sees('Saved. Thank you for checking in.');
}

/**
 * Unlocks from the lock screen, as a client does, and waits for the app to open.
 * @param {Client} app
 * @param {string} secret
 */
export async function unlock(app, secret) {
  await app.sees('The app is locked');
  await app.fill('Passphrase or PIN', secret);
  await app.click('button', 'Unlock');
  // (How long it takes is a figure of `npm run bench`, not a test's.)
  await waitUntil(
    app.browser,
    'unlocked',
    () => !document.body.innerText.includes('The app is locked'),
  );
}

/**
 * Follows the app's own links to History (a new load would ask for the PIN again) and waits for
 * `text` there. The links are followed as the app's router does: a banner arriving meanwhile
 * must not take the tap.
 * @param {Client} app
 * @param {string} text
 */
export async function seesInHistory(app, text) {
  for (const [href, heading] of /** @type {const} */ ([
    ['/check-in', 'How are you doing right now?'],
    ['/check-in/history', text],
  ])) {
    await app.browser.evaluate(
      (/** @type {string} */ to) =>
        [...document.querySelectorAll('a')].find((a) => a.getAttribute('href') === to)?.click(),
      href,
    );
    await app.sees(heading);
  }
}

/**
 * Raw IndexedDB, read as a test would, never creating the database: the names of the
 * databases on this phone.
 * @param {Browser} browser
 * @returns {Promise<string[]>}
 */
export function databases(browser) {
  return browser.evaluate(async () =>
    (await indexedDB.databases()).map((d) => /** @type {string} */ (d.name)),
  );
}
