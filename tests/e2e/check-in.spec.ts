import { expect, storedRows, test } from './fixtures';
import { CheckInPage } from './pages/checkIn';

test.describe('check-in', () => {
  test('the three-tap check-in from Today works by keyboard alone', async ({ page, frame }) => {
    await page.goto('/');
    const checkIn = new CheckInPage(page);
    await expect(checkIn.mood('Good')).toBeAttached();

    // Tab from the top of the page until the mood choices have focus.
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      const isMood = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.name === 'quick-mood-value',
      );
      if (isMood) break;
    }
    await page.keyboard.press('ArrowRight'); // 1: mood
    await expect(checkIn.mood('Hard')).toBeChecked();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight'); // 2: craving
    await expect(checkIn.craving()).toHaveValue('3');
    await page.keyboard.press('Tab');
    await expect(checkIn.save()).toBeFocused();
    await page.keyboard.press('Enter'); // 3: save

    await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
    await expect(page.getByText('You checked in today.')).toBeVisible();
    await expect(page.getByText(/Last check-in: Hard, craving 3 of 10/)).toBeVisible();
    await expect(page.getByText('Check-in streak: 1 day.')).toBeVisible();
    await frame.expectNoAxeViolations();

    const stored = await checkIn.storedCheckIns();
    expect(stored).toHaveLength(1);
  });

  test('a full check-in made offline survives a reload', async ({ page, frame }) => {
    await frame.openThenOffline('/');

    const checkIn = new CheckInPage(page);
    await checkIn.open();
    await checkIn.mood('Okay').check();
    await checkIn.setCraving(6);
    await page.getByRole('checkbox', { name: 'Lonely' }).check();
    await page.getByRole('checkbox', { name: 'Tired' }).check();
    await page.getByRole('checkbox', { name: 'Called someone' }).check();
    await page.getByRole('radio', { name: 'Prefer not to say' }).check();
    await checkIn.note().fill('Rough shift. Called Sam after.');
    await frame.expectNoAxeViolations();
    await checkIn.save().click();
    await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
    // The form is ready for the next check-in.
    await expect(checkIn.note()).toHaveValue('');

    await page.reload();
    await checkIn.openHistory();
    const entry = page.getByRole('article');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Okay · craving 6 of 10');
    await expect(entry).toContainText('Triggers: Lonely, Tired');
    await expect(entry).toContainText('What helped: Called someone');
    await expect(entry).toContainText('Rough shift. Called Sam after.');
  });

  test('a draft survives a reload mid-entry', async ({ page }) => {
    const checkIn = new CheckInPage(page);
    await checkIn.open();
    await checkIn.mood('Great').check();
    await page.getByRole('checkbox', { name: 'Celebration' }).check();
    await checkIn.note().fill('Half a thought about');
    // The draft is stored a moment after typing stops: reload once it is there.
    await expect
      .poll(async () => JSON.stringify(await storedRows(page, 'drafts')))
      .toContain('Half a thought about');
    await page.reload();

    await expect(page.getByText('We kept what you had started.')).toBeVisible();
    await expect(checkIn.mood('Great')).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Celebration' })).toBeChecked();
    await expect(checkIn.note()).toHaveValue('Half a thought about');

    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(checkIn.note()).toHaveValue('');
    expect(await checkIn.storedCheckIns()).toEqual([]);
  });

  test('bad input gets a message at the field and saves nothing', async ({ page, frame }) => {
    const checkIn = new CheckInPage(page);
    await checkIn.open();

    await checkIn.save().click();
    await expect(page.getByText('Choose how you feel to save.')).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Mood' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await checkIn.mood('Good').check();
    await page.getByRole('button', { name: 'Change date and time' }).click();
    // Each control has its own name, inside the group "Date and time".
    const when = page.getByRole('group', { name: 'Date and time' });
    await expect(when.getByLabel('Time', { exact: true })).toBeVisible();
    const date = when.getByLabel('Date', { exact: true });
    await date.fill('2099-01-01');
    await checkIn.note().fill('x'.repeat(10_001));
    await checkIn.save().click();
    await expect(page.getByText('This time has not happened yet.', { exact: false })).toBeVisible();
    await expect(
      page.getByText('The note is longer than 10,000 characters. Please shorten it.'),
    ).toBeVisible();
    await expect(page.getByText('Please check the highlighted fields.')).toBeVisible();
    await frame.expectNoAxeViolations();
    expect(await checkIn.storedCheckIns()).toEqual([]);

    // Fixing the fields saves it.
    await date.fill('2026-01-15');
    await checkIn.note().fill('Fixed');
    await checkIn.save().click();
    await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
    const stored = await checkIn.storedCheckIns();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ date: '2026-01-15' });
  });

  test('a failed write keeps the entry on screen, and Retry saves it', async ({ page }) => {
    const checkIn = new CheckInPage(page);
    await checkIn.open();
    await checkIn.mood('Hard').check();
    await checkIn.note().fill('Do not lose this');

    // The next write fails as a full disk does.
    await page.evaluate(() => {
      const original = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args: Parameters<typeof original>) {
        if (this.name === 'checkIns') {
          IDBObjectStore.prototype.put = original;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      };
    });
    await checkIn.save().click();
    await expect(page.getByRole('alert')).toContainText('this phone is out of storage space');
    await expect(checkIn.note()).toHaveValue('Do not lose this');
    await expect(checkIn.mood('Hard')).toBeChecked();
    expect(await checkIn.storedCheckIns()).toEqual([]);

    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
    expect(await checkIn.storedCheckIns()).toHaveLength(1);
  });

  test('the form in Spanish', async ({ page, frame }) => {
    // One time format per language: English 12-hour ("Now (11:05 PM)"), never "23:05".
    await page.goto('/check-in');
    await expect(page.locator('#when-hint')).toHaveText(/^Now \(\d{1,2}:\d{2}\s[AP]M\)$/);
    await page.goto('/settings');
    await page.getByRole('radio', { name: 'Español' }).check();
    await page.goto('/check-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Registro' })).toBeVisible();
    // As es-US writes it ("11:05 p.m."), one period, no 24-hour clock beside it.
    await expect(page.locator('#when-hint')).toHaveText(/^Ahora \(\d{1,2}:\d{2}\s[ap]\.\s?m\.\)$/);
    const mood = page.getByRole('radiogroup', { name: 'Ánimo' });
    await expect(mood.getByRole('radio')).toHaveCount(5);
    await expect(page.getByRole('slider', { name: 'Ganas de consumir' })).toBeVisible();
    for (const name of ['Hambre', 'Enojo', 'Soledad', 'Cansancio']) {
      await expect(page.getByRole('checkbox', { name })).toBeVisible();
    }
    await expect(page.getByRole('textbox', { name: 'Nota' })).toBeVisible();
    await page.getByRole('button', { name: 'Guardar registro' }).click();
    await expect(page.getByText('Elija cómo se siente para guardar.')).toBeVisible();
    await mood.getByRole('radio', { name: 'Bien', exact: true }).check();
    await page.getByRole('button', { name: 'Guardar registro' }).click();
    await expect(page.getByText('Guardado. Gracias por registrarse.')).toBeVisible();
    await frame.expectNoAxeViolations();
  });
});

