import { GAD7, PHQ9 } from '../../src/lib/domain/measures/instruments';
import { expect, seedRows, test } from './fixtures';
import type { Page } from '@playwright/test';

const ANSWERS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

/** The nine PHQ-9 radio groups, by their question text. */
const item = (page: Page, n: number) =>
  page.getByRole('radiogroup', { name: PHQ9.items[n - 1]!.en, exact: true });

async function answer(page: Page, values: number[]) {
  for (const [i, value] of values.entries()) {
    await item(page, i + 1)
      .getByRole('radio', { name: ANSWERS[value], exact: true })
      .check();
  }
}

/** A PHQ-9 result stored as the app stores it (indexed fields in the clear). */
function phq(id: string, date: string, answers: (number | null)[]) {
  return { id, instrument: 'phq9', date, answers, savedAt: Date.parse(`${date}T18:00:00Z`) };
}

test.describe('Measures', () => {
  test('a PHQ-9 by keyboard alone, from Progress to the score', async ({ page, frame }) => {
    await page.goto('/progress');
    await page.getByRole('link', { name: 'Measures', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Measures' })).toBeVisible();
    await page.getByRole('button', { name: 'Start PHQ-9' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'PHQ-9' })).toBeVisible();
    await expect(page.getByText(PHQ9.stem.en)).toBeVisible();

    // Each item: Tab into its group, Space picks "Not at all", arrows move to the answer.
    const chosen = [2, 1, 1, 3, 0, 1, 2, 1, 0];
    await item(page, 1).getByRole('radio').first().focus();
    for (const [i, value] of chosen.entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      for (let step = 0; step < value; step++) await page.keyboard.press('ArrowDown');
      await expect(
        item(page, i + 1).getByRole('radio', { name: ANSWERS[value], exact: true }),
      ).toBeChecked();
    }
    await expect(page.getByText('9 of 9 answered')).toBeVisible();
    // Item 9 was "Not at all": no crisis panel.
    await expect(page.getByRole('region', { name: 'Help is here, right now' })).toHaveCount(0);
    // On through the date's parts to the button.
    const submit = page.getByRole('button', { name: 'See my score' });
    for (let i = 0; i < 6 && !(await submit.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(submit).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
    await expect(page.getByText('Total 11', { exact: true })).toBeVisible();
    await expect(page.getByText('Moderate', { exact: true })).toBeVisible();
    await expect(page.getByText('not a diagnosis')).toBeVisible();
    await frame.expectNoAxeViolations();
  });

  test('item 9 above "Not at all" shows crisis help at once, offline, and again with the result', async ({
    page,
    frame,
  }) => {
    await frame.openThenOffline('/measures/phq9');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'PHQ-9' })).toBeVisible();

    // Straight to item 9, before anything else is answered.
    await item(page, 9).getByRole('radio', { name: 'Several days', exact: true }).check();
    const help = page.getByRole('region', { name: 'Help is here, right now' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('alert')).toContainText('You do not have to face this alone');
    // Nothing leaves the phone, so nothing may suggest that someone was told; it asks the
    // client to tell someone now, with the buttons to do it.
    const crisisText = (await help.innerText()).toLowerCase();
    expect(crisisText).not.toMatch(/told us|telling us/);
    await expect(help).toContainText('Your answers stay on this phone');
    await expect(help).toContainText('Please tell someone now');
    await expect(help.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    await expect(help.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    await expect(help.getByRole('link', { name: /^Call Recovery BLVD/ })).toBeVisible();
    await expect(help.getByRole('link', { name: 'Open my plan' })).toBeVisible();
    await frame.expectNoAxeViolations();
    // The help comes before the score's button.
    const helpBox = (await help.boundingBox())!;
    const submitBox = (await page.getByRole('button', { name: 'See my score' }).boundingBox())!;
    expect(helpBox.y).toBeLessThan(submitBox.y);

    // Back to "Not at all": the panel goes; above it again: it comes back.
    await item(page, 9).getByRole('radio', { name: 'Not at all', exact: true }).check();
    await expect(help).toHaveCount(0);
    await item(page, 9).getByRole('radio', { name: 'Nearly every day', exact: true }).check();
    await expect(help).toBeVisible();

    await answer(page, [1, 1, 0, 1, 0, 1, 0, 0]);
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
    const again = page.getByRole('region', { name: 'Help is here, right now' });
    await expect(again).toBeVisible();
    expect((await again.boundingBox())!.y).toBeLessThan(
      (await page.getByText('Total 7', { exact: true }).boundingBox())!.y,
    );
  });

  test('bad input: a future date is refused at the field, missing answers are never scored as 0, a draft comes back', async ({
    page,
  }) => {
    await page.goto('/measures/phq9');
    await answer(page, [3, 3, 3]);
    const date = page.getByLabel('Day these answers are about');
    await date.fill('2099-01-01');
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(date).toBeFocused();
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Pick today or an earlier day.')).toBeVisible();

    // Nothing saved; the answers stay, and come back after a reload.
    await page.reload();
    await expect(page.getByText('Your answers from before are back.')).toBeVisible();
    await expect(item(page, 3).getByRole('radio', { name: 'Nearly every day' })).toBeChecked();
    await page.goto('/measures');
    // PHQ-9, GAD-7 and the BAM: a draft is not a result.
    await expect(page.getByText('Not taken yet.')).toHaveCount(3);

    // Saved with six unanswered: no total, the missing items named.
    await page.goto('/measures/phq9');
    await page.getByLabel('Day these answers are about').fill('2026-11-20');
    await expect(page.getByText('3 of 9 answered')).toBeVisible();
    await expect(
      page.getByText(/Some questions are unanswered \(4, 5, 6, 7, 8, and 9\)/),
    ).toBeVisible();
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.getByText('Not finished: 6 unanswered, so no total')).toBeVisible();
    await expect(page.getByText(/^Total \d+$/)).toHaveCount(0);

    // Finishing it later gives the total of all nine.
    await page.getByRole('button', { name: 'Finish answering' }).click();
    await expect(item(page, 4).getByRole('radio').first()).toBeFocused();
    await answer(page, [3, 3, 3, 0, 0, 0, 0, 0, 0]);
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.getByText('Total 9', { exact: true })).toBeVisible();
    await expect(page.getByText('Mild', { exact: true })).toBeVisible();
    await page.goto('/measures');
    // One result, edited: never two.
    await expect(page.getByRole('region', { name: 'PHQ-9' }).getByRole('listitem')).toHaveCount(1);
  });

  test('the trend after three results, a meaningful change named, an edit recomputed, and Today’s gentle line', async ({
    page,
  }) => {
    await page.goto('/');
    await seedRows(
      page,
      'measures',
      [
        phq('a', '2026-10-01', [3, 3, 2, 2, 2, 1, 1, 1, 0]), // 15
        phq('b', '2026-10-15', [2, 2, 1, 1, 1, 1, 1, 0, 0]), // 9
        phq('c', '2026-10-29', [1, 1, 1, 0, 0, 0, 0, 0, 0]), // 3
      ],
      ['id', 'instrument', 'date'],
    );
    await page.goto('/progress');
    const figure = page.getByRole('figure', { name: 'PHQ-9 over time' });
    await expect(figure.getByRole('img')).toHaveAttribute(
      'aria-label',
      /from Oct 1, 2026 to Oct 29, 2026: from 15 to 3/,
    );
    await figure.getByText('Show the figures as a table').click();
    const rows = figure.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText('Oct 29, 2026');
    await expect(rows.nth(1)).toContainText('-6 (meaningful change)');
    await expect(rows.nth(3)).toContainText('15');
    await expect(rows.nth(3)).toContainText('Moderately severe');
    await expect(
      page.getByText('6 points lower than on Oct 15, 2026: a meaningful change'),
    ).toBeVisible();

    // Edit the middle result: its score is recomputed.
    await page.goto('/measures');
    const phqCard = page.getByRole('region', { name: 'PHQ-9' });
    await phqCard.getByText('Oct 15, 2026: Total 9 · Mild').click();
    await phqCard.getByRole('link', { name: 'Edit answers from Oct 15, 2026' }).click();
    await expect(page.getByText('Editing your answers from Oct 15, 2026.')).toBeVisible();
    await item(page, 1).getByRole('radio', { name: 'Nearly every day' }).check();
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.getByText('Total 10', { exact: true })).toBeVisible();
    await page.goto('/measures');
    await expect(phqCard.getByText('Oct 15, 2026: Total 10 · Moderate')).toBeVisible();
    await expect(phqCard.getByRole('listitem')).toHaveCount(3);

    // Last taken a month ago, every 2 weeks: Today says so quietly, in its one line of
    // reminders, and "Not today" puts it aside.
    await page.goto('/');
    const reminders = page.getByRole('button', { name: /^\d reminders?$/ });
    await reminders.click();
    await expect(reminders).toHaveAttribute('aria-expanded', 'true');
    const line = page.getByRole('listitem').filter({ hasText: 'PHQ-9 is suggested today' });
    await expect(line).toBeVisible();
    await line.getByRole('button', { name: 'Not today' }).click();
    await expect(line).toHaveCount(0);
    // Put aside for the day, it stays aside after a reload (once the page has settled).
    await page.reload();
    await page.waitForLoadState('networkidle');
    await expect(page.getByText('PHQ-9 is suggested today')).toHaveCount(0);
  });

  test('a new client is offered one measure at a time, the next a few days after, in English and Spanish', async ({
    page,
    frame,
  }) => {
    await page.clock.setFixedTime(new Date('2026-11-27T18:00:00-08:00'));
    await page.goto('/measures');
    const card = (name: string) => page.getByRole('region', { name, exact: true });
    await expect(card('PHQ-9')).toContainText('Suggested now');
    await expect(card('GAD-7')).not.toContainText('Suggested now');
    await expect(card('BAM')).not.toContainText('Suggested now');
    await expect(card('GAD-7')).toContainText('Suggested later: one at a time');
    await expect(card('BAM')).toContainText('Suggested later: one at a time');
    await frame.expectNoAxeViolations('Measures, a new client');
    // The PHQ-9 taken today: the GAD-7's turn comes three days later.
    await seedRows(
      page,
      'measures',
      [phq('p1', '2026-11-27', [0, 1, 0, 0, 1, 0, 0, 0, 0])],
      ['id', 'instrument', 'date'],
    );
    await page.reload();
    await expect(card('PHQ-9')).not.toContainText('Suggested now');
    await expect(card('GAD-7')).toContainText('Suggested around Nov 30, 2026');
    await expect(page.getByText('Suggested now')).toHaveCount(0);
    await frame.expectNoAxeViolations('Measures, the first one taken');
    await page.clock.setFixedTime(new Date('2026-11-30T18:00:00-08:00'));
    await page.reload();
    await expect(card('GAD-7')).toContainText('Suggested now');
    await expect(page.getByText('Suggested now')).toHaveCount(1);

    await page.evaluate(() => localStorage.setItem('locale', 'es'));
    await page.reload();
    await expect(card('BAM')).toContainText('Se sugiere más adelante: uno a la vez');
    await expect(card('GAD-7')).toContainText('Sugerido ahora');
    await frame.expectNoAxeViolations('Cuestionarios, uno a la vez');
  });

  test('PHQ-9 question 10: asked once a problem is checked off, unscored, in the result and report', async ({
    page,
    frame,
  }) => {
    await page.goto('/measures/phq9');
    const ten = page.getByRole('radiogroup', { name: PHQ9.difficulty!.question.en, exact: true });
    await answer(page, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    await expect(ten).toHaveCount(0);
    await item(page, 3).getByRole('radio', { name: 'Several days', exact: true }).check();
    await expect(ten).toBeVisible();
    await expect(ten).toHaveAccessibleDescription('Not counted in the score.');
    await ten.getByRole('radio', { name: 'Somewhat difficult', exact: true }).check();
    await expect(page.getByText(PHQ9.credit.en)).toBeVisible();
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.getByText('Total 1', { exact: true })).toBeVisible();
    await expect(
      page.getByText(
        'How difficult these problems have made things (question 10, not scored): Somewhat difficult',
      ),
    ).toBeVisible();
    await frame.expectNoAxeViolations();

    await page.goto('/progress/report');
    await page.getByRole('checkbox', { name: /Measures/ }).check();
    await expect(page.getByRole('article')).toContainText(
      'How difficult these problems have made things (question 10, not scored): Somewhat difficult',
    );
  });

  test('in Spanish: every item in its published Spanish wording, and the help', async ({
    page,
    frame,
  }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('locale', 'es'));
    for (const instrument of [PHQ9, GAD7]) {
      await page.goto(`/measures/${instrument.id}`);
      await expect(page.getByText(instrument.stem.es)).toBeVisible();
      for (const text of instrument.items) {
        const group = page.getByRole('radiogroup', { name: text.es, exact: true });
        await expect(group).toBeVisible();
        for (const option of instrument.options) {
          await expect(group.getByRole('radio', { name: option.es, exact: true })).toBeVisible();
        }
      }
    }
    await page.goto('/measures/phq9');
    await page
      .getByRole('radiogroup', { name: PHQ9.items[8]!.es, exact: true })
      .getByRole('radio', { name: 'Varios días' })
      .check();
    const help = page.getByRole('region', { name: 'Hay ayuda aquí, ahora mismo' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Sus respuestas se quedan en este teléfono');
    expect(await help.innerText()).not.toMatch(/\bnos\b/i);
    // 988 in Spanish, said where a Spanish speaker needs it most.
    await expect(help).toContainText('marque el 2, o envíe AYUDA');
    await expect(page.getByRole('link', { name: 'Llamar al 988' })).toBeVisible();
    await page.getByRole('button', { name: 'Ver mi puntaje' }).click();
    await expect(
      page.getByText('Sin terminar: 8 sin responder, así que no hay total'),
    ).toBeVisible();
    await expect(page.getByText(PHQ9.difficulty!.options[1]!.es)).toBeHidden();
    await expect(page.getByText(PHQ9.credit.es)).toBeVisible();
    await frame.expectNoAxeViolations();
  });
});
