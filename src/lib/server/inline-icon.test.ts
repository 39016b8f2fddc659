import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineIcon } from './inline-icon';

const svg = readFileSync(new URL('../../../static/favicon.svg', import.meta.url), 'utf8');

describe('inlineIcon', () => {
  it('replaces the icon link with the icon itself, which decodes to the same drawing', () => {
    const html = '<head>\n<link rel="icon" href="./favicon.svg" type="image/svg+xml" />\n</head>';
    const done = inlineIcon(html, svg);
    const href = /<link rel="icon" href="([^"]*)"/.exec(done)?.[1] ?? '';
    expect(href.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(href.slice('data:image/svg+xml,'.length))).toBe(svg.trim());
    // Nothing in it can end the attribute early.
    expect(href).not.toMatch(/["<>\s]/);
    expect(done).not.toContain('favicon.svg');
  });

  it('leaves a page without that link as it was', () => {
    const html = '<head><link rel="icon" href="/other.png" type="image/png" /></head>';
    expect(inlineIcon(html, svg)).toBe(html);
  });
});
