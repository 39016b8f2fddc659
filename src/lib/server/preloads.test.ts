import { describe, expect, it } from 'vitest';
import { completeModulePreloads, type ManifestChunk } from './preloads';

// The shape SvelteKit wrote for Events before this fix: the page's node statically imports the
// English messages, which the core also imports lazily, and SvelteKit left them out.
const manifest: Record<string, ManifestChunk> = {
  'entry.js': { file: '_app/immutable/entry/start.A.js', imports: ['_core.js'] },
  '_core.js': { file: '_app/immutable/chunks/core.B.js', imports: ['_runtime.js'] },
  '_runtime.js': { file: '_app/immutable/chunks/runtime.C.js' },
  'nodes/6.js': {
    file: '_app/immutable/nodes/6.D.js',
    imports: ['_runtime.js', '_core.js', '_messages.js', '_finder.js'],
  },
  '_messages.js': { file: '_app/immutable/chunks/messages.E.js', imports: ['_runtime.js'] },
  '_finder.js': { file: '_app/immutable/chunks/finder.F.js', imports: ['_dates.js'] },
  '_dates.js': { file: '_app/immutable/chunks/dates.G.js' },
  '_lazy.js': { file: '_app/immutable/chunks/lazy.H.js' },
};

const page = (prefix: string, files: string[]) =>
  [
    '<head><meta charset="utf-8">',
    ...files.map((f) => `<link href="${prefix}_app/immutable/${f}" rel="modulepreload">`),
    '<title>Events</title></head>',
  ].join('\n');

const preloads = (html: string) =>
  [...html.matchAll(/<link href="([^"]*)" rel="modulepreload">/g)].map(([, href]) => href ?? '');

describe('completeModulePreloads', () => {
  it('adds the static imports SvelteKit left out, once each, after its own links', () => {
    const html = page('./', [
      'entry/start.A.js',
      'chunks/core.B.js',
      'chunks/runtime.C.js',
      'nodes/6.D.js',
      'chunks/finder.F.js',
    ]);
    const done = completeModulePreloads(html, manifest);
    expect(preloads(done)).toEqual([
      './_app/immutable/entry/start.A.js',
      './_app/immutable/chunks/core.B.js',
      './_app/immutable/chunks/runtime.C.js',
      './_app/immutable/nodes/6.D.js',
      './_app/immutable/chunks/finder.F.js',
      './_app/immutable/chunks/dates.G.js',
      './_app/immutable/chunks/messages.E.js',
    ]);
    // Never a lazy import; the rest of the page untouched.
    expect(done).not.toContain('lazy.H.js');
    expect(done.endsWith('<title>Events</title></head>')).toBe(true);
  });

  it('keeps the page’s own relative prefix (a page one folder down)', () => {
    const done = completeModulePreloads(page('../', ['nodes/6.D.js']), manifest);
    expect(preloads(done)).toContain('../_app/immutable/chunks/messages.E.js');
    expect(preloads(done).every((href) => href.startsWith('../_app/'))).toBe(true);
  });

  it('changes nothing when the list is complete, or when there is none', () => {
    const complete = page('./', ['chunks/messages.E.js', 'chunks/runtime.C.js']);
    expect(completeModulePreloads(complete, manifest)).toBe(complete);
    const none = '<head><title>No scripts</title></head>';
    expect(completeModulePreloads(none, manifest)).toBe(none);
    expect(completeModulePreloads(page('./', ['nodes/6.D.js']), {})).toBe(
      page('./', ['nodes/6.D.js']),
    );
  });
});
