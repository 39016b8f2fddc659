import { expect, test } from './fixtures';
import { CheckInPage } from './pages/checkIn';

// Safari on an iPhone, in a browser tab (not added to the Home Screen).
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

test.describe('on an iPhone, in Safari', () => {
  test.use({ userAgent: IPHONE_SAFARI });

  test('Today says once, briefly, that Safari may erase the records, with the steps to keep them folded', async ({
    page,
    frame,
  }) => {
    await page.goto('/');
    const notice = page.getByRole('region', { name: 'Keep your records on this phone' });
    await expect(notice).toContainText(
      'Your browser may erase this app’s records if you do not open it for 7 days.',
    );
    // It stands before the backup reminder and the check-in.
    const box = (await notice.boundingBox())!;
    expect(box.y).toBeLessThan(844);
    const steps = notice.getByRole('listitem');
    await expect(steps.first()).toBeHidden();
    await notice.getByText('Show me how to keep them').click();
    // A new phone has no records to bring along: three steps, and now is the moment.
    await expect(steps).toHaveText([
      'Tap Share (the square with an arrow; in some browsers, tap ••• first).',
      'Choose Add to Home Screen, then tap Add.',
      'Open the app from its new icon.',
    ]);
    await expect(notice).toContainText('You have no records yet, so this is the best moment');
    await expect(notice).toContainText('reminds you to back up every 3 days');
    await frame.expectNoAxeViolations();
    await notice.getByRole('button', { name: 'Got it' }).click();
    await expect(notice).toHaveCount(0);
    // Focus goes on to what follows, not back to the top.
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Keep your records on this phone')).toHaveCount(0);
  });

  test('with records, the backup comes first, and Settings keeps it all at hand', async ({
    page,
  }) => {
    await new CheckInPage(page).saveOne('Good');
    await page.goto('/');
    const notice = page.getByRole('region', { name: 'Keep your records on this phone' });
    await notice.getByText('Show me how to keep them').click();
    const steps = notice.getByRole('listitem');
    await expect(steps.first()).toContainText('First, save a backup');
    await expect(steps.last()).toHaveText(
      'There, import your backup in Settings, Backup. Your records will be there.',
    );
    // "Back up now" opens Settings at its Backup section (drawn after the screen).
    await notice.getByRole('link', { name: 'Back up now' }).click();
    await expect(page.getByRole('heading', { name: 'Backup', exact: true })).toBeInViewport();
    const kept = page.getByRole('region', { name: 'Keep your records on this phone' });
    await expect(kept.getByRole('listitem')).toHaveCount(5);
    await expect(kept.getByRole('button', { name: 'Got it' })).toHaveCount(0);
    await expect(page.getByLabel('Remind me to back up')).toHaveValue('3');
  });

  test('in Spanish', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('locale', 'es'));
    await page.goto('/');
    const notice = page.getByRole('region', { name: 'Conserve sus registros en este teléfono' });
    await expect(notice).toContainText('si pasa 7 días sin abrirla');
    await notice.getByText('Cómo conservarlos').click();
    await expect(notice.getByRole('listitem').nth(1)).toHaveText(
      'Elija Agregar a inicio y toque Agregar.',
    );
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
