import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, hasAppDatabase, storedMeta, test, waitForAppDatabase } from './fixtures';
import { SchedulePage } from './pages/schedule';

/** The program the build publishes (static/events/program.json, from center-program-v1.ics). */
const published = JSON.parse(readFileSync('static/events/program.json', 'utf8'));

/** A newer program from the center: Evening IOP moves to 5:30, Family education ends, an alumni group starts. */
function newerProgram() {
  const next = structuredClone(published);
  next.version = 'next-version';
  const evening = next.events.find((e: { uid: string }) => e.uid.startsWith('evening-iop'));
  evening.startTime = '17:30';
  evening.endTime = '20:30';
  next.events = next.events.filter((e: { uid: string }) => !e.uid.startsWith('family'));
  next.tracks = next.tracks.filter((t: { id: string }) => t.id !== 'family');
  next.events.push({
    ...evening,
    uid: 'alumni@recoveryblvd.example',
    title: 'Alumni group',
    weekdays: [0],
    startDate: '2026-12-06',
    startTime: '16:00',
    endTime: '17:00',
    tracks: ['evening iop'],
  });
  return next;
}

/** One row of "Coming up": the session and its time. */
const comingUp = (page: Page, title: string, when: string) =>
  page
    .getByRole('region', { name: 'Coming up' })
    .getByRole('listitem')
    .filter({ hasText: title })
    .filter({ hasText: when });

/**
 * The client joined on Monday 23 November and picked Evening IOP that day (a group's sessions
 * count from the day it is picked: nothing earlier is "missed"); the test then goes on from
 * Friday 27th, 10:00, as the client opens the app again.
 */
async function pickEveningIop(page: Page) {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00-08:00'));
  const schedule = new SchedulePage(page);
  await schedule.setUpProgram('2026-11-23', '10');
  await schedule.open();
  const groups = page.getByRole('group', { name: 'Which group are you in?' });
  await expect(groups.getByRole('checkbox')).toHaveCount(3);
  await groups.getByRole('checkbox', { name: 'Evening IOP', exact: true }).check();
  await page.getByRole('button', { name: 'Add to my schedule' }).click();
  await expect(page.getByText('4 sessions added to your schedule.')).toBeVisible();
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00-08:00'));
  await schedule.open();
  return schedule;
}

