// `npm run lighthouse [path]`: Lighthouse 12 (mobile) on the production build, default Today.
// Fetches Lighthouse with npx on first use (it is large and not needed by the tests).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.js';

const port = 4190;
const path = process.argv[2] ?? '/';
const server = spawn('node', ['scripts/serve.js'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 800));

const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
try {
  execFileSync(
    'npx',
    [
      '--yes',
      'lighthouse@12.8',
      `http://localhost:${port}${path}`,
      '--form-factor=mobile',
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-path=${findChromium()}`,
      `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  for (const [id, category] of Object.entries(report.categories)) {
    console.log(`${id.padEnd(16)} ${Math.round(category.score * 100)}`);
  }
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ]) {
    console.log(`${id.padEnd(26)} ${report.audits[id].displayValue}`);
  }
} finally {
  server.kill();
  console.log(`report: ${out}`);
}
