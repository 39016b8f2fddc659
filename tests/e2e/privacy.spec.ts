import { expect, leftBehind, NOTHING_LEFT, QUICK_EXIT_URL, routes, test } from './fixtures';
import { CheckInPage } from './pages/checkIn';
import { rawDatabase, turnOnLock } from './pages/lock';

test('with the lock on, records are unreadable at rest; a wrong PIN opens and deletes nothing', async ({
  page,
  frame,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.open();
  await checkIn.mood('Very hard').check();
  await page.getByRole('checkbox', { name: 'Lonely' }).check();
  await checkIn.note().fill('Secret note about my family');
  await checkIn.save().click();
  await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
  expect(await rawDatabase(page)).toContain('Secret note');

  await turnOnLock(page, '24681357');
  const raw = await rawDatabase(page);
  expect(raw).not.toContain('Secret note');
  expect(raw).not.toContain('lonely');
  expect(raw).not.toContain('"mood"');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Get help now' })).toBeVisible();
  await frame.expectNoAxeViolations();

  await page.getByLabel('Passphrase or PIN').fill('11111111');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That is not right. Nothing was deleted; try again.')).toBeVisible();
  expect(await rawDatabase(page)).toBe(raw);

  await page.getByLabel('Passphrase or PIN').fill('24681357');
  await page.getByRole('button', { name: 'Unlock' }).click();
  // In-app navigation: a reload would lock again (the key lives only in memory).
  await checkIn.openHistoryInApp();
  await expect(page.getByText('Secret note about my family')).toBeVisible();
});

test('locks itself after 5 minutes idle (clock controlled)', async ({ page }) => {
  const start = new Date('2026-11-27T10:00:00-08:00');
  await page.clock.setFixedTime(start);
  await turnOnLock(page, 'a long passphrase');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Good morning' })).toBeVisible();
  await page.clock.setFixedTime(new Date(start.getTime() + 4 * 60_000));
  await page.waitForTimeout(1500);
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toHaveCount(0);
  await page.clock.setFixedTime(new Date(start.getTime() + 5 * 60_000 + 1000));
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeVisible();
});

test('quick exit is on every screen and leaves for a neutral page', async ({ page }) => {
  await page.route(QUICK_EXIT_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Forecast</h1>' }),
  );
  for (const route of routes) {
    await page.goto(route.path);
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL(QUICK_EXIT_URL);
  await expect(page.getByRole('heading', { name: 'Forecast' })).toBeVisible();
});

test('delete all my data leaves no database, cache, service worker or storage', async ({
  page,
  frame,
}) => {
  await frame.openInstalled('/');
  await new CheckInPage(page).saveOne('Okay');
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Español' }).check();
  await page.getByRole('button', { name: 'Borrar todos mis datos' }).click();
  await page.getByLabel('Escriba BORRAR para confirmar').fill('BORRAR');
  await page.getByRole('button', { name: 'Borrar todo', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sus datos se borraron de este teléfono.' }),
  ).toBeVisible();
  expect(await leftBehind(page)).toEqual(NOTHING_LEFT);

  // Starting again: a fresh app, in English again (the language choice was stored data too).
  await page.getByRole('button', { name: 'Empezar de nuevo' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Good (morning|afternoon|evening)/ }),
  ).toBeVisible();
  expect(await new CheckInPage(page).storedCheckIns()).toEqual([]);
});

test('"deleted" is said only once everything is: a slow wipe says "Deleting…" until then', async ({
  page,
  frame,
}) => {
  // A phone where unregistering the service worker takes a while (a busy or slow phone).
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const getRegistrations = container.getRegistrations.bind(container);
    container.getRegistrations = async () => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      return getRegistrations();
    };
  });
  await frame.openInstalled('/');
  await page.evaluate(() => localStorage.setItem('locale', 'en'));
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deleting…' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your data was deleted from this phone.' }),
  ).toBeVisible();
  expect(await leftBehind(page)).toEqual(NOTHING_LEFT);
});

test('delete all my data wins over other tabs and a registration on its way', async ({
  page,
  context,
  frame,
}) => {
  await frame.openInstalled('/');
  const other = await context.newPage();
  await other.goto('/check-in');
  await expect(other.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
  // A fresh load of Settings starts registering the service worker again; the wipe follows at
  // once, while that registration may still be on its way.
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your data was deleted from this phone.' }),
  ).toBeVisible();
  // The other tab stops and says so too, rather than writing into a fresh app.
  await expect(
    other.getByRole('heading', { level: 1, name: 'Your data was deleted from this phone.' }),
  ).toBeVisible();
  await page.waitForTimeout(500);
  expect(await leftBehind(page)).toEqual(NOTHING_LEFT);
});

test('injection payloads in notes render as text', async ({ page }) => {
  const payloads = [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=2">',
    '<svg onload="window.__pwned=3"></svg>',
    'javascript:window.__pwned=4',
    '"><iframe src="javascript:window.__pwned=5">',
    '{{constructor.constructor("window.__pwned=6")()}}',
  ];
  const checkIn = new CheckInPage(page);
  await checkIn.open();
  await checkIn.mood('Okay').check();
  await checkIn.note().fill(payloads.join('\n'));
  await checkIn.save().click();
  await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
  await checkIn.openHistory();
  const note = page.locator('.note');
  await expect(note).toHaveText(payloads.join('\n'));
  expect(await note.locator('*').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the host lets this origin alone ask for the microphone (the voice message), never the camera', async ({
  page,
}) => {
  await page.goto('/plan');
  const allows = await page.evaluate(() => {
    const policy = (
      document as unknown as { featurePolicy: { allowsFeature: (name: string) => boolean } }
    ).featurePolicy;
    return {
      microphone: policy.allowsFeature('microphone'),
      camera: policy.allowsFeature('camera'),
    };
  });
  expect(allows).toEqual({ microphone: true, camera: false });
});
