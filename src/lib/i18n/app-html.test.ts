import { describe, expect, it } from 'vitest';
import { LOCKED_TITLE } from '$lib/boot/first-script.js';
import { shell as en } from './en/shell';
import { shell as es } from './es/shell';

// app.html's first script (src/lib/boot) runs before any catalog is loaded, so it writes the
// locked title itself.
describe("app.html's locked title", () => {
  it('is the catalog’s, in both languages', () => {
    expect(LOCKED_TITLE).toEqual({
      en: en['lock.screen.documentTitle'],
      es: es['lock.screen.documentTitle'],
    });
  });
});
