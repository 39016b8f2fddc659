// `npm run events:sync [-- --sources <file>] [-- --out <dir>] [-- --now <ISO time>]`: reads every source in the config
// (src/lib/config/event-sources.json by default), prints a table per source, and writes the
// files the app serves (static/events/index.json and its content-hashed parts). A source that
// fails keeps its meetings from the previous snapshot. Exits 1 only when nothing could be
// written (no source answered and there was nothing to keep).
// A source of kind `program` (the center's own schedule, iCalendar) is written to program.json; a
// broken one fails the run (exit 1) and the last good program stays.
// The sync code is TypeScript shared with the app; Vite's loader runs it here.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { ssrLoader } from './ssr-loader.js';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: 'src/lib/config/event-sources.json' },
    out: { type: 'string', default: 'static/events' },
    // The moment one-off events are expanded from: a snapshot the tests pin their clock to is
    // rebuilt with the same moment (the repository's example and fixture snapshots).
    now: { type: 'string' },
  },
});
const now = values.now ? new Date(values.now) : new Date();
if (Number.isNaN(now.getTime())) throw new Error(`--now is not a time: ${values.now}`);

const require = createRequire(import.meta.url);
const { getTypesForLanguage } = require('@code4recovery/spec');
const en = getTypesForLanguage('en');
const es = getTypesForLanguage('es');

const server = await ssrLoader({ watch: null });
// Files are written after the Vite server has closed: a new file under static/ seen by a server
// on its way down makes it throw.
/** @type {(() => void)[]} */
const writes = [];
try {
  const { syncEvents } = await server.ssrLoadModule('/src/lib/server/events-sync.ts');
  const { snapshotFiles, writeSnapshotFiles, readSnapshotFiles } = await server.ssrLoadModule(
    '/src/lib/server/events-publish.ts',
  );
  const { syncProgram, readProgramFile, writeProgramFile } = await server.ssrLoadModule(
    '/src/lib/server/program-sync.ts',
  );
  const config = JSON.parse(readFileSync(values.sources, 'utf8'));
  const previous = readSnapshotFiles(values.out);
  const started = performance.now();
  const { snapshot, lines } = await syncEvents({
    sources: config.sources,
    previous,
    now,
    typeNames: (/** @type {string} */ code) =>
      en[code] ? { en: en[code], es: es[code] ?? en[code] } : undefined,
  });
  for (const line of lines) console.log(line);
  if (snapshot.events.length === 0) {
    console.error(`No meetings from any source: ${values.out} left as it was.`);
    process.exitCode = 1;
  } else {
    const files = snapshotFiles(snapshot);
    writes.push(() => writeSnapshotFiles(values.out, files));
    const failed = snapshot.sources.filter((/** @type {{error?: string}} */ s) => s.error).length;
    console.log(
      `wrote ${values.out}/index.json: ${snapshot.events.length} meetings and events from ` +
        `${snapshot.sources.length} sources (${failed} failed, kept their previous meetings) ` +
        `in ${files.files.length} part(s), ${Math.round(performance.now() - started)} ms`,
    );
  }
  // The center's own program, if the sources name one: written beside the meetings.
  for (const source of config.sources.filter(
    (/** @type {{kind: string}} */ s) => s.kind === 'program',
  )) {
    const result = await syncProgram(source, {
      previous: readProgramFile(values.out),
      now,
    });
    for (const line of result.lines) console.log(line);
    if (result.error) process.exitCode = 1;
    else if (result.isChanged) writes.push(() => writeProgramFile(values.out, result.program));
  }
} finally {
  await server.close();
}
for (const write of writes) write();
