import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { center } from '$lib/config/center';
import { welcome as enWelcome } from './en/welcome';
import { LOCKED_TITLE } from '$lib/boot/first-script.js';
import { shell as en } from './en/shell';
import { shell as es } from './es/shell';
import { en as enCore } from './en';
import { es as esCore } from './es';
import { data as enData } from './en/data';
import { data as esData } from './es/data';
import { welcome as esWelcome } from './es/welcome';
import { renderAppHtml } from '$lib/boot/app-html.js';
import { SPLASH_APP_NAME, SPLASH_LANGUAGE_NAMES, SPLASH_WORDS } from '$lib/boot/splash.js';
import { welcomeSteps } from '$lib/domain/welcome';

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

// The welcome splash (app.html, src/lib/boot/splash.js: shown while a new phone's Today waits for
// the welcome) pictures the welcome's first step before any catalog is loaded: it must say what
// the app's header and the welcome will, in both languages.
describe("app.html's welcome splash", () => {
  const catalogs = {
    en: { ...enCore, ...en, ...enWelcome, ...enData },
    es: { ...esCore, ...es, ...esWelcome, ...esData },
  } as const;

  it.each(['en', 'es'] as const)('says the welcome’s first step in %s, as its catalog', (lang) => {
    const words = catalogs[lang];
    expect(SPLASH_WORDS[lang]).toEqual({
      title: words['welcome.title'],
      skip: words['welcome.skip'],
      intro: words['welcome.intro'],
      step: String(words['welcome.step'])
        .replace('{step}', '1')
        .replace('{count}', String(welcomeSteps(true).length)),
      languageTitle: words['welcome.language.title'],
      languageIntro: words['welcome.language.intro'],
      languageLabel: words['settings.language.label'],
      next: words['welcome.next'],
    });
    expect(SPLASH_LANGUAGE_NAMES).toEqual({ en: words['lang.en'], es: words['lang.es'] });
  });

  it('names the app as the header does, and is put into app.html once', () => {
    expect(SPLASH_APP_NAME).toBe(center.appName);
    const html = renderAppHtml(readFileSync('src/app.html', 'utf8'));
    expect(html.split('class="boot-splash"')).toHaveLength(2);
    expect(html).toContain(`<div class="boot-splash-bar">${center.appName}</div>`);
    for (const lang of ['en', 'es'] as const) {
      expect(html).toContain(`<p class="boot-splash-intro">${SPLASH_WORDS[lang].intro}</p>`);
    }
  });
});
