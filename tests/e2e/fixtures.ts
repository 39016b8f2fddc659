import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { seedRows, waitForApp, waitForAppDatabase } from './app-database.js';

export { seedRows, waitForApp, waitForAppDatabase };

export const routes = [
  { path: '/', heading: /Good (morning|afternoon|evening)/, nav: 'Today' },
  { path: '/check-in', heading: 'Check-in', nav: 'Check-in' },
  { path: '/check-in/history', heading: 'Check-in history', nav: undefined },
  { path: '/check-in/tags', heading: 'Triggers and coping actions', nav: undefined },
  { path: '/schedule', heading: 'Schedule', nav: 'Schedule' },
  { path: '/schedule/session', heading: 'Add session', nav: undefined },
  { path: '/schedule/import', heading: 'Import a calendar', nav: undefined },
  { path: '/progress', heading: 'Progress', nav: 'Progress' },
  { path: '/progress/report', heading: 'Counselor report', nav: undefined },
  { path: '/events', heading: 'Events', nav: 'Events' },
  { path: '/settings', heading: 'Settings', nav: 'Settings' },
  { path: '/plan', heading: 'My plan', nav: undefined },
  { path: '/plan/card', heading: 'My plan on one page', nav: undefined },
  { path: '/plan/tools/urge-surfing', heading: 'Urge surfing', nav: undefined },
  { path: '/plan/tools/breathing', heading: 'Paced breathing', nav: undefined },
  { path: '/plan/tools/grounding', heading: '5-4-3-2-1 grounding', nav: undefined },
  { path: '/measures', heading: 'Measures', nav: undefined },
  { path: '/measures/phq9', heading: 'PHQ-9', nav: undefined },
  { path: '/measures/gad7', heading: 'GAD-7', nav: undefined },
  { path: '/measures/bam', heading: 'BAM', nav: undefined },
] as const;

/** The app frame every screen shares: navigation, the help control, banners. */
export class AppFrame {
  constructor(readonly page: Page) {}

  nav(name: string) {
    return name === 'Settings' || name === 'Ajustes'
      ? this.page.getByRole('banner').getByRole('link', { name })
      : this.page.getByRole('navigation').getByRole('link', { name, exact: true });
  }

  helpButton(name = 'Get help now') {
    return this.page.getByRole('button', { name });
  }

  async waitForServiceWorker() {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });
  }

  /** Opens `path` and waits until the service worker controls it, as after a first visit. */
  async openInstalled(path: string) {
    await this.page.goto(path);
    await this.waitForServiceWorker();
  }

  /** Opens `path` once online (so the service worker takes over), then cuts the network. */
  async openThenOffline(path: string) {
    await this.openInstalled(path);
    await this.page.context().setOffline(true);
  }

  /** Opens `path` in a language, as a client who chose it sees it (the choice lives on this phone). */
  async openIn(path: string, language: string) {
    await this.page.goto(path);
    await this.page.evaluate((l) => localStorage.setItem('locale', l), language);
    await this.page.reload();
  }

  /**
   * Follows `href` within the running app, as a tap on a link does (SvelteKit's router, no new
   * page load), and waits for the address: much quicker than a fresh load when a test only reads
   * what many screens show. The app mounts a fresh screen for each address (+layout.svelte).
   */
  async followInApp(href: string) {
    await this.page.evaluate((to) => {
      const link = document.createElement('a');
      link.href = to;
      // Inside SvelteKit's container, where its router listens for clicks.
      document.querySelector('body > div')!.append(link);
      link.click();
      link.remove();
    }, href);
    await this.page.waitForURL((url) => url.href === new URL(href, url).href);
  }

  /** What axe finds on the page now, one line per rule with the elements it names. */
  async axeViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      // axe's target-size (24 px) also fails controls that merely scroll under the fixed
      // navigation bar; shell.spec.ts checks the stricter 44 px on every control instead.
      .disableRules(['target-size'])
      // Experimental in axe, so off unless asked for: a visible label that is not part of the
      // accessible name breaks voice control ("click Attended").
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
  }

  async expectNoAxeViolations(where?: string) {
    expect(await this.axeViolations(), where).toEqual([]);
  }
}

