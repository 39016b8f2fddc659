// `npm run release:check`: fails (exit 1) while the build would ship example meetings, meetings
// older than 7 days, or the center's placeholder phone number; warns about sources not yet
// confirmed with their publishers. Run by the daily workflow before it publishes.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ssrLoader } from './ssr-loader.js';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: 'src/lib/config/event-sources.json' },
    dir: { type: 'string', default: 'static/events' },
  },
});

const server = await ssrLoader();
try {
  const { checkRelease } = await server.ssrLoadModule('/src/lib/server/release-check.ts');
  const { isEventsIndex } = await server.ssrLoadModule('/src/lib/domain/events/snapshot.ts');
  const { center } = await server.ssrLoadModule('/src/lib/config/center.ts');
  const { isPhq9WordingConfirmed, isGad7WordingConfirmed } = await server.ssrLoadModule(
    '/src/lib/domain/measures/instruments.ts',
  );
  let index;
  try {
    const parsed = JSON.parse(readFileSync(`${values.dir}/index.json`, 'utf8'));
    if (isEventsIndex(parsed)) index = parsed;
  } catch {
    // Missing or unreadable: reported as no snapshot.
  }
  const missingParts = (index?.parts ?? [])
    .map((/** @type {{url: string}} */ part) => part.url)
    .filter(
      (/** @type {string} */ url) => !existsSync(`${values.dir}/${url.replace('/events/', '')}`),
    );
  const { sources } = JSON.parse(readFileSync(values.sources, 'utf8'));
  let program;
  try {
    const parsed = JSON.parse(readFileSync(`${values.dir}/program.json`, 'utf8'));
    program = { isExample: parsed.isExample === true };
  } catch {
    // No center program published: the app simply offers none.
  }
  const { problems, warnings } = checkRelease({
    index,
    missingParts,
    program,
    unconfirmedMeasures: [
      ...(isPhq9WordingConfirmed ? [] : ['PHQ-9']),
      ...(isGad7WordingConfirmed ? [] : ['GAD-7']),
    ],
    sources,
    center,
    now: new Date(),
  });
  for (const warning of warnings) console.log(`warning: ${warning}`);
  for (const problem of problems) console.error(`NOT READY: ${problem}`);
  if (problems.length) process.exitCode = 1;
  else console.log('Ready to release: real meetings, fresh, and the center’s own numbers.');
} finally {
  await server.close();
}
