// `npm run lighthouse [path ...]`: Lighthouse 12 (mobile) on the production build, a row per
// screen: Today, Check-in, Schedule, Progress, Events and Settings unless paths are given.
// Fetches Lighthouse with npx on first use (it is large and not needed by the tests).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.js';

const port = 4190;
const SCREENS = ['/', '/check-in', '/schedule', '/progress', '/events', '/settings'];
const paths = process.argv.length > 2 ? process.argv.slice(2) : SCREENS;
const server = spawn('node', ['scripts/serve.js'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 800));

const dir = mkdtempSync(join(tmpdir(), 'lh-'));
const rows = [];
try {
  for (const [i, path] of paths.entries()) {
    const out = join(dir, `report-${i}.json`);
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
    const score = (id) => Math.round(report.categories[id].score * 100);
    const audit = (id) => report.audits[id].displayValue;
    rows.push([
      path,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      audit('first-contentful-paint'),
      audit('largest-contentful-paint'),
      audit('total-blocking-time'),
      audit('cumulative-layout-shift'),
    ]);
  }
} finally {
  server.kill();
}
const head = ['screen', 'perf', 'a11y', 'best', 'FCP', 'LCP', 'TBT', 'CLS'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log(`reports: ${dir}`);
