import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shell as en } from './en/shell';
import { shell as es } from './es/shell';

// app.html's first script runs before any catalog is loaded, so it writes the locked title itself.
const appHtml = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');

describe("app.html's locked title", () => {
  it('is the catalog’s, in both languages', () => {
    const title = /document\.title = language === 'es' \? '([^']*)' : '([^']*)';/.exec(appHtml);
    expect(title?.slice(1)).toEqual([
      es['lock.screen.documentTitle'],
      en['lock.screen.documentTitle'],
    ]);
  });
});
