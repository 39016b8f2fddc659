// @ts-check
// The engines a client's phone runs that Playwright cannot download here: WebKit (every iPhone
// browser) through Debian's WebKitGTK and its WebDriver, and Firefox through Debian's Firefox ESR
// and WebDriver BiDi (puppeteer-core). Both are driven through one small interface, so each
// journey in journeys.test.js is written once and run in both.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall } from '../e2e/chromium.js';

/** How W3C WebDriver names an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const PACKAGES = {
  webkit: {
    files: ['/usr/bin/WebKitWebDriver', '/usr/bin/Xvfb', MINIBROWSER],
    apt: 'webkit2gtk-driver xvfb',
  },
  firefox: { files: ['/usr/bin/firefox-esr'], apt: 'firefox-esr' },
};

/**
 * Installs Debian's package for an engine when it is missing (as root with apt, as chromium.js
 * does for Chromium); otherwise says how to get it.
 * @param {'webkit' | 'firefox'} engine
 */
export function ensureEngine(engine) {
  const { files, apt } = PACKAGES[engine];
  if (files.every((file) => existsSync(file))) return;
  aptInstall(apt, `The ${engine} tests need it`);
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length)
    throw new Error(`The ${engine} tests need ${missing.join(', ')}: sudo apt-get install ${apt}`);
}

/**
 * A port on localhost that is free and that no engine refuses (WebKit and Firefox refuse a list
 * of "unsafe" ports, 4190 among them, with a blank page and no error).
 * @returns {Promise<number>}
 */
export async function safePort() {
  for (;;) {
    const port = 8100 + Math.floor(Math.random() * 800);
    const isFree = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (isFree) return port;
  }
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * In the page: the first element matching `selector` whose accessible name (aria-label, its
 * labels, or its text) matches `name`, visible on screen. Written out as a string because it runs
 * in the page of either engine.
 */
/**
 * @param {string} selector
 * @param {string} name
 * @param {boolean} isRegExp
 * @returns {Element | null}
 */
function findElement(selector, name, isRegExp) {
  const wanted = isRegExp ? new RegExp(name) : null;
  const clean = (/** @type {string | null | undefined} */ s) =>
    (s || '').replace(/\s+/g, ' ').trim();
  const nameOf = (/** @type {Element} */ el) => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy)
      return clean(
        labelledBy
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      );
    if (el.getAttribute('aria-label')) return clean(el.getAttribute('aria-label'));
    const labels = /** @type {HTMLInputElement} */ (el).labels;
    if (labels && labels.length) return clean([...labels].map((l) => l.textContent).join(' '));
    return clean(el.textContent || /** @type {HTMLInputElement} */ (el).value);
  };
  const visible = (/** @type {Element} */ el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  return (
    [...document.querySelectorAll(selector)].find((el) => {
      if (!visible(el)) return false;
      const n = nameOf(el);
      return wanted ? wanted.test(n) : n === name;
    }) || null
  );
}

/** The same, as the body of a WebDriver script (its arguments come as `arguments`). */
const FIND = `return (${findElement.toString()}).apply(null, arguments);`;

/**
 * @typedef {{ selector: string, name: string | RegExp }} Target
 * @typedef {{
 *   engine: 'webkit' | 'firefox',
 *   page?: import('puppeteer-core').Page,
 *   goto(url: string): Promise<void>,
 *   reload(): Promise<void>,
 *   back(): Promise<void>,
 *   url(): Promise<string>,
 *   evaluate<T>(fn: (...args: any[]) => T | Promise<T>, ...args: unknown[]): Promise<T>,
 *   click(target: Target): Promise<void>,
 *   type(target: Target, text: string): Promise<void>,
 *   exists(target: Target): Promise<boolean>,
 *   waitFor(target: Target): Promise<void>,
 *   screenshot(path: string): Promise<void>,
 *   newTab(): Promise<Browser>,
 *   close(): Promise<void>,
 * }} Browser
 */

/**
 * Asks `find` again until it answers (as Playwright's locators wait), for at most 20 s.
 * @template T
 * @param {Target} target
 * @param {() => Promise<T | null | undefined>} find
 * @returns {Promise<T>}
 */
async function poll(target, find) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await find().catch((e) => (console.log(String(e).slice(0, 300)), null));
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`Not on the page after 20 s: ${target.selector} named ${target.name}`);
    await sleep(100);
  }
}

/** @param {Target} target */
const findArgs = (target) =>
  /** @type {[string, string, boolean]} */ ([
    target.selector,
    target.name instanceof RegExp ? target.name.source : target.name,
    target.name instanceof RegExp,
  ]);

