// `npm run events:sync [-- --sources <file>] [-- --out <file>]`: reads every source in the
// config (src/lib/config/event-sources.json by default), writes the snapshot the app serves.
// The sync code is TypeScript shared with the app; Vite's loader runs it here.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { createServer } from 'vite';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: 'src/lib/config/event-sources.json' },
    out: { type: 'string', default: 'static/events/snapshot.json' },
  },
});

const require = createRequire(import.meta.url);
const { getTypesForLanguage } = require('@code4recovery/spec');
const en = getTypesForLanguage('en');
const es = getTypesForLanguage('es');

const server = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { syncEvents } = await server.ssrLoadModule('/src/lib/server/events-sync.ts');
  const { isSnapshot } = await server.ssrLoadModule('/src/lib/domain/events/snapshot.ts');
  const config = JSON.parse(readFileSync(values.sources, 'utf8'));
  let previous;
  try {
    const old = JSON.parse(readFileSync(values.out, 'utf8'));
    if (isSnapshot(old)) previous = old;
  } catch {
    // No previous snapshot: a first sync.
  }
  const { snapshot, lines } = await syncEvents({
    sources: config.sources,
    previous,
    now: new Date(),
    typeNames: (code) => (en[code] ? { en: en[code], es: es[code] ?? en[code] } : undefined),
  });
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, JSON.stringify(snapshot));
  for (const line of lines) console.log(line);
  console.log(
    `wrote ${values.out}: ${snapshot.events.length} events from ${snapshot.sources.length} sources`,
  );
  if (snapshot.sources.some((s) => s.error)) process.exitCode = 2;
} finally {
  await server.close();
}
