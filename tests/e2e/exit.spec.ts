import type { Page } from '@playwright/test';
import { expect, QUICK_EXIT_URL, test } from './fixtures';
import { chromiumArgs, findChromium } from './chromium.js';
import { turnOnLock } from './pages/lock';

// Playwright turns Chromium's back/forward cache off by default; a phone has it on, and a page
// restored from it runs no script again: the case the exit must handle on its own.
test.use({
  launchOptions: {
    executablePath: findChromium(),
    args: chromiumArgs,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

type Seen = { title: string; isShown: boolean; isRestored: boolean; url: string };

/**
 * Records, in every document of the app this page shows, what the phone could have seen: the
 * title and whether anything of the page is rendered, at the first frames after it starts and
 * after a return from the back/forward cache (`isRestored`).
 */
async function watchAppPages(page: Page, origin: string): Promise<Seen[]> {
  const seen: Seen[] = [];
  await page.exposeBinding('__sawAppPage', (_source, record: Seen) => void seen.push(record));
  await page.addInitScript((appOrigin) => {
    if (location.origin !== appOrigin) return;
    const report = (isRestored: boolean) => {
      const root = document.documentElement;
      const body = document.body;
      const isShown =
        getComputedStyle(root).display !== 'none' &&
        Boolean(body) &&
        getComputedStyle(body).visibility !== 'hidden' &&
        getComputedStyle(body).display !== 'none';
      void (window as unknown as { __sawAppPage: (r: Seen) => Promise<void> }).__sawAppPage({
        title: document.title,
        isShown,
        isRestored,
        url: location.href,
      });
    };
    // Every frame for a while: a page that paints once and then leaves must still be caught.
    const frames = (isRestored: boolean, left = 30) =>
      requestAnimationFrame(() => {
        report(isRestored);
        if (left > 0) frames(isRestored, left - 1);
      });
    frames(false);
    addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      // A mark that the page came back (before the app's own listener: this one was added
      // first), then what it shows in its next frames, if it gets any.
      void (window as unknown as { __sawAppPage: (r: Seen) => Promise<void> }).__sawAppPage({
        title: '',
        isShown: false,
        isRestored: true,
        url: location.href,
      });
      frames(true);
    });
  }, origin);
  return seen;
}

/** Until the watcher has stopped reporting on the page shown now (its 30 frames are over). */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise((done) => {
        let left = 40;
        const frame = () => (--left > 0 ? requestAnimationFrame(frame) : done(undefined));
        requestAnimationFrame(frame);
      }),
  );
}

async function stubWeather(page: Page) {
  await page.route(QUICK_EXIT_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Forecast</h1>' }),
  );
}

async function expectWeather(page: Page) {
  await expect(page).toHaveURL(QUICK_EXIT_URL);
  await expect(page.getByRole('heading', { name: 'Forecast' })).toBeVisible();
  await expect(page).toHaveTitle('Weather');
}

/** Back, as a client presses it: it may land on the app for an instant, which must leave again. */
async function back(page: Page) {
  await page.goBack({ waitUntil: 'commit' }).catch(() => undefined);
  await expectWeather(page);
  // Long enough for an app page that came back to draw itself (it would be recorded).
  await page.waitForTimeout(700);
  await expectWeather(page);
}

test('after Quick exit, Back (once or again and again) never shows the app', async ({
  page,
  baseURL,
}) => {
  const seen = await watchAppPages(page, new URL(baseURL!).origin);
  await stubWeather(page);
  await page.goto('/');
  // Three screens of the app behind the one left from: three Backs to try.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await nav.getByRole('link', { name: 'Check-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in history' })).toBeVisible();
  await settle(page);
  const before = seen.length;
  // The watcher sees an app page that shows (the first one, Today).
  expect(
    seen.some((s) => s.isShown && s.title.startsWith('Today')),
    'the watcher works',
  ).toBe(true);

  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expectWeather(page);
  for (let times = 1; times <= 3; times += 1) {
    await back(page);
    const after = seen.slice(before);
    expect(
      after.filter((s) => s.isShown || /Check-in|Today|BLVD/.test(s.title)),
      `after ${times} Back`,
    ).toEqual([]);
  }
});

test('after Quick exit, a page kept in the back/forward cache leaves again, in Spanish too', async ({
  page,
  baseURL,
}) => {
  const seen = await watchAppPages(page, new URL(baseURL!).origin);
  await stubWeather(page);
  await page.addInitScript(() => localStorage.setItem('locale', 'es'));
  // Two documents of the app: the first is put in the back/forward cache by the second load.
  await page.goto('/check-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Registro' })).toBeVisible();
  await page.goto('/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Horario' })).toBeVisible();
  await settle(page);
  const before = seen.length;

  await page.getByRole('button', { name: 'Salir ya' }).click();
  await expectWeather(page);
  await back(page);
  const after = seen.slice(before);
  expect(
    after.some((s) => s.isRestored),
    'the first page came back from the back/forward cache',
  ).toBe(true);
  expect(after.filter((s) => s.isShown || /Registro|Horario|BLVD/.test(s.title))).toEqual([]);
});

test('a fresh open of the app (a new tab) shows it again after Quick exit', async ({
  page,
  context,
}) => {
  await stubWeather(page);
  await page.goto('/schedule');
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expectWeather(page);
  const fresh = await context.newPage();
  await fresh.goto('/schedule');
  await expect(fresh.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  // In the same tab, the address typed again is a deliberate open too (not a return by Back).
  await page.goto('/check-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expectWeather(page);
  await back(page);
});

test('while locked, the page title names neither the screen nor the app', async ({
  page,
  frame,
}) => {
  await turnOnLock(page, '24681357');
  await page.goto('/check-in/history');
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeVisible();
  await expect(page).toHaveTitle('Locked');
  await frame.expectNoAxeViolations();

  await page.getByLabel('Passphrase or PIN').fill('24681357');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in history' })).toBeVisible();
  await expect(page).toHaveTitle('Check-in history · BLVD Companion');

  // Locked again in place (the app hidden): the title goes neutral with the screen.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeVisible();
  await expect(page).toHaveTitle('Locked');

  await page.evaluate(() => localStorage.setItem('locale', 'es'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'La aplicación está bloqueada' })).toBeVisible();
  await expect(page).toHaveTitle('Bloqueada');
});

test('Quick exit in one tab takes every other tab of the app away too', async ({ page }) => {
  await stubWeather(page);
  const other = await page.context().newPage();
  await stubWeather(other);
  await other.goto('/check-in');
  await expect(other.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
  await page.goto('/progress');
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expectWeather(page);
  await expectWeather(other);
  await other.close();
});