/** Async page function, run in the page and its result (or error) brought back. */
const asyncWrapper = (/** @type {Function} */ fn) => `
  const done = arguments[arguments.length - 1];
  const args = Array.prototype.slice.call(arguments, 0, -1);
  Promise.resolve().then(() => (${fn.toString()})(...args)).then(
    (value) => done({ value: value === undefined ? null : value }),
    (error) => done({ error: String(error && error.stack || error) }),
  );
`;

/**
 * WebKit: WebKitGTK's MiniBrowser under Xvfb, through WebKitWebDriver (W3C WebDriver, spoken
 * here over fetch: a handful of commands is all the journeys need).
 * @returns {Promise<Browser>}
 */
export async function launchWebKit({ width = 450, height = 844 } = {}) {
  ensureEngine('webkit');
  const display = 90 + Math.floor(Math.random() * 400);
  const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x1000x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  const port = await safePort();
  const env = {
    ...process.env,
    DISPLAY: `:${display}`,
    TZ: 'America/Los_Angeles',
    LANG: 'en_US.UTF-8',
  };
  await sleep(300);
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  /** @param {string} method @param {string} path @param {unknown} [body] */
  const callDriver = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = /** @type {{ value: any }} */ (await response.json());
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  let session;
  for (let attempt = 0; ; attempt += 1) {
    try {
      session = await callDriver('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
          },
        },
      });
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      await sleep(200);
    }
  }
  const s = `/session/${session.sessionId}`;
  await callDriver('POST', `${s}/timeouts`, { script: 30_000, pageLoad: 60_000 });
  await callDriver('POST', `${s}/window/rect`, { width, height, x: 0, y: 0 }).catch(
    () => undefined,
  );
  const elementId = (/** @type {Record<string, string>} */ ref) => Object.values(ref)[0];
  /** The window WebDriver's commands go to now (one session drives every tab, in turn). */
  let current = /** @type {string} */ (await callDriver('GET', `${s}/window`));
  const quit = async () => {
    await callDriver('DELETE', s).catch(() => undefined);
    driver.kill();
    xvfb.kill();
  };
  return tab(current, quit);

  /**
   * One tab of the session: each of its commands first makes it WebDriver's current window.
   * @param {string} handle
   * @param {() => Promise<void>} closeIt
   * @returns {Browser}
   */
  function tab(handle, closeIt) {
    /** @param {string} method @param {string} path @param {unknown} [body] */
    const call = async (method, path, body) => {
      if (current !== handle) {
        await callDriver('POST', `${s}/window`, { handle });
        current = handle;
      }
      return callDriver(method, path, body);
    };
    /** @param {Target} target */
    const find = async (target) =>
      elementId(
        await poll(target, () =>
          call('POST', `${s}/execute/sync`, { script: FIND, args: findArgs(target) }),
        ),
      );
    return {
      engine: 'webkit',
      goto: async (url) => void (await call('POST', `${s}/url`, { url })),
      reload: async () => void (await call('POST', `${s}/refresh`, {})),
      back: async () => void (await call('POST', `${s}/back`, {})),
      url: () => call('GET', `${s}/url`),
      async evaluate(fn, ...args) {
        const result = await call('POST', `${s}/execute/async`, { script: asyncWrapper(fn), args });
        if (result?.error) throw new Error(result.error);
        return result?.value ?? undefined;
      },
      async click(target) {
        const id = await find(target);
        // Into the middle of the screen first: WebKit's own scrolling leaves a control at the
        // very bottom, under the app's fixed navigation bar, and refuses the click there.
        await call('POST', `${s}/execute/sync`, {
          script: 'arguments[0].scrollIntoView({ block: "center" });',
          args: [{ [ELEMENT]: id }],
        });
        await call('POST', `${s}/element/${id}/click`, {});
      },
      async type(target, text) {
        const id = await find(target);
        await call('POST', `${s}/element/${id}/value`, { text });
      },
      async exists(target) {
        return Boolean(
          await call('POST', `${s}/execute/sync`, { script: FIND, args: findArgs(target) }),
        );
      },
      waitFor: async (target) => void (await find(target)),
      async screenshot(path) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(path, Buffer.from(await call('GET', `${s}/screenshot`), 'base64'));
      },
      /** Another tab of the same browser (the same profile: the app's second window). */
      async newTab() {
        const { handle: other } = await call('POST', `${s}/window/new`, { type: 'tab' });
        return tab(other, async () => {
          await call('DELETE', `${s}/window`).catch(() => undefined);
        });
      },
      close: closeIt,
    };
  }
}