/**
 * Every test records the requests the app makes: the app talks to its own origin and nothing
 * else (no analytics, fonts or CDNs), checked after each test.
 */
/** Where "Quick exit" goes: the one place outside the app a client may be sent, by their choice. */
export const QUICK_EXIT_URL = 'https://weather.gov/';

/**
 * Marks the welcome done in every page of a context (unless the page already has an answer): a
 * first open shows the welcome in place of Today, and most tests start from a fresh profile to
 * test something else. welcome.spec.ts turns it off (`test.use({ isWelcomeSkipped: false })`).
 * For contexts a test makes itself, call this on them.
 */
export async function skipWelcome(context: BrowserContext) {
  await context.addInitScript(() => {
    try {
      if (location.protocol.startsWith('http') && !localStorage.getItem('welcome'))
        localStorage.setItem('welcome', 'done');
    } catch {
      // A page without storage: no welcome either.
    }
  });
}

export const test = base.extend<{ frame: AppFrame; isWelcomeSkipped: boolean }>({
  isWelcomeSkipped: [true, { option: true }],
  context: async ({ context, isWelcomeSkipped }, use) => {
    if (isWelcomeSkipped) await skipWelcome(context);
    await use(context);
  },
  // A page opened or reloaded is ready once the app has taken it over: six screens arrive
  // prerendered and show before that, and a tap then is held until the app is ready (held-taps
  // tests prove that); the other tests act as a client does once the screen answers.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await waitForApp(page);
      return response;
    };
    const reload = page.reload.bind(page);
    page.reload = async (...args) => {
      const response = await reload(...args);
      await waitForApp(page);
      return response;
    };
    await use(page);
  },
  frame: async ({ page, baseURL }, use) => {
    const foreign: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.context().on('request', (request) => {
      const url = new URL(request.url());
      if (['data:', 'blob:'].includes(url.protocol)) return;
      if (request.url() === QUICK_EXIT_URL && request.isNavigationRequest()) return;
      if (url.origin !== origin) foreign.push(request.url());
    });
    // Any Content-Security-Policy violation on any page is a failure.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await use(new AppFrame(page));
    expect(foreign, 'requests to other origins').toEqual([]);
    if (!page.isClosed() && page.url().startsWith(origin)) {
      const violations = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    }
  },
});

export { expect };

/** What the app keeps in this browser: databases, caches, service workers, both storages. */
export function leftBehind(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
  }));
}

/** What `leftBehind` finds once every trace of the app is gone. */
export const NOTHING_LEFT = {
  databases: [],
  caches: [],
  workers: 0,
  localStorage: 0,
  sessionStorage: 0,
};

/** Whether the app's database exists on this phone (asked without opening it). */
export function hasAppDatabase(page: Page): Promise<boolean> {
  return page.evaluate(async () =>
    (await indexedDB.databases()).some((d) => d.name === 'recovery-companion'),
  );
}

/**
 * A row of the app's `meta` table as stored (undefined while there is none). Never the one to
 * create the database: an empty one would stand in the app's way.
 */
export function storedMeta(page: Page, key: string): Promise<{ body?: unknown } | undefined> {
  return page.evaluate(async (metaKey) => {
    const list = await indexedDB.databases();
    if (!list.some((d) => d.name === 'recovery-companion' && (d.version ?? 0) >= 10))
      return undefined;
    return new Promise<{ body?: unknown } | undefined>((resolve) => {
      const open = indexedDB.open('recovery-companion');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('meta')) {
          db.close();
          return resolve(undefined);
        }
        const get = db.transaction('meta').objectStore('meta').get(metaKey);
        get.onsuccess = () => {
          db.close();
          resolve(get.result);
        };
      };
      open.onerror = () => resolve(undefined);
    });
  }, key);
}

/** Every row of a table as stored (none while the table is missing); no app code involved. */
export async function storedRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  await waitForAppDatabase(page);
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('recovery-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve([]);
          }
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Saves settings as the app does. */
export async function seedSettings(page: Page, values: Record<string, unknown>) {
  await seedRows(
    page,
    'settings',
    Object.entries(values).map(([key, value]) => ({ key, value })),
    ['key'],
  );
}
