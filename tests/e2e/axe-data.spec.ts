import type { Page } from '@playwright/test';
import { expect, routes, seedRows, test } from './fixtures';
import { CheckInPage } from './pages/checkIn';
import { PlanPage } from './pages/plan';
import { SchedulePage } from './pages/schedule';

/**
 * Accessibility with a client's real data on screen, not empty states: sessions that need an
 * update, recorded attendance, months of check-ins, a plan with people, the center's groups, a
 * saved meeting, measures taken. Every screen, in English and Spanish, light and dark.
 */
async function fillWithData(page: Page, now: Date) {
  const schedule = new SchedulePage(page);
  // The group was picked in September (its sessions count from the day it is picked).
  await page.clock.setFixedTime(new Date('2026-09-01T10:00:00-07:00'));
  await schedule.setUpProgram('2026-09-01', '10');
  await schedule.open();
  await schedule.addGroup('Evening IOP');
  await page.clock.setFixedTime(now);
  await schedule.open();
  await schedule
    .attendanceGroup(/^Evening IOP group, Tuesday, Nov 24/)
    .getByRole('button', { name: 'Attended' })
    .click();

  const checkIn = new CheckInPage(page);
  await checkIn.open();
  await checkIn.seed(400);
  await checkIn.open();
  await checkIn.mood('Hard').check();
  await checkIn.setCraving(8);
  await page.getByRole('checkbox', { name: 'Lonely' }).check();
  await checkIn.note().fill('Hard evening; called Maria.');
  await checkIn.save().click();
  await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();

  const plan = new PlanPage(page);
  await plan.open();
  await plan.write('My warning signs', 'Isolating\nSkipping group');
  await plan.savePerson('Maria', '503-555-0142', 'Sponsor');

  await page.goto('/events');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Ontario');
  await page.getByRole('link', { name: 'Ontario Evening Group' }).click();
  await page.getByRole('button', { name: 'Save to My meetings' }).click();
  await expect(page.getByText('Saved to My meetings.')).toBeAttached();

  // Measures taken before: a trend on Progress, history on Measures, a line on Today.
  await seedRows(
    page,
    'measures',
    ['2026-10-01', '2026-10-15', '2026-10-29'].map((date, i) => ({
      id: `phq-${i}`,
      instrument: 'phq9',
      date,
      savedAt: Date.parse(`${date}T18:00:00Z`),
      answers: [3 - i, 2, 2, 1, 1, 1, 0, 0, i === 2 ? null : 0],
    })),
    ['id', 'instrument', 'date'],
  );
  // Two weekly BAMs, one with use on a day and an unanswered item: its trend and history.
  await seedRows(
    page,
    'measures',
    ['2026-11-13', '2026-11-20'].map((date, i) => ({
      id: `bam-${i}`,
      instrument: 'bam',
      date,
      savedAt: Date.parse(`${date}T18:00:00Z`),
      answers: [2, 1, 3, i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 1, 2, 4, 0, 1, 1, 4, i ? null : 2],
    })),
    ['id', 'instrument', 'date'],
  );
}

const screens = routes.map((r) => r.path);

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen with a client's data has no axe violations, English and Spanish, ${scheme}`, async ({
    page,
    frame,
  }) => {
    test.setTimeout(240_000);
    // The data below is dated around Friday 27 November 2026 (Tuesday's session needs an update).
    await page.emulateMedia({ colorScheme: scheme });
    await fillWithData(page, new Date('2026-11-27T18:00:00-08:00'));
    const found: string[] = [];
    for (const language of ['en', 'es']) {
      await page.evaluate((l) => localStorage.setItem('locale', l), language);
      for (const path of screens) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        // Data on screen, not an empty state (the screens read it after their first paint).
        await page.waitForLoadState('networkidle');
        found.push(...(await frame.axeViolations()).map((v) => `${path} (${language}): ${v}`));
      }
      await frame.helpButton(language === 'en' ? 'Get help now' : 'Pedir ayuda ahora').click();
      await expect(
        page.getByRole('link', { name: language === 'en' ? 'Call Maria' : 'Llamar a Maria' }),
      ).toBeVisible();
      found.push(...(await frame.axeViolations()).map((v) => `Get help now (${language}): ${v}`));
    }
    // Every screen is checked before the verdict, so one run names everything to fix.
    expect(found).toEqual([]);
  });
}