/**
 * Firefox: Debian's Firefox ESR, headless, through WebDriver BiDi (puppeteer-core). Its
 * persistent-storage prompt is left unanswered, as a client who ignores it would.
 * @returns {Promise<Browser>}
 */
export async function launchFirefox({ width = 390, height = 844, prefs = {} } = {}) {
  ensureEngine('firefox');
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'blvd-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    // The window's size, not an emulated viewport: Firefox ESR 140's BiDi lacks the screen
    // orientation command puppeteer's setViewport sends.
    defaultViewport: null,
    args: ['-width', String(width), '-height', String(height)],
    env: { ...process.env, TZ: 'America/Los_Angeles' },
    extraPrefsFirefox: {
      // A closed network: nothing of Firefox's own may try to phone out.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'dom.serviceWorkers.testing.enabled': true,
      ...prefs,
    },
  });
  const first = (await browser.pages())[0] ?? (await browser.newPage());
  /** The tab in front: a client sees one tab at a time, and the others are hidden. */
  let front = first;
  return tab(first, async () => {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  });

  /**
   * One tab of the browser.
   * @param {import('puppeteer-core').Page} page
   * @param {() => Promise<void>} closeIt
   * @returns {Browser}
   */
  function tab(page, closeIt) {
    /** @param {Target} target */
    const find = (target) =>
      poll(target, async () => {
        const [selector, name, isRegExp] = findArgs(target);
        const handle = await page.evaluateHandle(findElement, selector, name, isRegExp);
        return /** @type {import('puppeteer-core').ElementHandle<Element> | null} */ (
          handle.asElement()
        );
      });
    /** Each command of a journey's tab brings it to the front first, as a client's hand does. */
    const inFront = async () => {
      if (front === page) return;
      await page.bringToFront();
      front = page;
    };
    /** @type {Browser} */
    const api = {
      engine: 'firefox',
      page,
      async goto(url) {
        try {
          // Short: a lost navigation (below) waits this long for nothing; a slow real one is
          // asked again and gets the full time.
          await page.goto(url, { timeout: 6_000 });
        } catch (error) {
          // puppeteer over BiDi sometimes loses the first navigation after a page came back from
          // the back/forward cache (a blank page, no load event): once more, as a client would.
          if (!/timeout/i.test(String(error))) throw error;
          await page.goto(url, { timeout: 20_000 });
        }
      },
      reload: async () => void (await page.reload()),
      // Not page.goBack(): it waits for a load event, and a page restored from the
      // back/forward cache fires none.
      async back() {
        const from = page.url();
        await page.evaluate(() => history.back());
        const deadline = Date.now() + 20_000;
        while (page.url() === from && Date.now() < deadline) await sleep(50);
      },
      url: async () => page.url(),
      evaluate: (fn, ...args) => page.evaluate(/** @type {any} */ (fn), ...args),
      click: async (target) => (await find(target)).click(),
      type: async (target, text) => (await find(target)).type(text),
      async exists(target) {
        const [selector, name, isRegExp] = findArgs(target);
        return Boolean(await page.evaluate(findElement, selector, name, isRegExp));
      },
      waitFor: async (target) => void (await find(target)),
      screenshot: async (path) => void (await page.screenshot({ path })),
      /** Another tab of the same browser (the same profile: the app's second window). */
      async newTab() {
        const other = await browser.newPage();
        front = other;
        return tab(other, async () => void (await other.close().catch(() => undefined)));
      },
      close: closeIt,
    };
    for (const [key, value] of Object.entries(api)) {
      if (typeof value !== 'function' || key === 'newTab' || key === 'close') continue;
      /** @type {Record<string, Function>} */ (/** @type {unknown} */ (api))[key] = async (
        /** @type {unknown[]} */ ...args
      ) => {
        await inFront();
        return /** @type {(...args: unknown[]) => unknown} */ (value)(...args);
      };
    }
    return api;
  }
}

/**
 * Polls `check` in the page until it answers truthy (for at most `timeout` ms), and returns
 * its answer; fails with `what` otherwise.
 * @template T
 * @param {Browser} browser
 * @param {string} what
 * @param {(...args: any[]) => T | Promise<T>} check
 * @param {unknown[]} [args]
 */
export async function waitUntil(browser, what, check, args = [], timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await browser.evaluate(check, ...args);
      if (last) return last;
    } catch (error) {
      // A navigation in progress: ask again.
      last = error;
    }
    if (Date.now() > deadline) {
      // What was on screen instead says most about why.
      const shown = await browser
        .evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(-1500))
        .catch(() => '(the page did not answer)');
      throw new Error(`${browser.engine}: waited 20 s for ${what} (${last}). On screen: ${shown}`);
    }
    await sleep(100);
  }
}
