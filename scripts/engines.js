// @ts-check
// `npm run test:engines`: the journeys in WebKit and in Firefox (tests/engines), the two engines
// side by side, each in a process of its own (its own server, browsers and display): one waits
// on its browser most of the time, so together they take little more than the longer one, which
// keeps CI well under its 20 minutes. Each engine's report is printed whole when it ends, WebKit
// first, so the two never interleave. ENGINES=webkit (or firefox) runs one alone.
import { spawn } from 'node:child_process';

const engines = process.env.ENGINES?.split(',') ?? ['webkit', 'firefox'];

/** @param {string} engine @returns {Promise<{ engine: string, code: number | null, output: string }>} */
function run(engine) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--test', '--test-reporter=spec', '--test-concurrency=1', 'tests/engines/'],
      { env: { ...process.env, ENGINES: engine }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ engine, code, output }));
  });
}

const results = await Promise.all(engines.map(run));
for (const { engine, code, output } of results) {
  console.log(`\n# ${engine}: ${code === 0 ? 'passed' : 'FAILED'}\n${output}`);
}
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
