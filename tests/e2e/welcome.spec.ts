import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckInPage } from './pages/checkIn';
import { SchedulePage } from './pages/schedule';

// The welcome on a first open (#28): these tests start from a phone that has never seen it.
// At 390 x 844, the narrowest common phone (the suite's Pixel 7 is 412 wide).
test.use({ isWelcomeSkipped: false, viewport: { width: 390, height: 844 } });

const SHOTS = process.env.WELCOME_SHOTS; // a folder: screenshots of each step (390 x 844)

/** The welcome as a client meets it: its heading, its steps, its buttons. */
class Welcome {
  constructor(readonly page: Page) {}

  region(name: string | RegExp = 'Welcome') {
    return this.page.getByRole('region', { name });
  }

  heading(name = 'Welcome') {
    return this.page.getByRole('heading', { level: 1, name });
  }

  step(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 2, name });
  }

  button(name: string) {
    return this.region(/^(Welcome|Bienvenida)$/).getByRole('button', { name, exact: true });
  }
}

/**
 * The parts of the welcome's first step, as the welcome draws them and as app.html's splash
 * pictures them (src/lib/boot/splash.js): equal boxes mean the welcome takes the splash's place
 * with nothing moving.
 */
const DRAWN = [
  'section.welcome h1',
  'section.welcome .top .button',
  '#welcome-intro',
  'section.welcome .card',
  'section.welcome h2',
  'section.welcome label:first-of-type',
  'section.welcome label:last-of-type',
  'section.welcome .moves .button:last-child',
];
/** The same parts in the splash, in the language it shows. */
const pictured = (language: 'en' | 'es') =>
  [
    '.boot-splash-title',
    '[data-splash-tap="skip"]',
    '.boot-splash-intro',
    '.card',
    '.boot-splash-heading',
    'label:first-of-type',
    'label:last-of-type',
    '[data-splash-tap="next"]',
  ].map((part) => `.boot-splash-main[lang="${language}"] ${part}`);

/** Each selector's box, rounded to the pixel, as the page is now (in the page). */
function boxesOf(selectors: string[]) {
  return selectors.map((selector) => {
    const rect = document.querySelector(selector)?.getBoundingClientRect();
    return rect ? [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',') : 'none';
  });
}

/** Monday 30 November 2026, 10:00 in Portland: the Evening IOP group meets tonight at 6. */
const DAY_ONE = new Date('2026-11-30T10:00:00-08:00');

