import { BAM_QUESTIONS, bamIndex } from '../../src/lib/domain/measures/bam';
import { expect, seedRows, seedSettings, test } from './fixtures';
import { BamPage } from './pages/bam';

/** The place of each answer in its list, by item (1-6, 7A-7G, 8-17). */
const CHOSEN: Record<string, number> = {
  '1': 2, // Good: risk 2
  '2': 1, // One night: risk 1
  '3': 3, // Three days: risk 3
  '8': 2, // Moderately: risk 2
  '9': 3, // Considerably: protective 3
  '10': 2, // protective 2
  '11': 1, // risk 1
  '12': 4, // Extremely: protective 4
  '13': 0,
  '14': 1, // Yes: protective 4
  '15': 0,
  '16': 4, // protective 4
  '17': 2, // asked, not scored
};

/** A BAM stored as the app stores it (indexed fields in the clear). */
function bam(id: string, date: string, set: Record<string, number | null>) {
  const answers: (number | null)[] = Array(BAM_QUESTIONS.length).fill(0);
  for (const [label, value] of Object.entries(set)) answers[bamIndex(label)] = value;
  return { id, instrument: 'bam', date, answers, savedAt: Date.parse(`${date}T18:00:00Z`) };
}

test.describe('The weekly BAM', () => {
  test('by keyboard alone, from Measures to its three groups', async ({ page, frame }) => {
    const form = new BamPage(page);
    await page.goto('/measures');
    await page.getByRole('button', { name: 'Start BAM' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'BAM' })).toBeVisible();
    for (const option of ['None', 'One day', 'Two days', 'Three days', 'Four or more days'])
      await expect(form.item('4').getByRole('radio', { name: option, exact: true })).toBeVisible();

    // Each item: Tab into its group, Space picks the first answer, arrows move on.
    await form.item('1').getByRole('radio').first().focus();
    for (const [i, question] of BAM_QUESTIONS.entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const value = CHOSEN[question.label] ?? 0;
      for (let step = 0; step < value; step++) await page.keyboard.press('ArrowDown');
      await expect(
        form
          .item(question.label)
          .getByRole('radio', { name: question.options[value], exact: true }),
      ).toBeChecked();
    }
    await expect(page.getByText('23 of 23 answered')).toBeVisible();
    const submit = form.submit();
    for (let i = 0; i < 6 && !(await submit.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(submit).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
    await expect(form.group('Use')).toContainText('0 out of 12');
    await expect(form.group('Risk factors')).toContainText('9 out of 24');
    await expect(form.group('Protective factors')).toContainText('17 out of 24');
    await expect(form.group('Protective factors')).toContainText(
      'A lower number here is worth talking about with your counselor.',
    );
    await expect(page.getByText('Cravings (question 8)')).toBeVisible();
    await expect(page.getByRole('definition').first()).toHaveText('Moderately');
    await expect(page.getByRole('definition').nth(1)).toHaveText('Considerably');
    await expect(page.getByText('not a diagnosis')).toBeVisible();
    await expect(page.getByText(/total/i).filter({ hasText: /^Total/ })).toHaveCount(0);
    // No use reported: no slip offered.
    await expect(page.getByRole('region', { name: 'Thank you for being honest' })).toHaveCount(0);
    await frame.expectNoAxeViolations();
  });

  test('in Spanish: English only, said in Spanish; taken in English or skipped', async ({
    page,
    frame,
  }) => {
    const form = new BamPage(page);
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('locale', 'es'));
    await page.goto('/measures');
    await expect(page.getByRole('button', { name: 'Empezar BAM' })).toBeVisible();
    await page.goto('/measures/bam');
    const notice = page.getByRole('region', { name: 'Este cuestionario solo existe en inglés' });
    await expect(notice).toContainText(
      'Puede responderlo en inglés o saltarlo. Su consejero puede repasarlo con usted.',
    );
    // Nothing of the BAM is shown, in any language, until the client chooses.
    await expect(page.getByRole('radiogroup')).toHaveCount(0);
    await expect(notice.getByRole('link', { name: 'Saltarlo' })).toHaveAttribute(
      'href',
      '/measures',
    );
    await frame.expectNoAxeViolations();

    await notice.getByRole('button', { name: 'Responderlo en inglés' }).click();
    await expect(form.item('1')).toBeVisible();
    await expect(page.getByRole('radiogroup')).toHaveCount(BAM_QUESTIONS.length);
    // The VA's English, marked as English for screen readers.
    await expect(page.locator('#bam-1-text')).toHaveAttribute('lang', 'en');
    await expect(form.item('1').locator('.options')).toHaveAttribute('lang', 'en');
    await form.answer('1', 'Fair');
    await expect(page.getByRole('button', { name: 'Ver mis resultados' })).toBeVisible();
    await frame.expectNoAxeViolations();
  });

  test('alcohol on 2 days: thanks, an offer to record a slip, and days in treatment unchanged', async ({
    page,
    frame,
  }) => {
    await page.clock.setFixedTime(new Date('2026-11-27T18:00:00-08:00'));
    await page.goto('/progress');
    await seedSettings(page, {
      programStartDate: '2026-10-20',
      sobrietyDate: '2026-11-01',
      lastCelebratedMilestone: 30,
    });
    await page.reload();
    await expect(page.getByText('Day 39 of 90')).toBeVisible();

    const form = new BamPage(page);
    await form.open();
    await form.answer('4', 'Two days');
    await form.submit().click();
    const thanks = page.getByRole('region', { name: 'Thank you for being honest' });
    await expect(thanks).toContainText('your days in treatment stay as they are');
    await expect(thanks).toContainText('You do not have to.');
    await expect(thanks.getByRole('link', { name: 'Open my plan' })).toHaveAttribute(
      'href',
      '/plan',
    );
    // An unfinished BAM: no group is scored from missing answers, and each says which.
    await expect(form.group('Use')).toContainText('No score: questions 5 and 6 are unanswered.');
    await expect(page.getByText('22 questions are unanswered')).toBeVisible();
    await frame.expectNoAxeViolations();

    await thanks.getByRole('button', { name: 'Record a slip' }).click();
    await expect(thanks.getByLabel('Date of the slip')).toHaveValue('2026-11-27');
    await thanks.getByLabel('Date of the slip').fill('2026-11-25');
    await thanks.getByRole('button', { name: 'Save the slip' }).click();
    await expect(thanks.getByRole('status')).toHaveText(
      'Recorded. Your days in treatment stay as they are. Consider telling your counselor or someone you trust.',
    );

    await page.goto('/progress');
    await expect(page.getByText('Day 39 of 90')).toBeVisible();
    await expect(page.getByText('1 slip recorded')).toBeVisible();
  });

  test('a slip outside the 7 days the answers cover is refused at its field', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-27T18:00:00-08:00'));
    const form = new BamPage(page);
    await form.open();
    await form.answer('7C', 'One day');
    await form.submit().click();
    const thanks = page.getByRole('region', { name: 'Thank you for being honest' });
    await thanks.getByRole('button', { name: 'Record a slip' }).click();
    await thanks.getByLabel('Date of the slip').fill('2026-11-19');
    await thanks.getByRole('button', { name: 'Save the slip' }).click();
    await expect(thanks.getByLabel('Date of the slip')).toHaveAttribute('aria-invalid', 'true');
    await expect(thanks).toContainText('Pick a day in the 7 days these answers are about');
    await expect(thanks.getByRole('status')).toHaveCount(0);
  });

  test('an unfinished BAM stays a draft: back after a reload, never scored', async ({ page }) => {
    const form = new BamPage(page);
    await form.open();
    await form.answer('1', 'Poor');
    await form.answer('8', 'Extremely');
    await page.reload();
    await expect(page.getByText('Your answers from before are back.')).toBeVisible();
    await expect(form.item('8').getByRole('radio', { name: 'Extremely' })).toBeChecked();
    await expect(page.getByText('2 of 23 answered')).toBeVisible();
    await page.goto('/measures');
    const card = page.getByRole('region', { name: 'BAM' });
    await expect(card).toContainText('Not taken yet.');
    await expect(card).not.toContainText('Risk factors');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`its trend on Progress, history on Measures, and the report: axe 0, ${scheme}`, async ({
      page,
      frame,
    }) => {
      await page.clock.setFixedTime(new Date('2026-11-27T18:00:00-08:00'));
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/progress');
      await seedRows(
        page,
        'measures',
        [
          bam('b1', '2026-11-06', { '3': 4, '4': 3, '8': 4, '9': 1 }),
          bam('b2', '2026-11-13', { '5': null, '8': 3, '9': 2, '16': 2 }),
          bam('b3', '2026-11-20', { '8': 1, '9': 4, '10': 3, '14': 1 }),
        ],
        ['id', 'instrument', 'date'],
      );
      await page.reload();
      const trend = page.getByRole('region', { name: 'BAM over time' });
      // Only BAMs taken: the Measures card says where they are, not just its intro.
      await expect(
        page
          .getByRole('region', { name: 'Measures' })
          .getByRole('link', { name: 'Your BAM results are just below, in “BAM over time”.' }),
      ).toHaveAttribute('href', '#bam-trend-title');
      // Both charts drawn (groups, then cravings and confidence) before their tables are opened:
      // `all()` takes what is on the page at that moment.
      await expect(trend.getByText('Show the figures as a table')).toHaveCount(2);
      for (const summary of await trend.getByText('Show the figures as a table').all())
        await summary.click();
      const groups = trend.getByRole('table').first();
      await expect(groups.getByRole('columnheader')).toHaveText([
        'Date',
        'Use',
        'Risk factors',
        'Protective factors',
      ]);
      await expect(groups.getByRole('row').nth(1)).toHaveText(/Nov 20.*0.*1.*11/);
      // A group with a missing answer has no score, said in words.
      await expect(groups.getByRole('row').nth(2)).toContainText('no score');
      const items = trend.getByRole('table').nth(1);
      await expect(items.getByRole('columnheader')).toHaveText([
        'Date',
        'Cravings (question 8)',
        'Confidence (question 9)',
      ]);
      await expect(items.getByRole('row').nth(1)).toContainText('Slightly');
      await expect(items.getByRole('row').nth(1)).toContainText('Extremely');
      await frame.expectNoAxeViolations(`Progress, ${scheme}`);

      await page.goto('/measures');
      const card = page.getByRole('region', { name: 'BAM' });
      await expect(card).toContainText('Use 0 · Risk factors 1 · Protective factors 11');
      await expect(card.getByLabel('Suggest BAM')).toHaveValue('7');
      await frame.expectNoAxeViolations(`Measures, ${scheme}`);

      await page.goto('/progress/report');
      await page.getByRole('checkbox', { name: /Measures/ }).check();
      const report = page.getByRole('article');
      await expect(report).toContainText('Use 0 · Risk factors 1 · Protective factors 11');
      await expect(report).toContainText('Cravings (question 8): Slightly');
      await frame.expectNoAxeViolations(`Report, ${scheme}`);
    });
  }
});
