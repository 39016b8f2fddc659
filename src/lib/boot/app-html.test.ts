import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstScriptSource, inlineScriptHashes, renderAppHtml } from './app-html.js';
import { chooseLanguage, firstScript, mayHaveRecords, mustWait } from './first-script.js';

const template = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');

describe('app.html rendered with boot’s scripts', () => {
  const html = renderAppHtml(template);
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, s]) => s);

  it('has exactly boot’s two scripts and no other inline code', () => {
    expect(scripts).toHaveLength(2);
    expect(html).not.toContain('<!-- boot:');
  });

  it('runs the very functions the app imports (their source, not a copy)', () => {
    const first = scripts[0]!;
    expect(first).toBe(firstScriptSource());
    for (const used of [firstScript, chooseLanguage, mayHaveRecords, mustWait]) {
      expect(first).toContain(String(used));
    }
    // It parses as a script.
    expect(() => new Function(first)).not.toThrow();
  });

  it('hashes each inline script as CSP needs it', () => {
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });

  it('refuses a template without its place for a script', () => {
    expect(() => renderAppHtml(template.replace('<!-- boot:first-script -->', ''))).toThrow();
  });
});
