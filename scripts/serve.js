// Serves the production build (build/) on http://localhost:4173, as a static host would:
// prerendered screens by name, 200.html for any other path, the service worker never cached.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';

// ROOT serves another copy of the build (the benches publish 10,000 meetings into one).
const root = process.env.ROOT ?? new URL('../build', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? 'localhost';

if (!existsSync(`${root}/200.html`)) {
  console.error('No build found in build/. Run `npm run build` first (or `npm start`).');
  process.exit(1);
}

const assets = sirv(root, {
  single: '200.html',
  extensions: ['html'],
  etag: true,
  gzip: true,
  brotli: true,
  setHeaders(res, pathname) {
    if (pathname.startsWith('/_app/immutable/')) {
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    } else {
      // The service worker, the manifest and HTML must be revalidated so updates are found.
      res.setHeader('Cache-Control', 'no-cache');
    }
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // What a <meta> CSP cannot say: never framed; no camera or microphone; location only here.
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(self)');
    res.setHeader('Referrer-Policy', 'no-referrer');
  },
});

createServer((req, res) => assets(req, res)).listen(port, host, () => {
  console.log(`BLVD Companion is running on http://${host}:${port}`);
});
