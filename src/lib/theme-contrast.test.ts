import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * WCAG 1.4.11 (non-text contrast), measured on the design tokens themselves: the chart lines and
 * the checked control colour reach 3:1 against every surface they are drawn on, light and dark.
 * (Unchecked checkboxes are the browser's own: Chromium draws their border #767676 in light and
 * #858585 in dark, 4.5:1 on white and 3.5-4.7:1 on the dark surfaces.)
 */
const css = readFileSync(new URL('../app.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
}

const light = tokens(css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...tokens(css.slice(darkStart, css.indexOf('}', darkStart))) };

/** A token's colour, following var(--other) as the browser does. */
function colour(theme: Record<string, string>, name: string): string {
  const value = theme[name]!;
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  return ref ? colour(theme, ref[1]!) : value;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('non-text contrast of the theme', () => {
  it('measures like WCAG: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#d32f2f', '#d32f2f')).toBe(1);
    // The dark help red a chart line once used: under 3:1 on the dark second surface.
    expect(contrast('#d32f2f', '#1a363b')).toBeLessThan(3);
  });

  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`${name}: chart lines and checked controls reach 3:1 on every surface`, () => {
      for (const mark of ['--chart-first', '--chart-second', '--accent']) {
        for (const surface of ['--bg', '--surface', '--surface-2']) {
          const ratio = contrast(colour(theme, mark), colour(theme, surface));
          expect(ratio, `${mark} on ${surface}: ${ratio.toFixed(2)}`).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }
});
