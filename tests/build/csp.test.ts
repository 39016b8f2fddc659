import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every prerendered screen's Content-Security-Policy, as its <meta> says it. */
function policies(): { file: string; policy: string }[] {
  return readdirSync('build', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.includes('wiped'))
    .map((file) => {
      const html = readFileSync(`build/${file}`, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
      return { file, policy: policy?.[1] ?? '' };
    });
}

describe('the pages’ Content-Security-Policy', () => {
  it('no page may compile WebAssembly or eval: Argon2id runs in its own worker', () => {
    const pages = policies();
    expect(pages.length).toBeGreaterThan(5);
    for (const { file, policy } of pages) {
      expect(policy, file).toContain("script-src 'self'");
      expect(policy, file).not.toMatch(/wasm-unsafe-eval|unsafe-eval/);
    }
  });

  it('the worker that hashes is a script of this origin (worker-src self), in the build', () => {
    const workers = readdirSync('build/_app/immutable/workers').filter((f) =>
      /^argon2\.worker-.*\.js$/.test(f),
    );
    expect(workers).toHaveLength(1);
    for (const { file, policy } of policies()) expect(policy, file).toContain("worker-src 'self'");
  });
});