test('a new phone paints the welcome first: the empty Today never shows before it', async ({
  page,
}) => {
  type Frame = { isShown: boolean; hasWelcome: boolean; isSplashed: boolean };
  // Every frame from the first: whether the page is on view (app.html's first script holds it
  // with data-wait), what it shows, and whether app.html's welcome splash is on view meanwhile.
  await page.addInitScript((parts) => {
    const frames: Frame[] = [];
    const seen = window as unknown as { frames_: typeof frames; pictured_: string[] };
    seen.frames_ = frames;
    const look = () => {
      const splash = document.querySelector('.boot-splash');
      // Where the splash pictures the welcome's parts, in the last frame it is on view.
      if (splash && getComputedStyle(splash).display !== 'none') {
        seen.pictured_ = parts.map((part) => {
          const rect = document.querySelector(part)?.getBoundingClientRect();
          return rect
            ? [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(',')
            : 'none';
        });
      }
      frames.push({
        isShown: !document.documentElement.hasAttribute('data-wait'),
        hasWelcome: Boolean(document.getElementById('welcome-title')),
        isSplashed: Boolean(
          splash &&
          getComputedStyle(splash).display !== 'none' &&
          getComputedStyle(splash).visibility === 'visible',
        ),
      });
      if (frames.length < 600) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, pictured('en'));
  await page.goto('/');
  const welcome = new Welcome(page);
  await expect(welcome.heading()).toBeVisible();
  const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
  const shown = frames.filter((frame) => frame.isShown);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((frame) => !frame.hasWelcome)).toEqual([]);
  // What paints first is the splash, not a blank page: every held frame shows it, and it is
  // gone from the first frame the welcome shows.
  const held = frames.filter((frame) => !frame.isShown);
  expect(held.length).toBeGreaterThan(0);
  expect(held.filter((frame) => !frame.isSplashed)).toEqual([]);
  expect(shown.filter((frame) => frame.isSplashed)).toEqual([]);
  // Hidden from screen readers: one "Welcome" heading, the welcome's own.
  await expect(page.locator('.boot-splash')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toHaveCount(1);
  // The splash is the welcome's first step, painted from the HTML where the welcome draws it.
  const drawn = await page.evaluate(boxesOf, DRAWN);
  expect(drawn).not.toContain('none');
  expect(
    await page.evaluate(() => (window as unknown as { pictured_: string[] }).pictured_),
  ).toEqual(drawn);
  // Gone from the page once the welcome is drawn: no words of it left behind.
  await expect(page.locator('.boot-splash')).toHaveCount(0);
});

/** Opens Today with the app's script held back until `release()` (a slow phone's first open). */
async function openWithScriptHeld(page: import('@playwright/test').Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { opened: page.goto('/'), release };
}

test("in Spanish the splash pictures the welcome's first step in Spanish, and a tap on it before the app's script has run is done by the welcome", async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('locale', 'es'));
  // The app's script held back: only the HTML (and its first script) is on the phone.
  const { opened, release } = await openWithScriptHeld(page);
  const splash = page.locator('.boot-splash-main[lang="es"]');
  await expect(splash.locator('.boot-splash-intro')).toBeVisible();
  await expect(splash).toContainText('Paso 1 de 6');
  await expect(page.locator('.boot-splash-main[lang="en"]')).toBeHidden();
  // Nothing of it is there for a screen reader or the keyboard.
  await expect(page.getByRole('heading')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  const splashed = await page.evaluate(boxesOf, pictured('es'));
  expect(splashed).not.toContain('none');
  await splash.getByText('Siguiente').click();
  release();
  await opened;
  // Drawn, then the tap done: the next step, its heading focused (said by a screen reader).
  const lock = page.getByRole('heading', {
    level: 2,
    name: 'Bloquee la aplicación con un PIN o una contraseña',
  });
  await expect(lock).toBeFocused();
  await expect(page.getByText('Paso 2 de 6')).toBeVisible();
  await expect(page.locator('.boot-splash')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenida' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Atrás' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Su idioma' })).toBeVisible();
  expect(await page.evaluate(boxesOf, DRAWN)).toEqual(splashed);
});

test("taps on the splash before the app's script has run are all done, in order: Español, then Next", async ({
  page,
}) => {
  // A new phone in English; the app's script held back (a slow phone).
  const { opened, release } = await openWithScriptHeld(page);
  const splash = page.locator('.boot-splash-main[lang="en"]');
  await expect(splash.locator('.boot-splash-intro')).toBeVisible();
  await splash.getByText('Español').click();
  await splash.getByText('Next').click();
  release();
  await opened;
  // The language chosen and saved, then Next: step 2, in Spanish.
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Bloquee la aplicación con un PIN o una contraseña',
    }),
  ).toBeFocused();
  await expect(page.getByText('Paso 2 de 6')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('locale'))).toBe('es');
  await page.getByRole('button', { name: 'Atrás' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Su idioma' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();
});

test('a new client sees Welcome instead of an empty Today, and Skip for now ends it for good', async ({
  page,
  frame,
}) => {
  const welcome = new Welcome(page);
  await page.goto('/');
  await expect(welcome.heading()).toBeVisible();
  await expect(welcome.step('Your language')).toBeVisible();
  await expect(page.getByText('Step 1 of 6')).toBeVisible();
  // Today's own content steps aside, but help, Quick exit and the navigation stay.
  await expect(
    page.getByRole('heading', { name: /Good (morning|afternoon|evening)/ }),
  ).toBeHidden();
  await expect(frame.helpButton()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
  await expect(frame.nav('Schedule')).toBeVisible();
  await frame.expectNoAxeViolations();
  // Only looking creates nothing on the phone: the welcome moving focus to its title is not a
  // touch of the client's (a visitor who leaves now leaves no database behind).
  await expect(page.locator('#welcome-title')).toBeFocused();
  expect(await page.evaluate(() => indexedDB.databases().then((all) => all.length))).toBe(0);

  await welcome.button('Skip for now').click();
  await expect(welcome.heading()).toHaveCount(0);
  await expect(
    page.getByRole('heading', { level: 1, name: /Good (morning|afternoon|evening)/ }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Good/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(welcome.heading()).toHaveCount(0);
});

test('walked with Next in English: language, lock, start date, Evening IOP, a person, a first check-in; no session before today asks for an update', async ({
  page,
}) => {
  await page.clock.setFixedTime(DAY_ONE);
  const welcome = new Welcome(page);
  await page.goto('/');
  await expect(welcome.step('Your language')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await welcome.button('Next').click();

  await expect(welcome.step('Lock the app with a PIN or passphrase')).toBeVisible();
  await expect(welcome.step('Lock the app with a PIN or passphrase')).toBeFocused();
  await expect(page.getByText('you can turn it on later in Settings')).toBeVisible();
  await welcome.button('Next').click();

  await expect(welcome.step('Your program')).toBeVisible();
  // A start date more than a year ahead is asked again, and the step stays.
  await page.getByLabel('Program start date (optional)').fill('2028-11-30');
  await welcome.button('Next').click();
  await expect(page.getByText('That is more than a year from now.')).toBeVisible();
  await expect(welcome.step('Your program')).toBeVisible();
  await page.getByLabel('Program start date (optional)').fill('2026-11-30');
  await welcome.button('Next').click();

  await expect(welcome.step('Your group')).toBeVisible();
  const groups = page.getByRole('group', { name: 'Which group are you in?' });
  await groups.getByRole('checkbox', { name: 'Evening IOP', exact: true }).check();
  // Next adds the group chosen (no need to find "Add to my schedule" first).
  await welcome.button('Next').click();

  await expect(welcome.step('One person to call')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Maria');
  await page.getByLabel('Phone number').fill('not a number');
  await welcome.button('Next').click();
  await expect(page.getByText('Enter a number a phone can call')).toBeVisible();
  await page.getByLabel('Phone number').fill('503-555-0142');
  await page.getByLabel('Who they are to you (optional)').fill('Sponsor');
  await welcome.button('Next').click();

  await expect(welcome.step('Your first check-in')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Check in now' })).toBeVisible();
  await welcome.button('Go to Today').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Good morning' })).toBeVisible();
  await expect(page.getByText('Day 1 of 90')).toBeVisible();

  // Day one: tonight's group is ahead, and nothing from before the client joined is "missed".
  const schedule = new SchedulePage(page);
  await schedule.open();
  const pending = page.getByRole('region', { name: 'Needs update' });
  // Before any session has ended there is nothing to catch up on: it says so, not "All caught up".
  await expect(pending).toContainText('Nothing to mark yet: each session shows here once it ends.');
  await expect(pending.getByRole('button', { name: 'Missed' })).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Coming up' }).getByRole('listitem').first(),
  ).toContainText('Mon, Nov 30, 6:00 PM');

  // The person is in My plan; the same choices are in Settings.
  await page.goto('/plan');
  await expect(page.getByRole('region', { name: 'People I can call' })).toContainText('Maria');
  await page.goto('/settings');
  await expect(page.getByLabel('Program start date')).toHaveValue('2026-11-30');
  await expect(
    page
      .getByRole('group', { name: 'Which group are you in?' })
      .getByRole('checkbox', { name: 'Evening IOP', exact: true }),
  ).toBeChecked();
});

test('a language switched mid-way keeps what was typed; the rest of the walk in Spanish', async ({
  page,
}) => {
  await page.clock.setFixedTime(DAY_ONE);
  const welcome = new Welcome(page);
  await page.goto('/');
  for (let i = 0; i < 2; i += 1) await welcome.button('Next').click();
  await page.getByLabel('Program start date (optional)').fill('2026-12-07');
  await expect(page.getByText('will count from December 7, 2026')).toBeVisible();
  await welcome.button('Next').click();
  await welcome.button('Next').click();
  await expect(welcome.step('One person to call')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Ana');
  await page.getByLabel('Phone number').fill('(503) 555-0100');

  // Back to the first step, not saving on the way; Spanish; forward again.
  for (let i = 0; i < 4; i += 1) await welcome.button('Back').click();
  await expect(welcome.step('Your language')).toBeVisible();
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(welcome.heading('Bienvenida')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(welcome.step('Su idioma')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Omitir por ahora' })).toBeVisible();
  await welcome.button('Siguiente').click();
  await expect(welcome.step('Bloquee la aplicación con un PIN o una contraseña')).toBeVisible();
  await welcome.button('Siguiente').click();
  await expect(page.getByLabel('Fecha de inicio del programa (opcional)')).toHaveValue(
    '2026-12-07',
  );
  await expect(page.getByText('contarán desde el 7 de diciembre de 2026')).toBeVisible();
  await welcome.button('Siguiente').click();
  await expect(page.getByRole('group', { name: '¿En qué grupo está?' })).toBeVisible();
  await welcome.button('Siguiente').click();
  await expect(welcome.step('Una persona a quien llamar')).toBeVisible();
  await expect(page.getByLabel('Nombre', { exact: true })).toHaveValue('Ana');
  await expect(page.getByLabel('Número de teléfono')).toHaveValue('(503) 555-0100');
  await welcome.button('Siguiente').click();
  await expect(page.getByText('Ana está en Mi plan.')).toBeAttached();
  await expect(welcome.step('Su primer registro')).toBeVisible();
  await page.getByRole('link', { name: 'Registrarme ahora' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registro' })).toBeVisible();
  // The start date in the future: Today says when the program starts.
  await page.goto('/');
  await expect(page.getByText('Empieza en 7 días', { exact: false })).toBeVisible();
  await expect(welcome.heading('Bienvenida')).toHaveCount(0);
});

test('a welcome left half-way resumes on its step after a reload, and Skip for now still ends it', async ({
  page,
}) => {
  const welcome = new Welcome(page);
  await page.goto('/');
  await welcome.button('Next').click();
  await welcome.button('Next').click();
  await expect(welcome.step('Your program')).toBeVisible();
  await page.reload();
  await expect(welcome.step('Your program')).toBeVisible();
  await expect(page.getByText('Step 3 of 6')).toBeVisible();
  // The rest of the app is open meanwhile.
  await page.getByRole('navigation').getByRole('link', { name: 'Check-in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Today', exact: true }).click();
  await expect(welcome.step('Your program')).toBeVisible();
  await welcome.button('Skip for now').click();
  await expect(page.getByRole('heading', { level: 1, name: /Good/ })).toBeVisible();
  // Offered again from Settings, from the start.
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Show the welcome again' }).click();
  await expect(welcome.step('Your language')).toBeVisible();
});

test('a returning client with records never sees the welcome, not even for a moment', async ({
  page,
}) => {
  // A phone from before the welcome: six weeks of check-ins, and no answer about the welcome.
  await page.goto('/check-in');
  await new CheckInPage(page).seed(6 * 7 * 4);
  await page.addInitScript(() => {
    const seen = { welcome: false };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      if (document.querySelector('.welcome')) seen.welcome = true;
    }).observe(document, { childList: true, subtree: true });
  });
  expect(await page.evaluate(() => localStorage.getItem('welcome'))).toBeNull();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /Good/ })).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('welcome'))).toBe('done');
  await page.reload();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __seen: object }).__seen)).toEqual({
    welcome: false,
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every step has no axe violations, English and Spanish, ${scheme}`, async ({
    page,
    frame,
  }) => {
    test.setTimeout(120_000);
    await page.clock.setFixedTime(DAY_ONE);
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const language of ['en', 'es'] as const) {
      await frame.openIn('/settings', language);
      await page
        .getByRole('button', { name: /Show the welcome again|Mostrar la bienvenida/ })
        .click();
      const welcome = new Welcome(page);
      const next = language === 'en' ? 'Next' : 'Siguiente';
      for (let step = 1; step <= 6; step += 1) {
        await expect(
          page.getByText(language === 'en' ? `Step ${step} of 6` : `Paso ${step} de 6`),
        ).toBeVisible();
        if (step === 2) {
          // The lock's own form, as it opens in the welcome.
          await welcome
            .button(
              language === 'en' ? 'Set a PIN or passphrase' : 'Elegir un PIN o una contraseña',
            )
            .click();
          await expect(page.getByRole('heading', { level: 3 })).toBeVisible();
        }
        found.push(...(await frame.axeViolations()).map((v) => `step ${step} (${language}): ${v}`));
        if (SHOTS)
          await page.screenshot({
            path: `${SHOTS}/welcome-${step}-${language}-${scheme}.png`,
            fullPage: true,
          });
        if (step < 6) await welcome.button(next).click();
      }
    }
    expect(found).toEqual([]);
  });
}

test('a welcome left half-way gives way to Today once the client has checked in elsewhere', async ({
  page,
}) => {
  const welcome = new Welcome(page);
  await page.goto('/');
  await welcome.button('Next').click();
  await expect(page.getByText('Step 2 of 6')).toBeVisible();
  // The client goes straight to a check-in from the navigation, as someone in a hurry would.
  await new CheckInPage(page).saveOne('Okay', 'Checked in before finishing the welcome');
  await page.getByRole('navigation').getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Good/ })).toBeVisible();
  await expect(welcome.heading()).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Good/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(welcome.heading()).toHaveCount(0);
});
