// @ts-check
// Reads the production build and works out, per route, what the browser must load before the
// screen can show: SvelteKit's two entries, the root layout, the route's page node, and
// everything they import statically. Dynamic imports (Dexie, other languages, workbox-window,
// chart.js) load after first paint and are reported on their own. Sizes are gzip level 9, so they are deterministic.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const OUTPUT = new URL('../.svelte-kit/output/client/', import.meta.url);
const GENERATED = new URL('../.svelte-kit/generated/client-optimized/', import.meta.url);

/**
 * @typedef {{ file: string, imports?: string[], dynamicImports?: string[], css?: string[], isEntry?: boolean, src?: string }} Chunk
 * @typedef {{ route: string, js: string[], css: string[], jsBytes: number, jsGzip: number, cssBytes: number, cssGzip: number }} RouteBundle
 */

/** @returns {Record<string, Chunk>} */
function readManifest() {
  try {
    return JSON.parse(readFileSync(new URL('.vite/manifest.json', OUTPUT), 'utf8'));
  } catch {
    throw new Error('No build output found: run `npm run build` first.');
  }
}

/** @param {string} file */
export function gzipSize(file) {
  return gzipSync(readFileSync(new URL(file, OUTPUT)), { level: 9 }).length;
}

/** @param {string} file */
function rawSize(file) {
  return readFileSync(new URL(file, OUTPUT)).length;
}

// Screens whose +page.ts awaits an area of messages before rendering: that chunk is part of
// what the screen needs before it shows, so it counts as initial JS.
const RENDER_BLOCKING_MESSAGES = {
  '/progress': ['progress'],
  '/progress/report': ['progress', 'plan'],
  '/events': ['events'],
  '/events/detail': ['events'],
  '/schedule': ['center'],
  '/settings': ['data', 'center'],
  '/plan': ['plan'],
  '/plan/card': ['plan'],
  '/plan/tools/[tool]': ['plan'],
};

/** Route path -> node ids, from SvelteKit's generated client app. */
function readDictionary() {
  const app = readFileSync(new URL('app.js', GENERATED), 'utf8');
  /** @type {Record<string, number[]>} */
  const routes = {};
  for (const match of app.matchAll(/"(\/[^"]*)":\s*\[([^\]]*)\]/g)) {
    const ids = (match[2] ?? '')
      .split(',')
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n) && n >= 0);
    routes[/** @type {string} */ (match[1])] = ids;
  }
  return routes;
}

/** @returns {RouteBundle[]} */
export function routeBundles() {
  const manifest = readManifest();
  const entries = Object.entries(manifest);
  const keyOf = (/** @type {(k: string, c: Chunk) => boolean} */ test) => {
    const found = entries.find(([k, c]) => test(k, c));
    if (!found) throw new Error('Unexpected build manifest: an entry is missing.');
    return found[0];
  };
  const start = keyOf((k) => k.endsWith('@sveltejs/kit/src/runtime/client/entry.js'));
  const app = keyOf((k) => k.endsWith('client-optimized/app.js'));

  return Object.entries(readDictionary()).map(([route, nodes]) => {
    /** @type {Set<string>} */
    const seen = new Set();
    /** @param {string} key */
    const visit = (key) => {
      if (seen.has(key) || !manifest[key]) return;
      seen.add(key);
      for (const dep of manifest[key].imports ?? []) visit(dep);
    };
    const messages = /** @type {Record<string, string[]>} */ (RENDER_BLOCKING_MESSAGES)[route];
    for (const area of messages ?? []) visit(`src/lib/i18n/en/${area}.ts`);
    for (const key of [
      start,
      app,
      ...[0, ...nodes].map((n) => keyOf((k) => k.endsWith(`client-optimized/nodes/${n}.js`))),
    ]) {
      visit(key);
    }
    const js = [...seen].map((k) => /** @type {Chunk} */ (manifest[k]).file).sort();
    const css = [...new Set([...seen].flatMap((k) => manifest[k]?.css ?? []))].sort();
    const sum = (/** @type {string[]} */ files, /** @type {(f: string) => number} */ size) =>
      files.reduce((total, f) => total + size(f), 0);
    return {
      route,
      js,
      css,
      jsBytes: sum(js, rawSize),
      jsGzip: sum(js, gzipSize),
      cssBytes: sum(css, rawSize),
      cssGzip: sum(css, gzipSize),
    };
  });
}

/**
 * JS that loads on demand after first paint, by source module, with its own static imports
 * that the route has not already loaded.
 * @param {string} source  manifest key, e.g. 'src/lib/db/companion-db.ts'
 */
export function lazyChunkGzip(source) {
  const manifest = readManifest();
  const shared = new Set(routeBundles().flatMap((b) => b.js));
  /** @type {Set<string>} */
  const seen = new Set();
  const visit = (/** @type {string} */ key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file) || shared.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  // A checkout whose node_modules is a link (a git worktree sharing another's) names packages by
  // the link's target ("../main/node_modules/..."): the same file, found by its package path.
  const key =
    source in manifest || !source.startsWith('node_modules/')
      ? source
      : (Object.keys(manifest).find((k) => k.endsWith(`/${source}`)) ?? source);
  visit(key);
  if (seen.size === 0) throw new Error(`No lazy chunk for ${source} in the build.`);
  return [...seen].reduce((total, file) => total + gzipSize(file), 0);
}

/** Every built JS chunk, with its text, for content checks. */
export function allChunks() {
  return Object.values(readManifest())
    .filter((c) => c.file.endsWith('.js'))
    .map((c) => ({ file: c.file, text: readFileSync(new URL(c.file, OUTPUT), 'utf8') }));
}

export const kib = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
