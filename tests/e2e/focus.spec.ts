import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// WCAG 2.2, 2.4.11 Focus not obscured: tabbing through the longest screens, every focused
// control outside the bars is wholly between the sticky header and the fixed bottom bar.

/** Where the focused element is, and where the bars are (a hidden input speaks for its label). */
function focusedBox(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return undefined;
    const inBars = !!active.closest('header, nav, .skip, [role="dialog"]');
    let box = active.getBoundingClientRect();
    if (box.width < 2 || box.height < 2)
      box = active.closest('label')?.getBoundingClientRect() ?? box;
    const header = document.querySelector('header')!.getBoundingClientRect();
    const nav = [...document.querySelectorAll('nav')].at(-1)!.getBoundingClientRect();
    return {
      what: `${active.tagName} ${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 30) ?? ''}`,
      inBars,
      top: box.top,
      bottom: box.bottom,
      headerBottom: header.bottom,
      navTop: nav.top,
    };
  });
}

const screens: { path: string; open?: string }[] = [
  { path: '/' },
  { path: '/check-in' },
  { path: '/check-in/tags' },
  { path: '/settings' },
  { path: '/events', open: 'Filters' },
  { path: '/schedule/session' },
];

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
]) {
  for (const screen of screens) {
    test(`focus stays clear of the bars on ${screen.path} at ${viewport.width}x${viewport.height}`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(screen.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (screen.open) await page.getByRole('button', { name: screen.open }).click();
      await page.locator('h1').focus();
      let checked = 0;
      for (let i = 0; i < 70; i += 1) {
        await page.keyboard.press('Tab');
        const box = await focusedBox(page);
        if (!box || box.inBars) continue;
        checked += 1;
        expect(box.top, `${box.what} under the header`).toBeGreaterThanOrEqual(
          box.headerBottom - 1,
        );
        expect(box.bottom, `${box.what} under the bottom bar`).toBeLessThanOrEqual(box.navTop + 1);
      }
      expect(checked).toBeGreaterThan(5);
    });
  }
}
