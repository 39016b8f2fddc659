import type { Page } from '@playwright/test';
import { expect, hasAppDatabase, storedMeta, test } from './fixtures';

// Friday 27 November 2026, 18:00 in Portland.
const NOW = new Date('2026-11-27T18:00:00-08:00');
const PART = /\/events\/meetings\.[0-9a-f]+\.json$/;

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

/** The list of results (the one holding meeting links). */
const results = (page: Page) => page.locator('ul.results');

/** Opens the finder and waits for its first meetings. */
async function openFinder(page: Page) {
  await page.goto('/events');
  await expect(results(page).getByRole('link').first()).toBeVisible();
}

/** Holds the snapshot's parts on their way until the returned function lets them through. */
async function holdParts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(PART, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The hash of the snapshot stored in IndexedDB (undefined until it is stored). */
async function storedHash(page: Page): Promise<string | undefined> {
  const row = (await storedMeta(page, 'eventsMeta')) as
    { body?: { value?: { value?: { hash?: string } } } } | undefined;
  return row?.body?.value?.value?.hash;
}

/** True when the element is wholly on screen and not under the fixed bars. */
async function isClearOfBars(page: Page, locator: ReturnType<Page['getByRole']>) {
  const box = (await locator.boundingBox())!;
  const nav = (await page.getByRole('navigation').last().boundingBox())!;
  const header = (await page.getByRole('banner').boundingBox())!;
  return box.y >= header.y + header.height - 1 && box.y + box.height <= nav.y + 1;
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
]) {
  test(`search and a first result on screen without scrolling at ${viewport.width}x${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/events');
    const first = results(page).getByRole('link').first();
    await expect(first).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await isClearOfBars(page, first)).toBe(true);
    expect(await isClearOfBars(page, page.getByRole('searchbox', { name: 'Search events' }))).toBe(
      true,
    );
  });
}

test('a first visit shows loading with progress, not "offline", then the rows', async ({
  page,
}) => {
  const release = await holdParts(page);
  await page.goto('/events');
  const loading = page.getByRole('status').filter({ hasText: 'Loading meetings' });
  await expect(loading).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /Loading meetings: \d+%/ })).toBeVisible();
  await expect(page.getByText(/Connect to the internet/)).toHaveCount(0);
  release();
  await expect(results(page).getByRole('link').first()).toBeVisible();
  await expect(loading).toHaveCount(0);
  await expect(page.getByText(/^\d+ meetings$/)).toBeVisible();
});

/** What the page keeps in the Cache API for the finder (paths). */
const keptPaths = (page: Page) =>
  page.evaluate(async () =>
    (await (await caches.open('events-snapshot')).keys()).map((r) => new URL(r.url).pathname),
  );

/** Opens the first meeting, then reloads its page: both must show it (offline in these tests). */
async function opensFirstMeeting(page: Page) {
  const first = results(page).getByRole('link').first();
  await expect(first).toBeVisible();
  const name = (await first.textContent())!;
  await first.click();
  await expect(page).toHaveURL(/\/events\/detail\?id=/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Reloads: the rows show, the small index is asked for, and no part is downloaded again. */
async function reloadAsksOnlyForTheIndex(page: Page) {
  const fetched: string[] = [];
  const onRequest = (request: { url(): string }) => {
    if (request.url().includes('/events/')) fetched.push(new URL(request.url()).pathname);
  };
  page.on('request', onRequest);
  await page.reload();
  await expect(results(page).getByRole('link').first()).toBeVisible();
  await expect.poll(() => fetched).toContain('/events/index.json');
  await page.waitForTimeout(300);
  page.off('request', onRequest);
  expect(fetched.filter((path) => PART.test(path))).toEqual([]);
}

test('a first visit that only looks stores nothing; offline, the kept meetings still show', async ({
  page,
  context,
  frame,
}) => {
  await openFinder(page);
  // Kept by the page in the Cache API (no service worker controlled it yet); no database.
  await expect.poll(() => keptPaths(page)).toHaveLength(2);
  expect((await keptPaths(page)).sort()).toEqual([
    '/events/index.json',
    expect.stringMatching(PART),
  ]);
  await frame.waitForServiceWorker();
  expect(await hasAppDatabase(page)).toBe(false);

  await reloadAsksOnlyForTheIndex(page);

  await context.setOffline(true);
  await page.reload();
  await expect(results(page).getByRole('link').first()).toBeVisible();
  await expect(page.getByText(/Connect to the internet/)).toHaveCount(0);
  // A meeting's own page opens offline too, from the kept copy: opened by its address (no
  // touch, so still no database), then from the list.
  const first = results(page).getByRole('link').first();
  const [name, href] = [await first.textContent(), await first.getAttribute('href')];
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1, name: name! })).toBeVisible();
  expect(await hasAppDatabase(page)).toBe(false);
  await page.goBack();
  await opensFirstMeeting(page);
});

test('stored at the first touch; a warm visit asks only for the small index, also offline', async ({
  page,
  context,
  frame,
}) => {
  await openFinder(page);
  expect(await storedHash(page)).toBeUndefined();
  // The client touches the screen: the database is created and the snapshot stored.
  await page.getByRole('heading', { level: 1 }).click();
  await expect.poll(() => storedHash(page)).toMatch(/^[0-9a-f]{16}$/);

  await reloadAsksOnlyForTheIndex(page);

  await frame.waitForServiceWorker();
  await context.setOffline(true);
  // Offline the stored copy answers, even with the kept one gone.
  await page.evaluate(() => caches.delete('events-snapshot'));
  await page.reload();
  await expect(page.getByText(/Connect to the internet/)).toHaveCount(0);
  await opensFirstMeeting(page);
});

test('with no meetings stored and no signal, it says to connect once', async ({ page, frame }) => {
  await frame.openThenOffline('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Events', exact: true }).click();
  await expect(page.getByText(/Connect to the internet once/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
});

test('when the list cannot be loaded, it says so kindly and tries again', async ({ page }) => {
  // The server is busy: the part the page names fails, and so does the index asked for then.
  let failures = 2;
  await page.route(/\/events\/[\w.]+\.json$/, (route) =>
    failures-- > 0 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
  );
  await page.goto('/events');
  await expect(page.getByText('The meeting list could not be loaded just now.')).toBeVisible();
  // The message shows as the named part fails; the index of now is asked for a moment later.
  await expect.poll(() => failures).toBe(0);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(results(page).getByRole('link').first()).toBeVisible();
});

test('a first visit takes the list’s index from the page and asks only for its part', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/events/') && path.endsWith('.json')) fetched.push(path);
  });
  await openFinder(page);
  expect(fetched).toEqual([expect.stringMatching(PART)]);
});

test('a page whose index names a part the server no longer has asks for the index of now', async ({
  page,
}) => {
  // A page kept by the browser from an older version: its part is gone from the server.
  await page.route('/events', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replaceAll(
      /meetings\.([0-9a-f]+)\.json/g,
      'meetings.0ld.json',
    );
    await route.fulfill({ response, body: html });
  });
  await page.route('**/events/meetings.0ld.json', (route) => route.fulfill({ status: 404 }));
  await openFinder(page);
  await expect(page.getByText('The meeting list could not be loaded just now.')).toHaveCount(0);
});

test('a first visit installs the app for offline once its meetings are on screen, not before', async ({
  page,
  frame,
}) => {
  // A phone network: the list takes a while. The app's installation (all of its files) would
  // share the connection with it.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(PART, async (route) => {
    await held;
    await route.continue();
  });
  // How many meetings were on screen when the app registered its service worker.
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      const rows = document.querySelectorAll('a[href*="/events/detail"]').length;
      document.documentElement.dataset.rowsAtRegistration = String(rows);
      return register.apply(this, args);
    };
  });
  const rowsAtRegistration = () =>
    page.evaluate(() => document.documentElement.dataset.rowsAtRegistration);
  await page.goto('/events');
  await expect(page.getByRole('status').filter({ hasText: 'Loading meetings' })).toBeVisible();
  // Long after the screen is up and the phone idle: not registered yet.
  await page.waitForTimeout(1500);
  expect(await rowsAtRegistration()).toBeUndefined();
  release();
  await expect(results(page).getByRole('link').first()).toBeVisible();
  await frame.waitForServiceWorker();
  expect(Number(await rowsAtRegistration())).toBeGreaterThan(0);
});

test('Filters fold away and count what is on; every control works by keyboard', async ({
  page,
  frame,
}) => {
  await page.goto('/events');
  const filters = page.getByRole('button', { name: 'Filters' });
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('searchbox', { name: 'Search events' }).focus();
  await page.keyboard.press('Tab'); // Day
  await expect(page.getByLabel('Day', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(filters).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Time', { exact: true })).toBeFocused();
  await page.getByLabel('Time', { exact: true }).selectOption({ label: 'Evening (5 to 9 pm)' });
  await page.getByLabel('In person or online').selectOption({ label: 'Online' });
  await expect(filters).toHaveAccessibleDescription('2 filters on');
  await expect(filters).toContainText('2');
  await frame.expectNoAxeViolations();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(filters).not.toContainText('2');
  await filters.click();
  await expect(page.getByLabel('Time', { exact: true })).toBeHidden();
});

test('a meeting two sources list shows once and names both; NA formats have names', async ({
  page,
}) => {
  await page.goto('/events');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('never alone');
  await expect(results(page).getByRole('link')).toHaveText(['Never Alone']);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('clean and serene');
  const row = results(page).getByRole('listitem').first();
  await expect(row).toContainText('Open · Basic Text · Wheelchair Access');
  await expect(page.locator('main')).not.toContainText(/\bNA-[A-Z]+\b/);

  await page.getByRole('searchbox', { name: 'Search events' }).fill('never alone');
  await results(page).getByRole('link', { name: 'Never Alone' }).click();
  await expect(page.getByText('Also listed by Oregon NA, BMLT server.')).toBeVisible();
});

test('the finder in Spanish: loading, Filters and NA format names', async ({ page, frame }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Español' }).check();
  const release = await holdParts(page);
  await page.goto('/events');
  await expect(page.getByRole('status').filter({ hasText: 'Cargando reuniones' })).toBeVisible();
  release();
  await page.getByRole('searchbox', { name: 'Buscar eventos' }).fill('clean and serene');
  await expect(results(page).getByRole('listitem').first()).toContainText('Texto Básico');
  const filters = page.getByRole('button', { name: 'Filtros' });
  await filters.click();
  await page.getByLabel('En persona o en línea').selectOption({ index: 2 });
  await expect(filters).toHaveAccessibleDescription('1 filtro activo');
  await frame.expectNoAxeViolations();
});

test('Show more by keyboard: the list grows only when pressed, and focus goes to the first new meeting', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/events');
  const links = results(page).getByRole('link');
  await expect(links).toHaveCount(10);
  const more = page.getByRole('button', { name: 'Show more' });
  // Reached by keyboard (a Tab first, so its focus shows as a keyboard user's does).
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Tab');
  await more.focus();
  await expect(more).toBeFocused();
  // On it, with the list's end in view: nothing grows under the focused button.
  await page.waitForTimeout(400);
  await expect(links).toHaveCount(10);
  expect(await isClearOfBars(page, more)).toBe(true);

  await page.keyboard.press('Enter');
  await expect(links).toHaveCount(20);
  await expect(links.nth(10)).toBeFocused();
  expect(await isClearOfBars(page, links.nth(10))).toBe(true);
});
