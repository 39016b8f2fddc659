import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allChunks, routeBundles } from '../../scripts/bundle-sizes.js';
import { WIPED_PATH } from '../../scripts/headers.js';

/** Every HTML file adapter-static wrote (the prerendered screens and the 200.html fallback). */
function prerenderedPages(dir = 'build'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_app' ? [] : prerenderedPages(path);
    // The wipe's last address (static/wiped.html, scripts/headers.js) is no screen.
    if (path === `build${WIPED_PATH}.html`) return [];
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

// Budgets on the production build: sizes are deterministic, so they are checked here rather than
// timed in a browser. `npm run bench` prints the same figures.
const KiB = 1024;
const BUDGET = {
  todayInitialJs: 70 * KiB,
  anyRouteInitialJs: 90 * KiB,
  anyRouteInitialCss: 15 * KiB,
  // Script files a screen asks for before it works: each is a request (a round trip on a phone
  // network over HTTP/1.1, six at a time). The start-up code every screen shares is one file,
  // with the small modules screens share (vite.config.ts). The most today: the progress report,
  // 15 (it brings the messages of Progress, My plan and the measures); Progress, 12.
  anyRouteInitialJsFiles: 16,
};

// A string from chart.js's core that survives minification: where it appears, chart.js is there.
const CHART_JS_MARKER = 'Canvas is already in use';

describe('bundle budgets', () => {
  const bundles = routeBundles();

  it('finds every screen in the build', () => {
    expect(bundles.map((b) => b.route).sort()).toEqual(
      [
        '/',
        '/check-in',
        '/check-in/history',
        '/check-in/tags',
        '/events',
        '/events/detail',
        '/progress',
        '/progress/report',
        '/schedule',
        '/schedule/import',
        '/schedule/session',
        '/settings',
        '/plan',
        '/plan/card',
        '/plan/tools/[tool]',
        '/measures',
        '/measures/[instrument]',
        '/measures/bam',
      ].sort(),
    );
  });

  it('keeps the initial JS of Today within 70 KiB gzip', () => {
    const today = bundles.find((b) => b.route === '/')!;
    expect(today.jsGzip).toBeGreaterThan(10 * KiB); // sanity: the measurement saw real code
    expect(today.jsGzip).toBeLessThanOrEqual(BUDGET.todayInitialJs);
  });

  it.each(bundles.map((b) => [b.route, b] as const))(
    '%s stays within the per-route budgets',
    (_route, bundle) => {
      expect(bundle.jsGzip).toBeLessThanOrEqual(BUDGET.anyRouteInitialJs);
      expect(bundle.cssGzip).toBeLessThanOrEqual(BUDGET.anyRouteInitialCss);
    },
  );

  it('gives every screen its shared start-up code as one file, not dozens of small ones', () => {
    const shared = bundles
      .map((b) => new Set(b.js))
      .reduce((common, files) => new Set([...common].filter((f) => files.has(f))));
    // SvelteKit's two entries, the root layout's node and the one core chunk (with the chunk
    // its own dynamic imports share, at most).
    expect(shared.size).toBeLessThanOrEqual(5);
    for (const bundle of bundles) {
      expect(bundle.js.length, bundle.route).toBeLessThanOrEqual(BUDGET.anyRouteInitialJsFiles);
    }
  });

  it('draws every prerendered page without asking for a stylesheet first', () => {
    const pages = prerenderedPages();
    expect(pages.length).toBeGreaterThanOrEqual(bundles.length);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).toMatch(/<style[\s>]/); // sanity: the styles are there, inline
      // SvelteKit keeps a disabled link beside each inlined sheet (for client navigation); an
      // enabled one is a request the first paint waits for.
      const blocking = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
        .map(([tag]) => tag)
        .filter((tag) => !/\sdisabled[\s>]/.test(tag));
      expect(blocking, page).toEqual([]);
    }
  });

  it('has each prerendered page carry its icon instead of asking for it', () => {
    // Asked for at once, the icon would share a phone's few connections with the app's code.
    const pages = prerenderedPages();
    for (const page of pages) {
      const icons = [...readFileSync(page, 'utf8').matchAll(/<link rel="icon" href="([^"]*)"/g)];
      expect(icons.map(([, href]) => href!.slice(0, 19)), page).toEqual(['data:image/svg+xml,']);
    }
    expect(pages.length).toBeGreaterThan(10);
  });

  it('paints each prerendered page whole: the first paint waits for the page’s last element', () => {
    // A slow phone may paint what it has parsed so far: half a header, a bottom bar without its
    // items, which then move when the rest arrives (a layout shift, seen in Lighthouse on Today).
    const pages = prerenderedPages();
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const expected = /<link rel="expect" href="#([\w-]+)" blocking="render"/.exec(html)?.[1];
      expect(expected, page).toBeDefined();
      const lastElement = /<(\w+)\b[^>]*>(?:<\/\1>)?\s*<\/body>/.exec(html)?.[0] ?? '';
      expect(lastElement, page).toContain(`id="${expected}"`);
    }
    expect(pages.length).toBeGreaterThan(10);
  });

  it('has every prerendered screen ask at once for every script file it needs to start', () => {
    const checked = bundles.flatMap((bundle) => {
      const page = bundle.route === '/' ? 'build/index.html' : `build${bundle.route}.html`;
      if (bundle.route.includes('[')) return [];
      const html = readFileSync(page, 'utf8');
      const preloaded = [...html.matchAll(/<link href="(?:\.\.?\/)+([^"]*)" rel="modulepreload">/g)]
        .map(([, file]) => file);
      // A file left out is found only once the page's own code has arrived: a round trip more.
      expect(bundle.js.filter((file) => !preloaded.includes(file)), page).toEqual([]);
      return [page];
    });
    expect(checked.length).toBeGreaterThan(10);
  });

  it('keeps My plan out of Today’s first load (its chunk comes with the plan or help)', () => {
    const planChunks = allChunks()
      .filter((c) => c.text.includes('plan.error.tooManyPeople'))
      .map((c) => c.file);
    expect(planChunks.length).toBeGreaterThan(0);
    const today = bundles.find((b) => b.route === '/')!;
    expect(today.js.filter((f) => planChunks.includes(f))).toEqual([]);
  });

  it('never puts chart.js in an initial bundle', () => {
    const withChart = new Set(
      allChunks()
        .filter((c) => c.text.includes(CHART_JS_MARKER))
        .map((c) => c.file),
    );
    for (const bundle of bundles) {
      expect(bundle.js.filter((f) => withChart.has(f)), bundle.route).toEqual([]);
    }
  });

  it('finds chart.js in the build at all (so the check above can fail)', () => {
    expect(allChunks().some((c) => c.text.includes(CHART_JS_MARKER))).toBe(true);
  });

  it('loads workbox-window on demand, not before first paint', () => {
    const workbox = allChunks().filter((c) => c.text.includes('SKIP_WAITING'));
    expect(workbox.length).toBeGreaterThan(0);
    for (const bundle of bundles) {
      expect(bundle.js.filter((f) => workbox.some((w) => w.file === f))).toEqual([]);
    }
  });
});
