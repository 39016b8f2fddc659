import { expect, test } from './fixtures';

// Safari on an iPhone, in a browser tab (not added to the Home Screen).
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

test.describe('on an iPhone, in Safari', () => {
  test.use({ userAgent: IPHONE_SAFARI });

  test('Today explains once that Safari may erase the records, with the three steps to keep them', async ({
    page,
    frame,
  }) => {
    await page.goto('/');
    const notice = page.getByRole('region', { name: 'Keep your records on this phone' });
    await expect(notice).toContainText('if you do not open the app for 7 days');
    const steps = notice.getByRole('listitem');
    await expect(steps).toHaveText([
      'Tap Share (the square with an arrow) in Safari.',
      'Choose Add to Home Screen.',
      'Tap Add, then open the app from its new icon.',
    ]);
    await expect(notice).toContainText('The app on the Home Screen starts empty.');
    await frame.expectNoAxeViolations();
    await notice.getByRole('button', { name: 'Got it' }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Keep your records on this phone')).toHaveCount(0);
    // Settings keeps it at hand, without asking to dismiss it; backups are suggested sooner.
    await page.goto('/settings');
    const kept = page.getByRole('region', { name: 'Keep your records on this phone' });
    await expect(kept).toBeVisible();
    await expect(kept.getByRole('button', { name: 'Got it' })).toHaveCount(0);
    await expect(page.getByLabel('Remind me to back up')).toHaveValue('3');
  });

  test('in Spanish', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('locale', 'es'));
    await page.goto('/');
    const notice = page.getByRole('region', { name: 'Conserva tus registros en este teléfono' });
    await expect(notice).toContainText('si no abres la aplicación durante 7 días');
    await expect(notice.getByRole('listitem').nth(1)).toHaveText('Elige Agregar a inicio.');
    await expect(notice.getByRole('button', { name: 'Entendido' })).toBeVisible();
  });

  test('added to the Home Screen, nothing is said', async ({ page }) => {
    // iOS tells a Home Screen app by navigator.standalone.
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'standalone', { value: true, configurable: true }),
    );
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByText('Keep your records on this phone')).toHaveCount(0);
    await expect(page.getByLabel('Remind me to back up')).toHaveValue('7');
  });
});

test('in Chromium (Android), nothing is said: its data is not erased for lack of visits', async ({
  page,
}) => {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Remind me to back up')).toHaveValue('7');
  await page.goto('/');
  await expect(page.getByText('Keep your records on this phone')).toHaveCount(0);
});
