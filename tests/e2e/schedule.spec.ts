import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { SchedulePage } from './pages/schedule';

// Friday 27 November 2026, 10:00 in Portland: a fixed "now" for the whole file.
const NOW = new Date('2026-11-27T10:00:00-08:00');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('set up a program, add sessions, see overlaps and this week’s hours', async ({
  page,
  frame,
}) => {
  const schedule = new SchedulePage(page);
  await schedule.open();
  await expect(page.getByText('Set up your program first', { exact: false })).toBeVisible();
  // A start date the welcome would not take, Settings refuses too (1900 gave "Day 46,362").
  await page.goto('/settings');
  await page.getByLabel('Program start date').fill('1900-01-01');
  await page.getByRole('button', { name: 'Save program' }).click();
  await expect(
    page.getByText('That is more than three years ago. Check the year, please.'),
  ).toBeVisible();
  await expect(page.getByLabel('Program start date')).toHaveAttribute('aria-invalid', 'true');
  await schedule.open();
  await expect(page.getByText('Set up your program first', { exact: false })).toBeVisible();
  await schedule.setUpProgram('2026-11-16', '12');

  await schedule.addSession({
    title: 'IOP process group',
    days: ['Monday', 'Wednesday', 'Thursday'],
    date: '2026-11-16',
    start: '09:00',
    end: '12:00',
    address: '1234 SE Example St, Portland, OR',
  });
  await schedule.addSession({
    title: 'Individual counselling',
    days: ['Wednesday'],
    date: '2026-11-16',
    start: '11:30',
    end: '12:30',
  });

  await expect(page.getByRole('heading', { name: 'IOP process group' })).toBeVisible();
  await expect(
    page.getByText('Every Monday, Wednesday, Thursday · 9:00 AM – 12:00 PM'),
  ).toBeVisible();
  // They overlap on Wednesdays: allowed, and flagged on both.
  await expect(
    page.getByRole('region', { name: 'Your sessions' }).getByText('Overlaps another session'),
  ).toHaveCount(2);
  // This week (Sun 22 - Sat 28): Mon 23 + Wed 25 + Thu 26 group (9 h) and Wed 25 individual (1 h).
  await expect(page.getByText('0 h attended of 10 h scheduled. Target: 12 h.')).toBeVisible();
  await frame.expectNoAxeViolations();
});

test('refuses an end before the start, a zero-length session and a missing title', async ({
  page,
  frame,
}) => {
  const schedule = new SchedulePage(page);
  await schedule.open();
  await page.getByRole('button', { name: 'Add session' }).click();
  await schedule.fill({ title: '', days: ['Monday'], start: '18:00', end: '15:00' });
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByText('Give the session a title.')).toBeVisible();
  await expect(page.getByText('The end is before the start.', { exact: false })).toBeVisible();
  await frame.expectNoAxeViolations();

  await page.getByLabel('End time').fill('18:00');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByText('The session needs to last longer than zero minutes.')).toBeVisible();

  // After midnight is fine when said so.
  await page.getByLabel('Title').fill('Late meeting');
  await page.getByLabel('Start time').fill('22:30');
  await page.getByLabel('End time').fill('00:30');
  await page.getByLabel('Ends after midnight (the next day)').check();
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await expect(page.getByText('10:30 PM – 12:30 AM (next day)', { exact: false })).toBeVisible();
});

test('imports a calendar file after a preview; a broken file imports nothing', async ({
  page,
  frame,
}) => {
  const schedule = new SchedulePage(page);
  await schedule.open();
  await page.getByRole('button', { name: 'Import calendar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a calendar' })).toBeVisible();

  await page.getByLabel('Calendar file (.ics)').setInputFiles('tests/fixtures/ics/truncated.ics');
  await expect(page.getByText('This calendar file is incomplete', { exact: false })).toBeVisible();
  await page.getByLabel('Calendar file (.ics)').setInputFiles('tests/fixtures/ics/utf16.ics');
  await expect(
    page.getByText('not in a text encoding the app can read', { exact: false }),
  ).toBeVisible();

  await page
    .getByLabel('Calendar file (.ics)')
    .setInputFiles('tests/fixtures/ics/center-schedule.ics');
  await expect(page.getByText('9 new sessions')).toBeVisible();
  await expect(page.getByText('2 moved or cancelled times')).toBeVisible();
  await expect(page.getByText('1 event that is not a session', { exact: false })).toBeVisible();
  await frame.expectNoAxeViolations();
  await page.getByRole('button', { name: 'Add to my schedule' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'IOP Process Group' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Saturday night recovery meeting' }),
  ).toBeVisible();

  // The same file again updates instead of duplicating.
  await page.getByRole('button', { name: 'Import calendar' }).click();
  await page
    .getByLabel('Calendar file (.ics)')
    .setInputFiles('tests/fixtures/ics/center-schedule.ics');
  await expect(page.getByText('0 new sessions')).toBeVisible();
  await expect(page.getByText('9 sessions you already have (they will be updated)')).toBeVisible();
});

