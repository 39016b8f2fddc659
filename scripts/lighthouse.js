// `npm run lighthouse [--runs N] [path ...]`: Lighthouse 12 (mobile) on the production build, a
// row per screen: Today, Check-in, Schedule, Progress, Events and Settings unless paths are given.
// With --runs N (default 3) each screen is measured N times and the run with the median
// performance score is shown, with the lowest and highest beside it: on a shared 2-core machine
// one run's blocking time can vary by 100 ms or more.
// Fetches Lighthouse with npx on first use (it is large and not needed by the tests).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.js';

// LIGHTHOUSE_PORT: another port where several builds are measured on one machine.
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4190);
const SCREENS = ['/', '/check-in', '/schedule', '/progress', '/events', '/settings'];
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const paths = args.length > 0 ? args : SCREENS;
const server = spawn('node', ['scripts/serve.js'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 800));

const dir = mkdtempSync(join(tmpdir(), 'lh-'));
const rows = [];
try {
  for (const [i, path] of paths.entries()) {
    const reports = [];
    for (let run = 0; run < runs; run += 1) {
      const out = join(dir, `report-${i}-${run}.json`);
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
      reports.push(JSON.parse(readFileSync(out, 'utf8')));
    }
    const perf = (report) => Math.round(report.categories.performance.score * 100);
    reports.sort((a, b) => perf(a) - perf(b));
    const report = reports[Math.floor(reports.length / 2)];
    const score = (id) => Math.round(report.categories[id].score * 100);
    const audit = (id) => report.audits[id].displayValue;
    rows.push([
      path,
      score('performance'),
      `${perf(reports[0])}-${perf(reports.at(-1))}`,
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
const head = ['screen', 'perf', `perf, ${runs} runs`, 'a11y', 'best', 'FCP', 'LCP', 'TBT', 'CLS'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log(`reports: ${dir}`);
