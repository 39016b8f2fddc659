// @ts-check
// `node scripts/together.js check lint`: runs those npm scripts side by side and prints each one's
// output whole when it ends, in the order given, so they never interleave. `npm test` uses it for
// the type check and the lint: each is one single-threaded process, so on CI's two cores together
// they take about as long as the longer one instead of both, which keeps CI under its 20 minutes.
// Exits non-zero when any of them fails.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @param {string} script @returns {Promise<{ script: string, code: number | null, output: string }>} */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ script, code, output }));
  });
}

const started = Date.now();
const results = await Promise.all(scripts.map(run));
for (const { script, code, output } of results) {
  console.log(
    `\n# npm run ${script}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`}\n${output}`,
  );
}
console.log(`\n# ${scripts.join(' + ')} together: ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
