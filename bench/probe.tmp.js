import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.js';
import { publishedBuild } from './events.js';
const { root } = publishedBuild();
const server = spawn('node', ['scripts/serve.js'], {
  env: { ...process.env, PORT: '4193', ROOT: root },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 700));
const b = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const ctx = await b.newContext({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  timezoneId: 'America/Los_Angeles',
});
await ctx.addInitScript(() => {
  window.__fr = 0;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.identifier === 'first-result') window.__fr = e.renderTime;
  }).observe({ type: 'element', buffered: true });
});
const p = await ctx.newPage();
await p.goto('http://localhost:4193/events');
await p.waitForFunction(() => performance.getEntriesByName('events:load-snapshot').length, {
  timeout: 60000,
});
for (let i = 0; i < 3; i++) {
  await p.goto('http://localhost:4193/events');
  await p.waitForTimeout(1500);
  console.log(
    await p.evaluate(() =>
      [
        'fr ' + Math.round(window.__fr),
        ...performance
          .getEntriesByType('resource')
          .filter((r) => r.name.includes('.js'))
          .map(
            (r) =>
              r.name.split('/').pop() +
              ' ' +
              Math.round(r.startTime) +
              '-' +
              Math.round(r.responseEnd),
          ),
        ...performance.getEntriesByType('mark').map((m) => m.name + ' ' + Math.round(m.startTime)),
      ].join('\n'),
    ),
  );
}
await p.evaluate(() => {
  performance.clearMeasures();
});
const day = p.getByLabel('Day', { exact: true });
for (const label of ['Monday', 'Wednesday', 'Friday', 'Sunday']) {
  await day.selectOption({ label });
  await p.waitForTimeout(200);
}
console.log(
  JSON.stringify(
    await p.evaluate(() =>
      performance.getEntriesByName('events:filter').map((m) => Math.round(m.duration)),
    ),
  ),
);
await b.close();
server.kill();
