// Serves the production build (build/) on http://localhost:4173, as a static host would:
// prerendered screens by name, 200.html for any other path, the service worker never cached.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { headersFor } from './headers.js';

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
    // A path's own rule may say otherwise (/wiped: no-store); see the request handler below.
    if (res.hasHeader('Cache-Control')) return;
    if (pathname.startsWith('/_app/immutable/')) {
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    } else {
      // The service worker, the manifest and HTML must be revalidated so updates are found.
      res.setHeader('Cache-Control', 'no-cache');
    }
  },
});

const server = createServer((req, res) => {
  // The headers every host of the app sends (scripts/headers.js, also written to _headers),
  // by the path asked for: /wiped is served from wiped.html but carries its own rule.
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
  assets(req, res);
});
// PORT=0 takes any free port (the build tests do); the line below names the one taken.
server.listen(port, host, () => {
  const address = server.address();
  const taken = typeof address === 'object' && address ? address.port : port;
  console.log(`BLVD Companion is running on http://${host}:${taken}`);
});
