import { expect, test, type AppFrame } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { CheckInPage } from './pages/checkIn';
import { seedPlan } from './pages/plan';

// #27: the hard moment. A client in a craving at 11 pm, on a 390x844 phone: Today leads with
// "Right now", Get help now is ordered by need, a check-in ends kindly.

test.use({ viewport: { width: 390, height: 844 } });

const ROSA = { id: 'p1', name: 'Rosa', relationship: 'Sponsor', phone: '(503) 555-0142' };

async function withPlan(page: Page, plan: Record<string, unknown>) {
  await page.goto('/');
  await seedPlan(page, plan);
  await page.reload();
}

/**
 * The control is wholly on screen between the sticky header and the fixed bottom bar, compared
 * by their boxes: nothing of it hidden under either.
 */
async function expectClearOfBars(page: Page, control: Locator) {
  const box = (await control.boundingBox())!;
  const header = (await page.getByRole('banner').boundingBox())!;
  const bar = (await page.getByRole('navigation').last().boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(bar.y + 1);
}

/** The control brought into view as focus or a screen reader's cursor brings it. */
function scrollTo(control: Locator) {
  return control.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
}

/** axe in the light and the dark theme, back to light after. */
async function expectNoAxeInBothThemes(page: Page, frame: AppFrame, where: string) {
  await frame.expectNoAxeViolations(`${where}, light`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await frame.expectNoAxeViolations(`${where}, dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('Right now on Today', () => {
  test("a craving of 8 ends kindly, then Right now stands first without scrolling; I'm OK now and I'm struggling each hold across a reload", async ({
    page,
    frame,
  }) => {
    await withPlan(page, { reasons: 'My daughter Sofia', people: [ROSA] });
    const checkIn = new CheckInPage(page);
    await checkIn.mood('Hard').check();
    await checkIn.setCraving(8);
    await checkIn.save().click();

    // The ending: what was logged, a kind word, the next step; the form does not come back
    // empty as if the record were lost.
    const ending = page
      .getByRole('status')
      .filter({ hasText: 'Saved. Thank you for checking in.' });
    await expect(ending).toContainText(/You logged: Hard, craving 8 of 10, at \d{1,2}:\d\d/);
    await expect(ending).toContainText('A strong craving, and you named it.');
    await expect(ending).toContainText('Next: Right now');
    await expect(ending).not.toContainText(/fail|should|bad|wrong/i);
    await expect(checkIn.craving()).toHaveCount(0);
    const panel = page.getByRole('region', { name: 'Right now' });
    await expect(panel.getByRole('heading', { name: 'Right now' })).toBeFocused();

    // Opened again at 390x844: first under the greeting, whole, without scrolling.
    await page.goto('/check-in');
    await page.goto('/');
    await expect(panel).toBeVisible();
    expect(page.viewportSize()).toEqual({ width: 390, height: 844 });
    await expect(panel).toBeInViewport({ ratio: 1 });
    const box = (await panel.boundingBox())!;
    const nav = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(nav.y);
    const checkInCard = (await page.getByRole('region', { name: 'Check-in' }).boundingBox())!;
    expect(box.y).toBeLessThan(checkInCard.y);
    await expect(panel).toContainText('My daughter Sofia');
    await expect(panel.getByRole('button', { name: 'Ride it out' })).toBeVisible();
    await expect(panel.getByRole('link', { name: 'Call Rosa' })).toHaveAttribute(
      'href',
      'tel:5035550142',
    );
    await expect(panel.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    // The "I'm struggling" button gives way to the panel it opens.
    await expect(page.getByRole('button', { name: "I'm struggling" })).toHaveCount(0);
    await expectNoAxeInBothThemes(page, frame, 'Today with Right now');

    await panel.getByRole('button', { name: "I'm OK now" }).click();
    await expect(panel).toHaveCount(0);
    const struggling = page.getByRole('button', { name: "I'm struggling" });
    await expect(struggling).toBeFocused();
    await page.reload();
    await expect(struggling).toBeVisible();
    await expect(panel).toHaveCount(0);

    await struggling.click();
    await expect(panel.getByRole('heading', { name: 'Right now' })).toBeFocused();
    await page.reload();
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('link', { name: 'Call Rosa' })).toBeVisible();
  });

  test("with no plan, offline: I'm struggling shows the tool and 988, never an empty box; a later milder check-in ends it", async ({
    page,
    frame,
  }) => {
    await frame.openThenOffline('/');
    await page.reload();
    await page.getByRole('button', { name: "I'm struggling" }).click();
    const panel = page.getByRole('region', { name: 'Right now' });
    await expect(panel.getByRole('button', { name: 'Ride it out' })).toBeVisible();
    await expect(panel.getByRole('link', { name: 'Call 988' })).toBeVisible();
    await expect(panel.getByRole('link', { name: 'Text 988' })).toBeVisible();
    await expect(panel).toContainText('Add a person to call in My plan');
    await expect(panel.getByRole('link', { name: /^Call (?!988)/ })).toHaveCount(0);
    await expect(panel.locator('blockquote')).toHaveCount(0);
    await expect(panel).toBeInViewport({ ratio: 1 });

    // A later check-in with a mild craving: the moment has passed.
    const checkIn = new CheckInPage(page);
    await checkIn.mood('Okay').check();
    await checkIn.setCraving(2);
    await checkIn.save().click();
    await expect(page.getByText('Each check-in helps you see your own patterns.')).toBeVisible();
    await expect(panel).toHaveCount(0);
    await page.getByRole('button', { name: 'New check-in' }).click();
    await expect(checkIn.mood('Okay')).not.toBeChecked();

    await page.getByRole('button', { name: "I'm struggling" }).click();
    await panel.getByRole('button', { name: 'Ride it out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Urge surfing' })).toBeVisible();
    // Ten minutes, started by the press (a second may pass on a busy machine).
    await expect(page.getByText(/Time left: (10:00|9:5\d)/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  });

  test("the check-in screen ends a hard check-in with Right now, and I'm OK now there", async ({
    page,
    frame,
  }) => {
    // One long paragraph: the client's own reason, shown whole (never cut off with "…").
    const reason =
      'I want to be there when my daughter Sofia wakes up, to walk her to school, to hear about her day, and to be someone she can count on again, every morning, clear-headed.';
    await withPlan(page, { reasons: reason, people: [ROSA] });
    const checkIn = new CheckInPage(page);
    await checkIn.open();
    await checkIn.mood('Very hard').check();
    await checkIn.setCraving(9);
    await checkIn.save().click();
    const ending = page
      .getByRole('status')
      .filter({ hasText: 'Saved. Thank you for checking in.' });
    await expect(ending).toContainText('You logged: Very hard, craving 9 of 10');
    await expect(ending).toBeInViewport();
    const panel = page.getByRole('region', { name: 'Right now' });
    await expect(panel.getByRole('link', { name: 'Call Rosa' })).toBeVisible();
    const quote = panel.locator('blockquote');
    await expect(quote).toHaveText(reason);
    // Nothing of it hidden: the box is as tall as its text (a clamp hides lines past the third).
    const fits = await quote.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
    expect(fits).toBe(true);
    // At 390x844 the ending and Right now come first, above the fresh form, and Right now's
    // heading has focus (as on Today), not the panel ~750 px down below the empty form.
    await expect(panel.getByRole('heading', { name: 'Right now' })).toBeFocused();
    await expect(panel.getByRole('heading', { name: 'Right now' })).toBeInViewport();
    const top = async (locator: import('@playwright/test').Locator) =>
      (await locator.boundingBox())!.y;
    const mood = page.getByRole('radiogroup', { name: 'Mood' });
    expect(await top(ending)).toBeLessThan(await top(panel));
    expect(await top(panel)).toBeLessThan(await top(mood));
    // The panel whole on screen matters more than the ending's first line (already said, as a
    // status): with a long reason the ending may leave the top to make room for the panel.
    expect(await top(panel)).toBeGreaterThanOrEqual(0);
    expect(await top(panel)).toBeLessThan(844);
    // The panel's end is on screen too, above the bottom bar.
    await expectClearOfBars(page, panel.getByRole('button', { name: "I'm OK now" }));
    await expectNoAxeInBothThemes(page, frame, 'Check-in ended with Right now');
    await panel.getByRole('button', { name: "I'm OK now" }).click();
    await expect(panel).toHaveCount(0);
    await page.goto('/');
    await expect(page.getByRole('button', { name: "I'm struggling" })).toBeVisible();
    await expect(panel).toHaveCount(0);
  });

  test('in Spanish, light and dark: Ahora mismo, with 988 in Spanish', async ({ page, frame }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('locale', 'es'));
    await withPlan(page, { reasons: 'Mi hija Sofía', people: [ROSA] });
    await page.getByRole('button', { name: 'Estoy pasando un mal momento' }).click();
    const panel = page.getByRole('region', { name: 'Ahora mismo' });
    await expect(panel).toContainText('Mi hija Sofía');
    await expect(panel.getByRole('button', { name: 'Dejar pasar la ola' })).toBeVisible();
    await expect(panel.getByRole('link', { name: 'Llamar a Rosa' })).toBeVisible();
    await expect(panel).toContainText(
      'En español: llame al 988 y marque el 2, o envíe AYUDA por mensaje de texto al 988.',
    );
    await expect(panel).toBeInViewport({ ratio: 1 });
    // Whole above the bottom bar too (in viewport is not enough: the bar is drawn over it).
    await expectClearOfBars(page, panel.getByRole('button', { name: 'Ya estoy bien' }));
    await expectNoAxeInBothThemes(page, frame, 'Today, Spanish, Ahora mismo');
    await panel.getByRole('button', { name: 'Ya estoy bien' }).click();
    await expect(page.getByRole('button', { name: 'Estoy pasando un mal momento' })).toBeFocused();

    // A hard check-in on the Check-in screen: the Spanish panel is longer (the 988 line), and
    // its end ("Ya estoy bien") still comes above the bottom bar, the ending above it.
    await page.goto('/check-in');
    await page
      .getByRole('radiogroup', { name: 'Ánimo' })
      .getByRole('radio', { name: 'Muy difícil', exact: true })
      .check();
    await page.getByRole('slider', { name: 'Ganas de consumir' }).focus();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Guardar registro' }).click();
    const ok = panel.getByRole('button', { name: 'Ya estoy bien' });
    await expect(panel.getByRole('heading', { name: 'Ahora mismo' })).toBeFocused();
    await expect(panel).toContainText('En español: llame al 988');
    await expectClearOfBars(page, ok);
    await expectClearOfBars(page, panel.getByRole('heading', { name: 'Ahora mismo' }));

    // A taller bar (a larger text size wraps its labels): the page's end and whatever is
    // brought into view follow its real height, not the height it was designed with.
    await page.addStyleTag({ content: 'nav[aria-label="Principal"] a { min-height: 9rem }' });
    await expect
      .poll(() =>
        page
          .getByRole('navigation')
          .last()
          .evaluate((bar) => (bar as HTMLElement).offsetHeight),
      )
      .toBeGreaterThan(140);
    await page.evaluate(() => window.scrollTo(0, 0));
    await scrollTo(ok);
    await expectClearOfBars(page, ok);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expectClearOfBars(page, page.getByRole('button', { name: 'Guardar registro' }));
  });
});

test.describe('Get help now, ordered by need', () => {
  const people = Array.from({ length: 20 }, (_, i) => ({
    id: `p${i}`,
    name: `Friend ${i + 1}`,
    relationship: 'Peer',
    phone: `503-555-${String(1000 + i)}`,
  }));

  test('danger first (911, 988), then my people (three, then Show all), my reasons and a tool, then the information lines', async ({
    page,
    frame,
  }) => {
    await withPlan(page, {
      reasons: 'Waking up clear',
      helps: ['Walk along the river'],
      people,
    });
    await frame.helpButton().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('link', { name: 'Call Friend 1' })).toBeVisible();
    const headings = await dialog.getByRole('heading', { level: 3 }).allInnerTexts();
    const at = (name: string) => headings.indexOf(name);
    expect(at('If you are in danger')).toBeGreaterThanOrEqual(0);
    expect(at('If you are in danger')).toBeLessThan(at('My people'));
    expect(at('My people')).toBeLessThan(at('My reasons'));
    expect(at('My reasons')).toBeLessThan(at('One thing to do now'));
    expect(at('One thing to do now')).toBeLessThan(at('Information and support lines'));
    const danger = dialog.getByRole('region', { name: 'If you are in danger' });
    await expect(danger.getByRole('link', { name: 'Call 911' })).toBeInViewport();
    await expect(danger.getByRole('link', { name: 'Call 988' })).toBeInViewport();
    await expect(danger.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    await expect(
      dialog.getByRole('region', { name: 'Information and support lines' }).getByRole('link', {
        name: 'Call 1-800-662-4357',
      }),
    ).toBeVisible();
    // Name and relationship with a space on each side of the dot.
    await expect(dialog.getByText('Friend 1 · Peer')).toBeVisible();
    const mine = dialog.getByRole('region', { name: 'My people' });
    await expect(mine.getByRole('link', { name: /^Call Friend/ })).toHaveCount(3);
    await mine.getByRole('button', { name: 'Show all 20' }).click();
    await expect(mine.getByRole('link', { name: /^Call Friend/ })).toHaveCount(20);
    await expect(dialog.getByRole('region', { name: 'My reasons' })).toContainText(
      'Waking up clear',
    );
    await expect(
      dialog.getByRole('region', { name: 'One thing to do now' }).getByRole('link', {
        name: 'Ride it out',
      }),
    ).toBeVisible();
    await expectNoAxeInBothThemes(page, frame, 'Get help now');

    // Dark: the help control is a strong red with white words, not a pastel pink.
    await page.emulateMedia({ colorScheme: 'dark' });
    const colours = await page
      .locator('.help-button')
      .evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
    expect(colours).toEqual(['rgb(211, 47, 47)', 'rgb(255, 255, 255)']);
  });

  test('in Spanish: Si está en peligro first, and that 988 answers in Spanish', async ({
    page,
    frame,
  }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('locale', 'es'));
    await withPlan(page, { people: [ROSA] });
    await frame.helpButton('Pedir ayuda ahora').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('link', { name: 'Llamar a Rosa' })).toBeVisible();
    const headings = await dialog.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(headings.indexOf('Si está en peligro')).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf('Si está en peligro')).toBeLessThan(headings.indexOf('Mis personas'));
    await expect(dialog.getByRole('region', { name: 'Si está en peligro' })).toContainText(
      'En español: llame al 988 y marque el 2, o envíe AYUDA por mensaje de texto al 988.',
    );
    await expect(dialog.getByText('Rosa · Sponsor')).toBeVisible();
    await expectNoAxeInBothThemes(page, frame, 'Get help now, Spanish');
  });
});

test('My plan reads first, in light and dark', async ({ page, frame }) => {
  await page.goto('/');
  await seedPlan(page, {
    reasons: 'My daughter Sofia\nWaking up clear',
    warningSigns: ['Isolating'],
    people: [ROSA],
  });
  await page.goto('/plan');
  await expect(page.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'People I can call' })).toContainText(
    'Rosa · Sponsor',
  );
  await expectNoAxeInBothThemes(page, frame, 'My plan, read mode');
});
