import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The scripts' text as svelte.config.js makes it: the module loaded by Node itself (this test
// runner would transform its source first, and a function's source is what goes in the page).
const [first, last] = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { firstScriptSource, pageEndScriptSource } from './src/lib/boot/app-html.js';
       process.stdout.write(JSON.stringify([firstScriptSource(), pageEndScriptSource()]));`,
    ],
    { encoding: 'utf8' },
  ),
) as [string, string];
const firstScriptSource = () => first;
const pageEndScriptSource = () => last;

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Every page of the build: its inline scripts and its Content-Security-Policy. */
const pages = readdirSync('build', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.includes('wiped'))
  .map((file) => {
    const html = readFileSync(`build/${file}`, 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
    // Scripts that run (data in <script type="application/json"> is not code).
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      ([, script]) => script ?? '',
    );
    return { file, html, policy: policy?.[1] ?? '', scripts };
  });

describe('app.html’s scripts in the build (src/lib/boot)', () => {
  it('every page runs boot’s first and last scripts, exactly as the module’s source says', () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const { file, scripts } of pages) {
      expect(scripts[0], file).toBe(firstScriptSource());
      expect(scripts.at(-1), file).toBe(pageEndScriptSource());
    }
  });

  it('every page’s policy allows them by hash (and every other inline script it has)', () => {
    for (const { file, policy, scripts } of pages) {
      const sources = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(sources, file).toContain(sha(firstScriptSource()));
      expect(sources, file).toContain(sha(pageEndScriptSource()));
      for (const script of scripts) expect(sources, file).toContain(sha(script));
    }
  });

  it('the first script comes before anything of the app (it decides what may show)', () => {
    for (const { file, html } of pages) {
      const first = html.indexOf(firstScriptSource());
      expect(first, file).toBeGreaterThan(0);
      const preload = html.indexOf('rel="modulepreload"');
      if (preload !== -1) expect(preload, file).toBeGreaterThan(first);
    }
  });
});
