import { expect, test } from './fixtures';
import { SchedulePage } from './pages/schedule';

const SHOTS = process.env.WELCOME_SHOTS; // a folder: screenshots of Settings (390 x 844)

const SECTIONS = ['You', 'Your program', 'Reminders', 'Privacy and lock', 'Your data'];

test('Settings has five sections, each one link away and reached by keyboard', async ({ page }) => {
  await page.goto('/settings');
  const nav = page.getByRole('navigation', { name: 'Sections of Settings' });
  await expect(nav.getByRole('link')).toHaveText(SECTIONS);
  for (const name of SECTIONS)
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();

  // Tab from the top of the page to the nav, Enter on "Reminders": the section takes the focus,
  // in view below the sticky header, and the next Tab is the reminder's own field.
  await page.getByRole('heading', { level: 1, name: 'Settings' }).click();
  let isOnReminders = false;
  for (let i = 0; i < 20 && !isOnReminders; i += 1) {
    await page.keyboard.press('Tab');
    isOnReminders = await nav
      .getByRole('link', { name: 'Reminders' })
      .evaluate((link) => link === document.activeElement);
  }
  expect(isOnReminders).toBe(true);
  await page.keyboard.press('Enter');
  const reminders = page.getByRole('region', { name: 'Reminders' });
  await expect(reminders).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Reminders' })).toBeInViewport();
  const header = await page.getByRole('banner').boundingBox();
  const heading = await page.getByRole('heading', { level: 2, name: 'Reminders' }).boundingBox();
  expect(heading!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Reminder time')).toBeFocused();

  // Every section the same way, the last one too.
  for (const name of SECTIONS) {
    await nav.getByRole('link', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name, exact: true })).toBeFocused();
  }
  // What other screens and tests rely on is still there, by the same names.
  await expect(page.getByRole('heading', { name: 'App lock', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Backup', exact: true })).toBeVisible();
  await expect(page.getByLabel('Program start date')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Which group are you in?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete all my data' })).toBeVisible();
});

test('“Delete all my data” is outlined, never the filled red of Get help now', async ({
  page,
  frame,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/settings');
    const remove = page.getByRole('button', { name: 'Delete all my data' });
    await expect(remove).toBeVisible();
    const style = (control: typeof remove) =>
      control.evaluate((el) => {
        const s = getComputedStyle(el);
        return { background: s.backgroundColor, color: s.color };
      });
    const [del, help] = [await style(remove), await style(frame.helpButton())];
    expect(del.background, scheme).not.toBe(help.background);
    // The danger colour is the text and border, on the card's own surface.
    const card = await page
      .getByRole('region', { name: 'Delete all my data' })
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(del.background, scheme).toBe(card);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`Settings has no axe violations, English and Spanish, ${scheme}`, async ({
    page,
    frame,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const language of ['en', 'es'] as const) {
      await frame.openIn('/settings', language);
      await expect(
        page.getByRole('heading', {
          level: 2,
          name: language === 'en' ? 'Your data' : 'Sus datos',
        }),
      ).toBeVisible();
      await expect(
        page.getByRole('button', {
          name: language === 'en' ? 'Delete all my data' : /Borrar todos mis datos/,
        }),
      ).toBeVisible();
      found.push(...(await frame.axeViolations()).map((v) => `${language}: ${v}`));
      if (SHOTS)
        await page.screenshot({
          path: `${SHOTS}/settings-${language}-${scheme}.png`,
          fullPage: true,
        });
    }
    expect(found).toEqual([]);
  });
}

// A 390 px phone (the narrowest common iPhone width; Pixel 7, the suite's default, is 412).
test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the Reason of a missed session stays inside its card on a phone', async ({ page }) => {
    // Picked on Monday 23 November; Tuesday's session is marked Missed on Friday.
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00-08:00'));
    const schedule = new SchedulePage(page);
    await schedule.open();
    await schedule.addGroup('Evening IOP');
    await page.clock.setFixedTime(new Date('2026-11-27T10:00:00-08:00'));
    await schedule.open();
    const tuesday = schedule.attendanceGroup(/^Evening IOP group, Tuesday, Nov 24/);
    await tuesday.getByRole('button', { name: 'Missed' }).click();
    const reason = page
      .getByRole('region', { name: 'Recorded' })
      .getByRole('group', { name: /^Evening IOP group, Tuesday, Nov 24/ })
      .getByLabel('Reason (optional)');
    await expect(reason).toBeVisible();
    const card = await page.getByRole('region', { name: 'Recorded' }).boundingBox();
    const field = await reason.boundingBox();
    expect(field!.x).toBeGreaterThanOrEqual(card!.x);
    expect(field!.x + field!.width).toBeLessThanOrEqual(card!.x + card!.width);
    await reason.fill('Sick with the flu');
    await page
      .getByRole('region', { name: 'Recorded' })
      .getByRole('button', { name: 'Save details' })
      .click();
    await expect(page.getByText('Saved: Evening IOP group marked Missed.')).toBeAttached();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/schedule-reason.png`, fullPage: true });
  });
});
