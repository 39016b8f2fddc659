import { expect, seedRows, seedSettings, test } from './fixtures';

const NOW = new Date('2026-11-27T12:00:00-08:00');
/** 30 days of check-ins: tired days (every other day) have higher cravings; one has a note. */
function checkIns() {
  return Array.from({ length: 30 }, (_, i) => {
    const date = new Date(Date.UTC(2026, 9, 29 + i)).toISOString().slice(0, 10);
    const isTired = i % 2 === 0;
    return {
      id: `c${i}`,
      date,
      at: Date.parse(`${date}T19:00:00Z`),
      mood: 1 + (i % 5),
      craving: isTired ? 7 : 2,
      triggerIds: isTired ? ['tired'] : i % 4 === 1 ? ['lonely'] : [],
      copingIds: i % 2 ? ['calledSomeone'] : [],
      ...(i === 20 ? { note: 'Private words about my sister' } : {}),
      createdAt: 0,
      updatedAt: 0,
    };
  });
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('a new user sees what to do first', async ({ page, frame }) => {
  await page.goto('/progress');
  await expect(
    page.getByText('Add your program start date to see your days in treatment.'),
  ).toBeVisible();
  await expect(
    page.getByText('Check in a few times and your mood and cravings will show here.'),
  ).toBeVisible();
  await expect(
    page.getByText('After 14 days of check-ins, what goes with your hard days', { exact: false }),
  ).toBeVisible();
  await frame.expectNoAxeViolations();
});

test('days in treatment, a milestone celebrated once, charts with tables, insights', async ({
  page,
  frame,
}) => {
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await seedSettings(page, {
    programStartDate: '2026-10-20',
    plannedDays: 90,
    weeklyHoursTarget: 9,
  });
  await seedRows(page, 'checkIns', checkIns(), ['id', 'date', 'at']);
  await page.reload();

  await expect(page.getByText('Day 39 of 90')).toBeVisible();
  await expect(
    page.getByRole('progressbar', { name: 'Days in treatment toward 90' }),
  ).toHaveAttribute('value', '39');
  await expect(page.getByText('Next milestone: 60 days.')).toBeVisible();
  // 1, 7, 14 and 30 days were crossed while the app was closed: one celebration, for 30.
  const celebration = page.getByText('30 days in treatment. That is real work, and it counts.');
  await expect(celebration).toBeVisible();

  const chart = page.getByRole('img', { name: /^Mood and craving, 30 days from/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('canvas')).toBeVisible();
  // Drawn once the screen is painted (each chart in a task of its own), never left blank.
  const isDrawn = (canvas: HTMLCanvasElement) => {
    const blank = document.createElement('canvas');
    blank.width = canvas.width;
    blank.height = canvas.height;
    return canvas.width > 0 && canvas.toDataURL() !== blank.toDataURL();
  };
  for (const canvas of await page.locator('canvas').all()) {
    await expect.poll(() => canvas.evaluate(isDrawn)).toBe(true);
  }
  // The legend tells each line from its 7-day average by shape, not colour: a dot (or diamond)
  // for the day's value, a dashed line for the average.
  await expect(chart.locator('canvas')).toHaveAttribute(
    'data-legend',
    'Mood (1-5): circle, solid; Mood, 7-day average: line, dashed; ' +
      'Craving (0-10): rectRot, solid; Craving, 7-day average: line, dashed',
  );
  await page.getByText('Show the figures as a table').first().click();
  const table = page.getByRole('table').first();
  await expect(table.getByRole('row')).toHaveCount(31);
  await expect(
    page.getByRole('img', { name: 'Most frequent trigger: Tired, 15 times.' }),
  ).toBeVisible();

  await page.getByRole('radio', { name: '90 days' }).check();
  await expect(page.getByRole('img', { name: /^Mood and craving, 30 days from/ })).toBeVisible();

  await expect(page.getByText('“Tired” came up on 15 of your 18 hard days.')).toBeVisible();
  await frame.expectNoAxeViolations();

  await page.getByRole('button', { name: 'Thank you' }).click();
  await expect(celebration).toBeHidden();
  await page.reload();
  await expect(page.getByText('Day 39 of 90')).toBeVisible();
  await expect(celebration).toBeHidden();
});

test('a slip is recorded with care and never resets days in treatment', async ({ page, frame }) => {
  await page.goto('/progress');
  await seedSettings(page, { programStartDate: '2026-10-20', lastCelebratedMilestone: 30 });
  await page.reload();
  await page.getByLabel('Sobriety date').fill('2026-11-01');
  await page.getByRole('button', { name: 'Start counting' }).click();
  const card = page.getByRole('region', { name: 'Days sober (optional)' });
  await expect(card.getByText('27 days', { exact: true })).toBeVisible();

  await card.getByRole('button', { name: 'Record a slip' }).click();
  await card.getByLabel('Date of the slip').fill('2026-11-20');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(
    card.getByText('A slip is part of many recoveries.', { exact: false }),
  ).toBeVisible();
  await expect(card.getByText('7 days', { exact: true })).toBeVisible();
  await expect(card.getByText('Longest stretch: 19 days.')).toBeVisible();
  await expect(card.getByText('Total sober days: 26.')).toBeVisible();
  await expect(page.getByText('Day 39 of 90')).toBeVisible();
  await frame.expectNoAxeViolations();

  await card.getByRole('button', { name: 'Record a slip' }).click();
  await card.getByLabel('Date of the slip').fill('2027-01-01');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByText('Enter a real date, today or earlier.')).toBeVisible();
});

test('the counselor report leaves notes out unless chosen, and prints', async ({ page, frame }) => {
  await page.goto('/progress/report');
  await seedSettings(page, { programStartDate: '2026-10-20' });
  await seedRows(page, 'checkIns', checkIns(), ['id', 'date', 'at']);
  await page.reload();

  const report = page.getByRole('article', { name: /BLVD Companion summary for Recovery BLVD/ });
  await expect(report).toContainText('Day 39 of treatment');
  await expect(report).toContainText('Top triggers');
  await expect(report).toContainText('Tired (14)');
  await expect(report).not.toContainText('Private words about my sister');

  await page.getByRole('checkbox', { name: /Notes from check-ins/ }).check();
  await expect(report).toContainText('Private words about my sister');
  await page.getByRole('checkbox', { name: 'Top triggers' }).uncheck();
  await expect(report).not.toContainText('Tired (14)');

  await page.getByLabel('From', { exact: true }).fill('2026-12-01');
  await expect(page.getByText('The start date must be on or before the end date.')).toBeVisible();
  await page.getByLabel('From', { exact: true }).fill('2026-11-01');
  await frame.expectNoAxeViolations();

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(report).toBeVisible();
});

test('where the browser has no clipboard or share sheet, the report is selected for the phone’s Copy', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  await page.goto('/progress/report');
  await seedSettings(page, { programStartDate: '2026-10-20' });
  await seedRows(page, 'checkIns', checkIns(), ['id', 'date', 'at']);
  await page.reload();
  // Chromium on Linux has no share sheet: only Print and Copy are offered.
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(
    page.getByText('The report is selected: use your phone’s Copy to copy it.'),
  ).toBeVisible();
  expect(await page.evaluate(() => String(getSelection()))).toContain('Day 39 of treatment');
});

test('Progress in Spanish', async ({ page, frame }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Español' }).check();
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Progreso' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Días de sobriedad (opcional)' })).toBeVisible();
  await frame.expectNoAxeViolations();
});

test('check-ins older than the chart’s range are named, with a way to see them', async ({
  page,
}) => {
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  // Two months ago: none in the last 30 days.
  const old = checkIns().map((c) => {
    const date = new Date(Date.parse(`${c.date}T12:00:00Z`) - 60 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    return { ...c, date, at: Date.parse(`${date}T19:00:00Z`) };
  });
  await seedRows(page, 'checkIns', old, ['id', 'date', 'at']);
  await page.reload();
  await expect(page.getByText('Your check-ins are from before the last 30 days')).toBeVisible();
  await expect(page.getByText('Check in a few times')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show all check-ins' }).click();
  await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
  await expect(page.getByRole('img', { name: /^Mood and craving/ })).toBeVisible();
});
