import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { center } from '$lib/config/center';
import { welcome as enWelcome } from './en/welcome';
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

// The welcome splash (app.html, shown while a new phone's Today waits for the welcome) is static
// English: it must say what the app's header and the welcome's heading will.
describe("app.html's welcome splash", () => {
  it('says the app’s name and the English welcome heading', () => {
    const html = readFileSync('src/app.html', 'utf8');
    expect(html).toContain(`<div class="boot-splash-bar">${center.appName}</div>`);
    expect(html).toContain(`<div class="boot-splash-title">${enWelcome['welcome.title']}</div>`);
  });
});
