// @ts-check
// The HTTP headers the app's host sends, in one table: scripts/serve.js sends them, and
// static/_headers (Netlify and Cloudflare Pages read it) is written from it
// (`node scripts/headers.js --write`); a build test fails when the two differ.
import { writeFileSync } from 'node:fs';

/** Where "Delete all my data" ends: the browser clears what the origin keeps (see erase.ts). */
export const WIPED_PATH = '/wiped';

/**
 * Path rules as a `_headers` file writes them: `/*` is every path, any other an exact path.
 * Cache-Control stays out of `/*`: hosts join the values of every rule a path matches.
 * @type {{ path: string, why: string, headers: Record<string, string> }[]}
 */
export const headerRules = [
  {
    path: '/*',
    why: 'What a <meta> CSP cannot say: never framed; no camera; the microphone (the voice message to myself) and location only for this origin; no referrer, no sniffing.',
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "frame-ancestors 'none'",
      'Permissions-Policy': 'camera=(), microphone=(self), geolocation=(self)',
      'Referrer-Policy': 'no-referrer',
    },
  },
  {
    path: WIPED_PATH,
    why: 'The last request of "Delete all my data": the browser deletes the storage and caches of this origin (never "executionContexts", which would reload the page).',
    headers: {
      'Clear-Site-Data': '"cache", "storage"',
      'Cache-Control': 'no-store',
    },
  },
];

/**
 * Every header for a request's path, in table order (a later rule wins for the same name).
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(pathname) {
  /** @type {Record<string, string>} */
  const found = {};
  for (const rule of headerRules) {
    if (rule.path === '/*' || rule.path === pathname) Object.assign(found, rule.headers);
  }
  return found;
}

/** The table as a `_headers` file. */
export function headersFile() {
  const blocks = headerRules.map(
    ({ path, why, headers }) =>
      `# ${why}\n${path}\n${Object.entries(headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}\n`,
  );
  return `# Written by scripts/headers.js (node scripts/headers.js --write): edit the table there.\n\n${blocks.join('\n')}`;
}

if (process.argv[1] === new URL(import.meta.url).pathname && process.argv.includes('--write')) {
  writeFileSync(new URL('../static/_headers', import.meta.url), headersFile());
  console.log('static/_headers written.');
}
