import { readFileSync } from 'node:fs';
import { serveFixtureFeeds } from './fixture-feeds';
import { expect, test } from './fixtures';

// Friday 27 November 2026, 18:00 in Portland.
const NOW = new Date('2026-11-27T18:00:00-08:00');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('finds meetings offline: search, filters, in progress, and the example label', async ({
  page,
  context,
  frame,
}) => {
  await page.goto('/events');
  await expect(page.getByText('9 meetings').or(page.getByText(/\d+ meetings/))).toBeVisible();
  await frame.waitForServiceWorker();
  await context.setOffline(true);
  await page.reload();

  await expect(page.getByText('Example data', { exact: true })).toBeVisible();
  const results = page.locator('ul.results');
  await expect(results.getByRole('link').first()).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search events' }).fill('amanecer');
  await expect(results.getByRole('link')).toHaveText(['Nuevo Amanecer']);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('"step study" OR lifeline');
  await expect(results.getByRole('link')).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('');

  await page.getByLabel('Day', { exact: true }).selectOption({ label: 'Thursday' });
  // Everything but search and Day folds behind "Filters", which counts what is on.
  const filters = page.getByRole('button', { name: 'Filters' });
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Time', { exact: true })).toBeHidden();
  await filters.click();
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Time', { exact: true }).selectOption({ label: 'Evening (5 to 9 pm)' });
  // Weekly Thursday meetings, and the one-off events of the coming Thursday only.
  // In the order they happen that Thursday: 18:00, 19:30, 20:00.
  await expect(results.getByRole('link')).toHaveText([
    'Alumni night',
    'Nuevo Amanecer',
    'Bend Big Book Study',
  ]);

  await page.getByRole('button', { name: 'Clear all' }).click();
  await page
    .getByRole('group', { name: 'Type' })
    .getByRole('checkbox', { name: 'Spanish' })
    .check();
  // An AA feed's type code and an NA server's "SPAN" format mean the same thing.
  await expect(results.getByRole('link')).toHaveText(['Grupo Nueva Vida', 'Nuevo Amanecer']);
  await expect(page.getByRole('button', { name: 'Filters' })).toHaveAccessibleDescription(
    '1 filter on',
  );
  await page.getByRole('button', { name: 'Clear all' }).click();

  await page.getByLabel('Near', { exact: true }).selectOption('Salem');
  await page.getByLabel('Distance', { exact: true }).selectOption({ label: 'Within 25 miles' });
  await expect(results.getByRole('link')).toHaveText(['Noon Step Study', 'Nuevo Amanecer']);
  await page.getByLabel('or ZIP code').fill('97214');
  await page.getByLabel('or ZIP code').press('Tab');
  await expect(page.getByLabel('Near', { exact: true })).toHaveValue('Portland');
  await page.getByLabel('or ZIP code').fill('12345');
  await page.getByLabel('or ZIP code').press('Tab');
  await expect(
    page.getByText('That ZIP code is not in the app’s Oregon list.', { exact: false }),
  ).toBeVisible();
  await frame.expectNoAxeViolations();
});

test.describe('hostile feeds (test fixtures, not the demo)', () => {
  test.use({ serviceWorkers: 'block' });

  test.beforeEach(async ({ page }) => {
    await serveFixtureFeeds(page);
  });

  test('markup from a feed shows as text and never runs', async ({ page }) => {
    await page.goto('/events');
    await page.getByRole('searchbox', { name: 'Search events' }).fill('markup');
    const link = page.getByRole('link', { name: /Markup Test/ });
    await expect(link).toHaveText(
      "<script>alert('feed')</script><img src=x onerror=alert(1)>Markup Test (EXAMPLE)",
    );
    await link.click();
    await expect(
      page.getByText('<iframe src="https://evil.example"></iframe> plain text only'),
    ).toBeVisible();
    expect(await page.locator('main iframe, main img, main script').count()).toBe(0);
  });

  test('a meeting past midnight shows as in progress after midnight, markup and all', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-11-29T00:15:00-08:00'));
    await page.goto('/events');
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByLabel('Only meetings happening now').check();
    const list = page.locator('ul.results');
    // An AA feed's 23:00-00:30 and an NA (BMLT) server's Saturday 23:30 for an hour.
    await expect(list.getByRole('link')).toHaveText([
      'Late Night Lifeline (EXAMPLE)',
      "<b>Midnight</b> Candlelight <script>alert('bmlt')</script>(EXAMPLE NA)",
    ]);
    await expect(list.getByText('In progress')).toHaveCount(2);
    expect(await page.locator('main b, main script').count()).toBe(0);
  });
});

test('detail: time in its zone and the phone’s, types explained, calendar, favourite on Today', async ({
  page,
  frame,
}) => {
  await page.goto('/events');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Ontario');
  await page.getByRole('link', { name: 'Ontario Evening Group' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ontario Evening Group' }),
  ).toBeVisible();
  await expect(page.getByText(/^Every Wednesday, 6:00\s?–\s?7:00\sPM$/)).toBeVisible();
  // The zone as people say it: never "America/Boise" or "Mountain Standard Time time."
  await expect(page.getByText('Times are in Mountain time.')).toBeVisible();
  await expect(page.getByText('On your phone’s clock: Wednesday 5:00 PM.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Closed' })).toBeVisible();
  await frame.expectNoAxeViolations();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar' }).click();
  const file = await download;
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=WE');
  expect(text).toContain('DTSTART;TZID=America/Boise:20261202T180000');

  await page.getByRole('button', { name: 'Save to My meetings' }).click();
  await expect(page.getByRole('button', { name: 'Remove from My meetings' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.goto('/');
  const mine = page.getByRole('region', { name: 'My meetings' });
  await expect(mine.getByRole('link', { name: 'Ontario Evening Group' })).toBeVisible();
});

test('a meeting past midnight shows as in progress after midnight', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-29T00:15:00-08:00'));
  await page.goto('/events');
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByLabel('Only meetings happening now').check();
  const list = page.locator('ul.results');
  // An AA feed's 23:00-00:30 and an NA (BMLT) server's Saturday 23:30 for an hour.
  await expect(list.getByRole('link')).toHaveText(['Late Night Lifeline', 'Midnight Candlelight']);
  await expect(list.getByText('In progress')).toHaveCount(2);
});

test('the finder in Spanish, with type names in Spanish', async ({ page, frame }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Español' }).check();
  await page.goto('/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Eventos' })).toBeVisible();
  await expect(page.getByText('Datos de ejemplo', { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Buscar eventos' }).fill('español');
  await expect(page.getByRole('link', { name: 'Nuevo Amanecer' })).toBeVisible();
  await page.getByRole('button', { name: 'Filtros' }).click();
  await expect(
    page.getByRole('group', { name: 'Tipo' }).getByRole('checkbox', { name: 'Español' }),
  ).toBeVisible();
  await frame.expectNoAxeViolations();
});
