import { expect, routes, skipWelcome, test } from './fixtures';

test.describe('app frame', () => {
  for (const route of routes) {
    test(`${route.path} has its heading, navigation and no axe violations`, async ({
      page,
      frame,
    }) => {
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
      for (const name of ['Today', 'Check-in', 'Schedule', 'Progress', 'Events', 'Settings']) {
        await expect(frame.nav(name)).toBeVisible();
      }
      if (route.nav) await expect(frame.nav(route.nav)).toHaveAttribute('aria-current', 'page');
      await expect(frame.helpButton()).toBeVisible();
      await frame.expectNoAxeViolations();
    });
  }

  test('has no axe violations in the dark theme', async ({ page, frame }) => {
    // Every screen in one test: a minute and a half on a busy 2-core machine, and the BAM
    // (23 questions, 115 answers) is the longest page axe reads.
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const route of routes) {
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await frame.expectNoAxeViolations();
    }
  });

  test('every control is at least 44 by 44 px at 320 px wide, in both languages', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const checks = [
      ...routes.map((r) => ({ ...r, lang: 'en' })),
      ...routes.map((r) => ({ ...r, lang: 'es' })),
    ];
    for (const route of checks) {
      if (route.lang === 'es' && !(await page.evaluate(() => localStorage.getItem('locale')))) {
        await page.evaluate(() => localStorage.setItem('locale', 'es'));
      }
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], button, input, select, textarea, label:has(input)')]
          .filter((el) => !el.closest('dialog:not([open])') && !el.classList.contains('skip'))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ el, box }) => {
            // Controls inside a 44 px label or row count by their clickable parent.
            const target = el.closest('label') ?? el;
            const outer = target.getBoundingClientRect();
            return box.width > 0 && (outer.height < 44 || outer.width < 44);
          })
          .map(({ el }) => el.outerHTML.slice(0, 80)),
      );
      expect(small, `${route.path} (${route.lang})`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow, `${route.path} (${route.lang}) scrolls sideways`).toBeLessThanOrEqual(320);
    }
  });

  test('the navigation works by keyboard alone', async ({ page, frame }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await frame.nav('Schedule').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/schedule$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  });

  test('an unknown address shows a kind not-found page with a way home', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByText('This page does not exist.')).toBeVisible();
    await page.getByRole('link', { name: 'Go to Today' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('crisis help', () => {
  test('opens from every screen with call and text links, and closes back to where it was', async ({
    page,
    frame,
  }) => {
    // 19 screens, each opened and its help checked: about 40 s on a quiet 2-core machine, and
    // over a minute when the machine is busy (seen in CI next to the WebKit and Firefox runs).
    test.setTimeout(150_000);
    for (const route of routes) {
      await page.goto(route.path);
      await frame.helpButton().click();
      const dialog = page.getByRole('dialog', { name: 'Help right now' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('link', { name: 'Call 988' })).toHaveAttribute(
        'href',
        'tel:988',
      );
      await expect(dialog.getByRole('link', { name: 'Text 988' })).toHaveAttribute(
        'href',
        'sms:988',
      );
      await expect(dialog.getByRole('link', { name: 'Call 911' })).toHaveAttribute(
        'href',
        'tel:911',
      );
      await expect(dialog.getByRole('link', { name: 'Call 1-800-662-4357' })).toHaveAttribute(
        'href',
        'tel:+18006624357',
      );
      await expect(dialog.getByRole('link', { name: 'Call 1-800-923-4357' })).toHaveAttribute(
        'href',
        'tel:+18009234357',
      );
      await expect(dialog.getByRole('heading', { name: 'Call Recovery BLVD' })).toBeVisible();
      await frame.expectNoAxeViolations();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(frame.helpButton()).toBeFocused();
    }
  });
});

test('no main screen shifts its layout while its data arrives', async ({ page }) => {
  // A slow phone: data arrives after the first paint, where a shift would show.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  // And a phone network: the meeting list comes after Events shows that it is loading.
  await page.route(/\/events\/meetings\.\w+\.json$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['/', '/check-in', '/schedule', '/progress', '/events', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(1000);
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift, `layout shift on ${path}`).toBeLessThan(0.01);
  }
});

test.describe('Spanish', () => {
  test('switching in Settings translates the app, sets <html lang> and survives a reload', async ({
    page,
    frame,
  }) => {
    await page.goto('/settings');
    await page.getByRole('radio', { name: 'Español' }).check();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'El idioma cambió a español.' }),
    ).toBeAttached();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    for (const name of ['Hoy', 'Registro', 'Horario', 'Progreso', 'Eventos', 'Ajustes']) {
      await expect(frame.nav(name)).toBeVisible();
    }
    await frame.nav('Hoy').click();
    await expect(
      page.getByRole('heading', { level: 1, name: /Buen(os|as) (días|tardes|noches)/ }),
    ).toBeVisible();
    await frame.helpButton('Pedir ayuda ahora').click();
    const dialog = page.getByRole('dialog', { name: 'Ayuda ahora mismo' });
    await expect(dialog.getByRole('link', { name: 'Llamar al 988' })).toHaveAttribute(
      'href',
      'tel:988',
    );
    await frame.expectNoAxeViolations();
  });

  test('the Spanish header keeps one row at 390 px', async ({ page, frame }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/settings');
    await page.getByRole('radio', { name: 'Español' }).check();
    await page.goto('/');
    const tops = await Promise.all(
      [
        page.getByRole('button', { name: 'Salir ya' }),
        frame.helpButton('Pedir ayuda ahora'),
        frame.nav('Ajustes'),
      ].map(async (control) => Math.round((await control.boundingBox())!.y)),
    );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
  });

  test('a phone set to Spanish opens in Spanish', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'es-MX', baseURL });
    await skipWelcome(context);
    const foreign: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith(baseURL!)) foreign.push(r.url());
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('button', { name: 'Guardar registro' })).toBeVisible();
    expect(foreign).toEqual([]);
    await context.close();
  });
});
