import type { BrowserContext, Page } from '@playwright/test';
import { expect, QUICK_EXIT_URL, test } from './fixtures';
import { CheckInPage } from './pages/checkIn';

// Six screens arrive prerendered as a new client sees them, and show before the app's script has
// run (on a phone network, a second or more before). These tests hold the app's script back, as
// a slow network does, and check what shows meanwhile and that nothing done meanwhile is lost.

/** A fresh page (not the fixture's, which waits for the app) whose app script waits for `release`. */
async function slowAppPage(context: BrowserContext): Promise<{ page: Page; release: () => void }> {
  const page = await context.newPage();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_app/immutable/entry/app.*.js', async (route) => {
    await released;
    await route.continue();
  });
  return { page, release };
}

const isPending = (page: Page) =>
  page.evaluate(() => document.documentElement.hasAttribute('data-pending'));

test('a first visit shows Today before the app is ready, and a check-in tapped meanwhile is saved', async ({
  context,
}) => {
  const { page, release } = await slowAppPage(context);
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByText('You have not checked in today.')).toBeVisible();
  expect(await isPending(page)).toBe(true);
  // The build's day and hour are not shown as this phone's.
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  // The navigation already says where the client is.
  await expect(
    page.getByRole('navigation').getByRole('link', { name: 'Today', exact: true }),
  ).toHaveAttribute('aria-current', 'page');

  const checkIn = new CheckInPage(page);
  await checkIn.mood('Good').click();
  await checkIn.save().click();
  // Held, not lost, and not done twice.
  await expect(checkIn.mood('Good')).not.toBeChecked();
  release();
  await expect(page.getByText('You checked in today.')).toBeVisible();
  expect(await isPending(page)).toBe(false);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await checkIn.storedCheckIns()).toHaveLength(1);
});

test('what is typed before the app is ready is kept, and the app acts on it', async ({
  context,
}) => {
  const { page, release } = await slowAppPage(context);
  await page.goto('/events', { waitUntil: 'domcontentloaded' });
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.fill('never alone');
  release();
  const found = page.locator('ul.results').getByRole('link');
  await expect(found).toHaveText(['Never Alone']);
  await expect(search).toHaveValue('never alone');
});

test('quick exit leaves at once, even before the app is ready', async ({ context }) => {
  const { page } = await slowAppPage(context);
  await page.route(QUICK_EXIT_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Forecast</h1>' }),
  );
  await page.goto('/schedule', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(QUICK_EXIT_URL);
  await expect(page.getByRole('heading', { name: 'Forecast' })).toBeVisible();
});

test('a Spanish phone, a locked app or a client with records never sees the English page first', async ({
  browser,
}) => {
  const cases: { name: string; locale?: string; storage?: Record<string, string> }[] = [
    { name: 'Spanish phone', locale: 'es-US' },
    { name: 'Spanish chosen', storage: { locale: 'es' } },
    { name: 'lock on', storage: { lockEnabled: '1' } },
    { name: 'records on this phone', storage: { hasDatabase: '1' } },
  ];
  for (const { name, locale, storage } of cases) {
    const context = await browser.newContext({ locale });
    if (storage)
      await context.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, storage);
    const { page, release } = await slowAppPage(context);
    await page.goto('/progress', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { name: 'Progress' }), name).toBeHidden();
    await expect(page.getByRole('button', { name: 'Quick exit' }), name).toBeHidden();
    release();
    await expect(page.locator('body'), name).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 }).first(), name).toBeVisible();
    if (locale || storage?.locale)
      await expect(page.getByRole('heading', { name: 'Progreso' }), name).toBeVisible();
    await context.close();
  }
});
