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
  hasTouch: true,
  timezoneId: 'America/Los_Angeles',
});
await ctx.addInitScript(() => {
  window.__fr = 0;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.identifier === 'first-result') window.__fr = e.renderTime;
  }).observe({ type: 'element', buffered: true });
});
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 1) });
await p.goto('http://localhost:4193/events');
await p.waitForFunction(() => performance.getEntriesByName('events:load-snapshot').length, {
  timeout: 60000,
});
await p.evaluate(() => navigator.serviceWorker.ready);
for (let i = 0; i < 3; i++) {
  await p.goto('http://localhost:4193/events');
  await p.waitForFunction(() => window.__fr);
  await p.waitForTimeout(300);
  console.log(
    await p.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const rs = performance.getEntriesByType('resource');
      const lastJs = Math.max(
        ...rs.filter((r) => r.name.endsWith('.js')).map((r) => r.responseEnd),
      );
      return [
        'nav resp ' +
          Math.round(n.responseStart) +
          '-' +
          Math.round(n.responseEnd) +
          ' workerStart ' +
          Math.round(n.workerStart),
        'js count ' +
          rs.filter((r) => r.name.endsWith('.js')).length +
          ' lastJs ' +
          Math.round(lastJs),
        'domContentLoaded ' + Math.round(n.domContentLoadedEventEnd),
        ...rs
          .filter((r) => r.name.includes('Bd17') || r.name.includes('index.json'))
          .map(
            (r) =>
              r.name.split('/').pop() +
              ' ' +
              Math.round(r.startTime) +
              '-' +
              Math.round(r.responseEnd),
          ),
        ...performance.getEntriesByType('mark').map((m) => m.name + ' ' + Math.round(m.startTime)),
        ...performance
          .getEntriesByType('measure')
          .map((m) => m.name + ' ' + Math.round(m.startTime) + ' +' + Math.round(m.duration)),
        'fr ' + Math.round(window.__fr),
      ].join('\n');
    }),
  );
}
await b.close();
server.kill();
