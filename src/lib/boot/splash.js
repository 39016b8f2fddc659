// @ts-check
// The welcome splash (app.html, see boot:splash there): what a new phone's Today paints from the
// HTML itself while it waits for the welcome, in the language the first script chose. It is a
// picture of the welcome's first step, drawn where the welcome will draw it, so the largest
// thing on the first screen (the welcome's intro) is painted before the app's script has run,
// and the welcome then takes its place with nothing moving. Never the app's: never hydrated,
// hidden from screen readers (the welcome's own heading takes focus when it comes), nothing in
// it focusable. A tap on one of its controls is kept (first-script.js) and done by the welcome
// once drawn (Welcome.svelte). Its words are the catalogs' (src/lib/i18n/app-html.test.ts).

/** The app's name in the splash's bar (center.appName). */
export const SPLASH_APP_NAME = 'BLVD Companion';

/** How many steps the welcome shows where the center publishes its program (WELCOME_STEPS). */
export const SPLASH_STEP_COUNT = 6;

/** The catalogs' words the splash says, per language (the welcome's first step). */
export const SPLASH_WORDS = Object.freeze({
  en: Object.freeze({
    title: 'Welcome',
    skip: 'Skip for now',
    intro:
      'A few questions to set the app up for you. Every one is optional, and you can change each answer later in Settings.',
    step: 'Step 1 of 6',
    languageTitle: 'Your language',
    languageIntro: 'The app speaks English and Spanish.',
    languageLabel: 'App language',
    next: 'Next',
  }),
  es: Object.freeze({
    title: 'Bienvenida',
    skip: 'Omitir por ahora',
    intro:
      'Unas preguntas para preparar la aplicación para usted. Todas son opcionales, y puede cambiar cada respuesta más tarde en Ajustes.',
    step: 'Paso 1 de 6',
    languageTitle: 'Su idioma',
    languageIntro: 'La aplicación está en inglés y en español.',
    languageLabel: 'Idioma de la aplicación',
    next: 'Siguiente',
  }),
});

/** Each language named in its own, as the welcome's language choice names it. */
export const SPLASH_LANGUAGE_NAMES = Object.freeze({ en: 'English', es: 'Español' });

/** @param {string} text */
function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The splash's HTML: the bar, then the welcome's first step once per language (app.html's style
 * shows the one data-splash names). data-splash-tap names what a tap on it does.
 */
export function splashHtml() {
  const names = /** @type {const} */ (['en', 'es']);
  const steps = names.map((language) => {
    const words = SPLASH_WORDS[language];
    const choices = names
      .map(
        (option) =>
          `<label class="boot-splash-choice" data-splash-tap="lang-${option}"><input type="radio" tabindex="-1" name="boot-splash-${language}"${option === language ? ' checked' : ''} /><span lang="${option}">${escape(SPLASH_LANGUAGE_NAMES[option])}</span></label>`,
      )
      .join('');
    return [
      `<div class="boot-splash-main" lang="${language}">`,
      `<div class="boot-splash-top"><div class="boot-splash-title">${escape(words.title)}</div><span class="button secondary" data-splash-tap="skip">${escape(words.skip)}</span></div>`,
      `<p class="boot-splash-intro">${escape(words.intro)}</p>`,
      `<div class="card boot-splash-step"><p class="muted boot-splash-count">${escape(words.step)}</p><div class="boot-splash-heading">${escape(words.languageTitle)}</div><p>${escape(words.languageIntro)}</p><fieldset><legend>${escape(words.languageLabel)}</legend>${choices}</fieldset></div>`,
      `<div class="boot-splash-moves"><span class="button" data-splash-tap="next">${escape(words.next)}</span></div>`,
      `</div>`,
    ].join('');
  });
  return `<div class="boot-splash" aria-hidden="true"><div class="boot-splash-bar">${escape(SPLASH_APP_NAME)}</div>${steps.join('')}</div>`;
}
