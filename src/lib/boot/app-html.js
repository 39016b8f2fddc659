// @ts-check
// app.html is a template: where it says <!-- boot:first-script --> and <!-- boot:page-end-script -->,
// the build puts the functions of first-script.js, as their source, called with what they need;
// where it says <!-- boot:splash -->, the welcome splash (splash.js).
// svelte.config.js renders it (SvelteKit's appTemplate) and allows each inline script by its hash,
// so the page runs exactly the code the app's own modules import, and nothing else inline.
import { createHash } from 'node:crypto';
import {
  KEYS,
  LOCKED_TITLE,
  chooseLanguage,
  firstScript,
  mayHaveRecords,
  mustWait,
  pageEndScript,
  showsSplash,
} from './first-script.js';
import { splashHtml } from './splash.js';

/** The first script's text: firstScript called with the functions and words it shares. */
export function firstScriptSource() {
  const boot = [
    `chooseLanguage: ${chooseLanguage}`,
    `mayHaveRecords: ${mayHaveRecords}`,
    `mustWait: ${mustWait}`,
    `showsSplash: ${showsSplash}`,
    `keys: ${JSON.stringify(KEYS)}`,
    `lockedTitle: ${JSON.stringify(LOCKED_TITLE)}`,
  ];
  return `(${firstScript})({\n${boot.join(',\n')}\n});`;
}

/** The page's last script's text. */
export function pageEndScriptSource() {
  return `(${pageEndScript})();`;
}

/** @param {string} template the text of src/app.html */
export function renderAppHtml(template) {
  /** @type {[string, string][]} */
  const parts = [
    ['<!-- boot:first-script -->', firstScriptSource()],
    ['<!-- boot:page-end-script -->', pageEndScriptSource()],
  ];
  let html = template;
  for (const [mark, script] of parts) {
    if (html.split(mark).length !== 2) throw new Error(`app.html must say ${mark} once`);
    html = html.replace(mark, () => `<script>${script}</script>`);
  }
  const splash = '<!-- boot:splash -->';
  if (html.split(splash).length !== 2) throw new Error(`app.html must say ${splash} once`);
  return html.replace(splash, () => splashHtml());
}

/** The CSP source of every inline script of a page: its sha256. @param {string} html */
export function inlineScriptHashes(html) {
  return [...html.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)].map(
    ([, script]) =>
      `sha256-${createHash('sha256')
        .update(script ?? '')
        .digest('base64')}`,
  );
}