test('marks attendance, including offline, and the hours survive a reload', async ({
  page,
  frame,
}) => {
  const schedule = new SchedulePage(page);
  await schedule.setUpProgram('2026-11-23', '9');
  await schedule.addSession({
    title: 'Morning group',
    days: ['Monday', 'Wednesday'],
    date: '2026-11-23',
    start: '09:00',
    end: '12:00',
  });
  await frame.openThenOffline('/');
  await schedule.open();

  const monday = schedule.attendanceGroup(/^Morning group, Monday, Nov 23/);
  const wednesday = schedule.attendanceGroup(/^Morning group, Wednesday, Nov 25/);
  await expect(page.getByRole('heading', { name: 'Needs update' })).toBeVisible();
  await monday.getByRole('button', { name: 'Attended' }).click();
  await expect(page.getByText('Saved: Morning group marked Attended.')).toBeAttached();
  await wednesday.getByRole('button', { name: 'Late' }).click();
  const recordedWednesday = page
    .getByRole('region', { name: 'Recorded' })
    .getByRole('group', { name: /^Morning group, Wednesday, Nov 25/ });
  await recordedWednesday.getByLabel('Arrived at').fill('09:45');
  await recordedWednesday.getByRole('button', { name: 'Save details' }).click();
  await expect(recordedWednesday.getByText('2.3 h counted')).toBeVisible();
  await expect(page.getByText('All caught up: every past session is marked.')).toBeVisible();
  await expect(page.getByText('5.3 h attended of 6 h scheduled. Target: 9 h.')).toBeVisible();
  await frame.expectNoAxeViolations();

  await page.reload();
  await expect(page.getByText('5.3 h attended of 6 h scheduled. Target: 9 h.')).toBeVisible();
  const table = page.getByRole('table', {
    name: 'Scheduled and attended hours for each week, newest first. Target: 9 h a week.',
  });
  await expect(table.getByRole('row', { name: /Nov 22/ })).toContainText('5.3 h');
  await expect(
    recordedWednesday.getByRole('button', { name: 'Late', pressed: true }),
  ).toBeVisible();
});

test('Today shows the next session with a countdown, and “I’m here” in its window', async ({
  page,
}) => {
  const schedule = new SchedulePage(page);
  await schedule.addSession({
    title: 'Friday workshop',
    days: ['Friday'],
    date: '2026-11-20',
    start: '10:20',
    end: '12:00',
    address: '1234 SE Example St, Portland, OR',
  });
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Next session' });
  await expect(card).toContainText('Next: Friday workshop');
  await expect(card).toContainText('Starts in 20 minutes');
  await expect(card.getByRole('link', { name: 'Directions' })).toHaveAttribute(
    'href',
    /maps\/search\/\?api=1&query=1234%20SE%20Example/,
  );
  await card.getByRole('button', { name: 'I’m here' }).click();
  await expect(card).toContainText('Marked: Attended');
  await expect(card.getByRole('button', { name: 'I’m here' })).toHaveCount(0);
});

test('exports the schedule as an .ics with a weekly rule and time zone', async ({ page }) => {
  const schedule = new SchedulePage(page);
  await schedule.addSession({
    title: 'Process group',
    days: ['Tuesday', 'Thursday'],
    date: '2026-11-24',
    start: '18:00',
    end: '21:00',
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export calendar' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('blvd-schedule.ics');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU,TH');
  expect(text).toContain('DTSTART;TZID=America/Los_Angeles:20261124T180000');
  expect(text).toContain('SUMMARY:Process group');

  const one = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar: Process group' }).click();
  expect((await one).suggestedFilename()).toBe('Process-group.ics');
});

test('the schedule in Spanish', async ({ page, frame }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Español' }).check();
  await page.getByLabel('Fecha de inicio del programa').fill('2062-11-27');
  await page.getByRole('button', { name: 'Guardar programa' }).click();
  await expect(
    page.getByText('Esa fecha es dentro de más de un año. Revise el año, por favor.'),
  ).toBeVisible();
  await page.goto('/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Horario' })).toBeVisible();
  await page.getByRole('button', { name: 'Agregar sesión' }).click();
  await expect(page.getByLabel('Título')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'miércoles' })).toBeVisible();
  await page.getByRole('button', { name: 'Guardar sesión' }).click();
  await expect(page.getByText('Póngale un título a la sesión.')).toBeVisible();
  await frame.expectNoAxeViolations();
});
