// @ts-check
// Bundle sizes per route, read from the production build (`npm run build` first).
import { kib, lazyChunkGzip, routeBundles } from '../scripts/bundle-sizes.js';

/** @returns {Promise<import('./run.js').Row[]>} */
export async function rows() {
  /** @type {import('./run.js').Row[]} */
  const out = [];
  for (const b of routeBundles()) {
    out.push({
      group: 'bundle',
      name: `initial JS ${b.route}`,
      value: kib(b.jsGzip),
      unit: 'KiB gz',
    });
    out.push({
      group: 'bundle',
      name: `initial CSS ${b.route}`,
      value: kib(b.cssGzip),
      unit: 'KiB gz',
    });
  }
  for (const [name, source] of [
    ['lazy: data layer (Dexie + schema)', 'src/lib/db/companion-db.ts'],
    ['lazy: Spanish messages', 'src/lib/i18n/es.ts'],
    ['lazy: workbox-window', 'node_modules/workbox-window/build/workbox-window.prod.es5.mjs'],
  ]) {
    out.push({ group: 'bundle', name, value: kib(lazyChunkGzip(source)), unit: 'KiB gz' });
  }
  return out;
}