test.describe('history', () => {
  test('edit, delete with confirmation, then Undo', async ({ page, frame }) => {
    const checkIn = new CheckInPage(page);
    await checkIn.saveOne('Okay', 'First version');

    await checkIn.openHistory();
    await page.getByRole('link', { name: /^Edit check-in from/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit check-in' })).toBeVisible();
    await expect(checkIn.note()).toHaveValue('First version');
    await checkIn.mood('Good').check();
    await checkIn.note().fill('Second version');
    await checkIn.save().click();
    await expect(page.getByText('Changes saved.')).toBeVisible();
    expect(await checkIn.storedCheckIns()).toHaveLength(1);

    await checkIn.openHistory();
    const entry = page.getByRole('article');
    await expect(entry).toContainText('Good · craving 0 of 10');
    await expect(entry).toContainText('Second version');

    await page.getByRole('button', { name: /^Delete check-in from/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this check-in?' });
    await expect(dialog).toBeVisible();
    await frame.expectNoAxeViolations();
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(entry).toHaveCount(1);

    await page.getByRole('button', { name: /^Delete check-in from/ }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('Check-in deleted.')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(0);
    expect(await checkIn.storedCheckIns()).toHaveLength(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article')).toContainText('Second version');
    expect(await checkIn.storedCheckIns()).toHaveLength(1);
  });

  test('leaving an edit for a new check-in (same screen, no ?edit) starts a fresh form', async ({
    page,
    frame,
  }) => {
    const checkIn = new CheckInPage(page);
    await checkIn.saveOne('Okay', 'Kept as it was');

    await checkIn.openHistory();
    await page.getByRole('link', { name: /^Edit check-in from/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit check-in' })).toBeVisible();
    await expect(checkIn.note()).toHaveValue('Kept as it was');
    // The app's own navigation to the same screen without the record.
    await frame.nav('Check-in').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
    await expect(checkIn.note()).toHaveValue('');
    await checkIn.mood('Good').check();
    await checkIn.save().click();
    await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
    expect(await checkIn.storedCheckIns()).toHaveLength(2);
  });

  test('search in notes and filter by trigger; notes with markup show as text', async ({
    page,
  }) => {
    const checkIn = new CheckInPage(page);
    await checkIn.open();
    const entries: [string, string, string[]][] = [
      ['Okay', 'Talked with my sponsor after group', ['Lonely']],
      ['Hard', '<img src=x onerror="window.__pwned=1">Payday <b>again</b>', ['Stress']],
      ['Good', 'Canción en la radio', ['Lonely', 'Places']],
    ];
    for (const [mood, note, triggers] of entries) {
      await checkIn.mood(mood).check();
      for (const name of triggers) await page.getByRole('checkbox', { name }).check();
      await checkIn.note().fill(note);
      await checkIn.save().click();
      await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
    }

    await checkIn.openHistory();
    await expect(page.getByRole('article')).toHaveCount(3);
    await expect(
      page.getByText('<img src=x onerror="window.__pwned=1">Payday <b>again</b>'),
    ).toBeVisible();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    await page.getByRole('searchbox', { name: 'Search notes' }).fill('cancion');
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article')).toContainText('Canción en la radio');
    await page.getByRole('searchbox', { name: 'Search notes' }).fill('');
    await page
      .getByRole('combobox', { name: 'Filter by trigger' })
      .selectOption({ label: 'Lonely' });
    await expect(page.getByRole('article')).toHaveCount(2);
    await page.getByRole('searchbox', { name: 'Search notes' }).fill('nothing like this');
    await expect(page.getByText('No check-ins match.', { exact: false })).toBeVisible();
  });
});

test('a long history shows its newest entries first, then more on request', async ({ page }) => {
  const checkIn = new CheckInPage(page);
  await checkIn.openHistory();
  await expect(page.getByText('No check-ins yet.', { exact: false })).toBeVisible();
  await checkIn.seed(100);
  await page.reload();
  await expect(page.getByText('100 check-ins')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(40);
  await expect(page.getByRole('article').first()).toContainText('Entry 99');
  const more = page.getByRole('button', { name: 'Show more' });
  await more.click();
  await expect(page.getByRole('article')).toHaveCount(100);
  await expect(more).toHaveCount(0);
  // Searching looks through every entry, not only the ones on screen.
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('entry 42');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article')).toContainText('Entry 42');
});

test.describe('triggers and coping actions', () => {
  test('rename, archive and add; history keeps the entries', async ({ page, frame }) => {
    const checkIn = new CheckInPage(page);
    await checkIn.open();
    await checkIn.mood('Hard').check();
    await page.getByRole('checkbox', { name: 'Hungry' }).check();
    await page.getByRole('checkbox', { name: 'Angry' }).check();
    await checkIn.save().click();
    await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();

    await page.getByRole('link', { name: 'Edit triggers and coping actions' }).click();
    await page.getByRole('button', { name: 'Rename Hungry' }).click();
    await page.getByRole('textbox', { name: 'Rename Hungry' }).fill('Skipped meals');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByText('Renamed to Skipped meals.')).toBeAttached();
    await page.getByRole('button', { name: 'Archive Angry' }).click();
    await expect(page.getByRole('button', { name: 'Restore Angry' })).toBeVisible();

    await page.getByRole('textbox', { name: 'Add a trigger' }).fill('Lonely');
    await page.getByRole('button', { name: 'Add' }).first().click();
    await expect(page.getByText('You already have a choice with this name.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Add a trigger' }).fill('Payday');
    await page.getByRole('button', { name: 'Add' }).first().click();
    await expect(page.getByText('Payday added.')).toBeAttached();
    await frame.expectNoAxeViolations();

    await checkIn.open();
    await expect(page.getByRole('checkbox', { name: 'Skipped meals' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Angry' })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Payday' })).toBeVisible();

    await checkIn.openHistory();
    await expect(page.getByRole('article')).toContainText('Triggers: Skipped meals, Angry');
  });
});

test.describe('reminder', () => {
  test('Today shows a gentle nudge after the reminder time with no check-in', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-27T20:30:00-08:00'));
    await page.goto('/settings');
    await page.getByLabel('Reminder time').fill('19:00');
    await page.getByLabel('Reminder time').dispatchEvent('change');
    await expect(page.getByText('Reminder set for 7:00 PM.')).toBeVisible();

    await page.goto('/');
    // One quiet line, after the check-in; it opens to say what is due.
    const reminders = page.getByRole('button', { name: '1 reminder' });
    await reminders.click();
    await expect(page.getByText('It’s past your check-in time.', { exact: false })).toBeVisible();
    await new CheckInPage(page).mood('Good').check();
    await new CheckInPage(page).save().click();
    await expect(page.getByText('It’s past your check-in time.', { exact: false })).toBeHidden();
    await expect(reminders).toHaveCount(0);
  });
});