test.describe('the center’s program', () => {
  // Friday 27 November 2026, 10:00 in Portland: the client joined on Monday 23rd, so Tuesday 24th
  // is behind them and Monday 30th is coming up, whatever day the suite runs.
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-27T10:00:00-08:00'));
  });

  test('set-up: pick a group by its name, see its days and hours, and its sessions join the schedule', async ({
    page,
    frame,
  }) => {
    await page.goto('/schedule');
    const groups = page.getByRole('group', { name: 'Which group are you in?' });
    const evening = groups.getByRole('checkbox', { name: 'Evening IOP', exact: true });
    // Each time with the days it meets at that time.
    await expect(evening).toHaveAccessibleDescription(
      /^Mon, Tue, Thu · 6:00\s?–\s?9:00\sPM; Wed · 6:30\s?–\s?8:00\sPM: 10\.5 h a week$/,
    );
    await frame.expectNoAxeViolations();
    // Only looking: the program is shown without a database on the phone (nor Dexie loaded).
    expect(await hasAppDatabase(page)).toBe(false);
    await pickEveningIop(page);
    const sessions = page.getByRole('region', { name: 'Sessions' });
    await expect(sessions).toContainText('Evening IOP group');
    // Its times written as the group list wrote them: one range format, not "6:00 PM – 9:00 PM".
    await expect(sessions).toContainText(
      /Every Monday, Tuesday, Thursday\s+·\s+6:00\s?–\s?9:00\sPM/,
    );
    await expect(sessions).toContainText('Family education');
    await expect(sessions).not.toContainText('Day IOP group');
    // Markup in the center's text is shown as text, never run.
    await expect(page.getByRole('group', { name: 'Which group are you in?' })).toHaveCount(0);
  });

  test('a changed program is offered with old and new times; applying it keeps recorded attendance', async ({
    page,
    frame,
  }) => {
    const schedule = await pickEveningIop(page);
    const tuesday = schedule.attendanceGroup(/^Evening IOP group, Tuesday, Nov 24/);
    await tuesday.getByRole('button', { name: 'Attended' }).click();
    await expect(page.getByText('Saved: Evening IOP group marked Attended.')).toBeAttached();

    await page.route('**/events/program.json', (route) => route.fulfill({ json: newerProgram() }));
    await page.reload();
    const changed = page.getByRole('region', { name: 'Your center changed the schedule' });
    // Ranges written as the group list writes them (Intl's formatRange), one way per language.
    await expect(changed).toContainText(
      /Moved: Evening IOP group, from Mon, Tue, Thu 6:00\s?–\s?9:00\sPM to Mon, Tue, Thu 5:30\s?–\s?8:30\sPM\./,
    );
    await expect(changed).toContainText(/New: Alumni group, Sun 4:00\s?–\s?5:00\sPM\./);
    await expect(changed).toContainText('No longer on the schedule: Family education');
    await frame.expectNoAxeViolations();
    await changed.getByRole('button', { name: 'Apply changes' }).click();
    await expect(page.getByText('Your schedule now has the center’s changes.')).toBeVisible();
    await expect(changed).toHaveCount(0);

    // The attendance recorded before the change is where it was, with its own times.
    const recorded = page
      .getByRole('region', { name: 'Recorded' })
      .getByRole('group', { name: /^Evening IOP group, Tuesday, Nov 24/ });
    await expect(recorded).toContainText('Tuesday, Nov 24, 6:00 PM');
    await expect(recorded).toContainText('3 h counted');
    // The next sessions are at the new time.
    await expect(comingUp(page, 'Evening IOP group', 'Mon, Nov 30, 5:30 PM')).toHaveCount(1);
    await page.reload();
    await expect(
      page.getByRole('heading', { name: 'Your center changed the schedule' }),
    ).toHaveCount(0);
  });

  test('keeping my copy leaves the schedule as it was and stops asking', async ({ page }) => {
    await pickEveningIop(page);
    await page.route('**/events/program.json', (route) => route.fulfill({ json: newerProgram() }));
    await page.reload();
    await page.getByRole('button', { name: 'Keep my copy' }).click();
    await expect(page.getByText('Your schedule stays as it was.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Your center changed the schedule' }),
    ).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Sessions' })).toContainText('Family education');
  });

  test('changing groups in Settings adds the new group and offers the old one’s sessions for removal, never removing them silently', async ({
    page,
  }) => {
    await pickEveningIop(page);
    await page.goto('/settings');
    const groups = page.getByRole('group', { name: 'Which group are you in?' });
    await expect(groups.getByRole('checkbox', { name: 'Evening IOP', exact: true })).toBeChecked();
    await groups.getByRole('checkbox', { name: 'Evening IOP', exact: true }).uncheck();
    await groups.getByRole('checkbox', { name: 'Day IOP', exact: true }).check();
    await page.getByRole('button', { name: 'Save my groups' }).click();
    await expect(page.getByText('Your groups are saved.')).toBeVisible();
    const left = page.getByRole('group', { name: 'Sessions of groups you left' });
    await expect(left).toContainText('Evening IOP group');
    await expect(left).toContainText('Family education');
    // Nothing is removed until the client says so.
    await page.goto('/schedule');
    const sessions = page.getByRole('region', { name: 'Sessions' });
    await expect(sessions).toContainText('Day IOP group');
    await expect(sessions).toContainText('Evening IOP group');
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Save my groups' }).click();
    await page.getByRole('button', { name: 'Remove these sessions' }).click();
    await expect(page.getByText('Removed. Your recorded attendance stays.')).toBeVisible();
    await page.goto('/schedule');
    await expect(comingUp(page, 'Day IOP group', 'Mon, Nov 30, 9:00 AM')).toHaveCount(1);
    await expect(comingUp(page, 'Evening IOP group', 'Mon, Nov 30')).toHaveCount(0);
  });

  test('"Add to my phone\'s calendar" exports the sessions with alarms and a daily check-in', async ({
    page,
  }) => {
    await page.goto('/settings');
    // The first write finds the disk full: said in our words, the time typed kept, nothing stored.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
        // Only the reminder's write: the app may store other settings of its own meanwhile.
        if (this.name === 'settings' && (args[0] as { key?: string })?.key === 'reminderTime') {
          IDBObjectStore.prototype.put = put;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.apply(this, args as Parameters<typeof put>);
      } as typeof put;
    });
    // Filling a time input fires its change, as a client's choice does.
    await page.getByLabel('Reminder time').fill('20:30');
    await expect(page.getByRole('alert')).toHaveText(
      'That did not go through: this phone is out of storage space; free up some space first. Nothing was changed; please try again.',
    );
    await expect(page.getByLabel('Reminder time')).toHaveValue('20:30');
    await expect(page.getByText('Reminder set for')).toHaveCount(0);
    await page.getByLabel('Reminder time').dispatchEvent('change');
    await expect(page.getByText('Reminder set for')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await pickEveningIop(page);
    await expect(page.getByText('the calendar will do the reminding')).toBeVisible();
    await page
      .getByLabel('Remind me before each session')
      .selectOption({ label: '15 minutes before' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to my phone’s calendar' }).click();
    const file = await download;
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text).toContain('BEGIN:VALARM');
    expect(text).toContain('TRIGGER:-PT15M');
    expect(text).toContain('DESCRIPTION:Evening IOP group starts in 15 minutes');
    expect(text).toContain('UID:daily-check-in@blvd-companion');
    expect(text).toMatch(/DTSTART;TZID=America\/Los_Angeles:\d{8}T203000/);
  });

  test('offline after the first visit, and in Spanish', async ({ page, context, frame }) => {
    await page.goto('/schedule');
    await expect(page.getByRole('group', { name: 'Which group are you in?' })).toBeVisible();
    await frame.waitForServiceWorker();
    // A visit that only looked created no database: the program was kept for offline anyway.
    expect(await hasAppDatabase(page)).toBe(false);
    await context.setOffline(true);
    await page.evaluate(() => localStorage.setItem('locale', 'es'));
    await page.reload();
    const groups = page.getByRole('group', { name: '¿En qué grupo está?' });
    // The center's group names in Spanish, each time with its days.
    await expect(groups.getByRole('checkbox', { name: 'IOP de día', exact: true })).toBeVisible();
    await expect(
      groups.getByRole('checkbox', { name: 'IOP de la tarde', exact: true }),
    ).toHaveAccessibleDescription(
      /^Lun, mar, jue · 6:00\s?–\s?9:00\sp\.\s?m\.; mié · 6:30\s?–\s?8:00\sp\.\s?m\.: 10\.5 h por semana$/,
    );
    await expect(page.getByRole('button', { name: 'Agregar a mi horario' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Agregar al calendario de mi teléfono' }),
    ).toBeVisible();
    await frame.expectNoAxeViolations();
    // The first touch creates the database, and the kept program is stored in it.
    await waitForAppDatabase(page);
    await expect.poll(async () => Boolean(await storedMeta(page, 'centerProgram'))).toBe(true);
  });
  test('in Spanish, the center’s changes are offered with their old and new times', async ({
    page,
  }) => {
    await pickEveningIop(page);
    await page.route('**/events/program.json', (route) => route.fulfill({ json: newerProgram() }));
    await page.evaluate(() => localStorage.setItem('locale', 'es'));
    await page.reload();
    const changed = page.getByRole('region', { name: 'Su centro cambió el horario' });
    await expect(changed).toContainText('Cambió de hora: Grupo IOP de la tarde, de lun, mar, jue');
    await expect(changed).toContainText('Ya no está en el horario: Educación para familias');
    await changed.getByRole('button', { name: 'Aplicar los cambios' }).click();
    await expect(page.getByText('Su horario ya tiene los cambios del centro.')).toBeVisible();
    // The sessions are named in Spanish too, in the list and in what is coming up.
    await expect(page.getByRole('region', { name: 'Sesiones' })).toContainText(
      'Grupo IOP de la tarde',
    );
    await expect(page.getByRole('region', { name: 'Sesiones' })).not.toContainText(
      'Evening IOP group',
    );
    // And where they meet, as the center's calendar gives it in Spanish (LOCATION;LANGUAGE=es).
    await expect(page.getByRole('region', { name: 'Sesiones' })).toContainText(
      'Recovery BLVD, Sala 2',
    );
    await expect(page.getByRole('region', { name: 'Sesiones' })).not.toContainText('Room 2');
  });

  test('a future start date corrected earlier, then later: the group’s sessions follow, nothing before is missed', async ({
    page,
    frame,
  }) => {
    // Monday 23 November: the client expects to start on Monday 7 December and picks Evening IOP.
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00-08:00'));
    const schedule = new SchedulePage(page);
    await schedule.setUpProgram('2026-12-07', '10');
    await schedule.open();
    await schedule.addGroup('Evening IOP');
    const first = page.getByRole('region', { name: 'Coming up' }).getByRole('listitem').first();
    await expect(first).toContainText('Mon, Dec 7, 6:00 PM');

    // The center says: you start Tuesday 24th. Corrected in Settings, the group starts then.
    await schedule.setUpProgram('2026-11-24', '10');
    await schedule.open();
    await expect(first).toContainText('Evening IOP group');
    await expect(first).toContainText('Tue, Nov 24, 6:00 PM');
    // A start date before the day the group was picked counts from that day: nothing missed.
    await schedule.setUpProgram('2026-11-02', '10');
    await page.clock.setFixedTime(new Date('2026-11-25T10:00:00-08:00'));
    await schedule.open();
    const pending = page.getByRole('region', { name: 'Needs update' });
    // Monday 23rd (the day picked) and Tuesday 24th ask; Thursday 19th, before it, does not.
    await expect(pending.getByRole('button', { name: 'Missed' })).toHaveCount(2);
    await expect(schedule.attendanceGroup(/^Evening IOP group, Tuesday, Nov 24/)).toHaveCount(1);
    await expect(schedule.attendanceGroup(/^Evening IOP group, Thursday, Nov 19/)).toHaveCount(0);
    // The client was there on Tuesday 24th.
    const tuesday = schedule.attendanceGroup(/^Evening IOP group, Tuesday, Nov 24/);
    await tuesday.getByRole('button', { name: 'Attended' }).click();
    await expect(pending.getByRole('button', { name: 'Missed' })).toHaveCount(1);

    // Then later again: Monday 14 December. The sessions before it go, none is missed.
    await schedule.setUpProgram('2026-12-14', '10');
    // A week on, on Tuesday 8 December: the 14th is within what is coming up.
    await page.clock.setFixedTime(new Date('2026-12-08T10:00:00-08:00'));
    await schedule.open();
    // The attended Tuesday stays (its hours count), so a past session exists, and it is marked.
    await expect(pending).toContainText('All caught up: every past session is marked.');
    await expect(first).toContainText('Mon, Dec 14, 6:00 PM');
    // The attended Tuesday, now before the start date, is still there to see and change.
    await expect(tuesday).toContainText('Before your program start date. Its hours still count.');
    await expect(tuesday.getByRole('button', { name: 'Attended' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await tuesday.getByRole('button', { name: 'Late' }).click();
    await expect(tuesday.getByRole('button', { name: 'Late' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Its week counts its hours, as Progress does: 3 scheduled, 3 attended, nothing unmarked.
    const week = page
      .getByRole('region', { name: 'Hours by week' })
      .getByRole('row')
      .filter({ hasText: 'Nov 22' });
    await expect(week.getByRole('cell')).toHaveText(['3 h', '3 h', '0']);
    await frame.expectNoAxeViolations('Schedule after a corrected start date');
    // Progress's hours chart: its legend draws the target dashed, as the chart does.
    await page.goto('/progress');
    for (const canvas of await page.locator('canvas').all()) await canvas.scrollIntoViewIfNeeded();
    await expect(page.locator('canvas[data-legend*="Weekly target"]')).toHaveAttribute(
      'data-legend',
      /Weekly target: line, dashed/,
    );
    // Today names the day of a session days away: "Monday" alone could read as tonight.
    await page.goto('/');
    await expect(page.getByText('Starts Monday, December 14, 6:00 PM')).toBeVisible();
  });
});
