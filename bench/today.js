// @ts-check
// A first visit to Today as a new client lives it: a phone-sized window (390x844) in Pacific
// time, nothing cached, no database on the phone yet. Counted: every script asked for until the
// screen is usable (its content on screen, its controls answering: the `today:usable` mark), as
// gzip from the build, and every script of the visit once the client has touched the screen (the
// data layer arrives then) and the phone has gone idle (the service worker's registration); and
// the time to usable at CPU x1
// and x4 (median of 5 fresh visits each); and a warm visit, as a client comes back daily: the
// service worker in control and three years of check-ins (3,000) on the phone (median of 5
// reloads).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.js';
import { percentile, seedCheckIns, waitForAppDatabase } from './browser.js';
import { servedBuild } from './build.js';

/** @param {number[]} values */
const median = (values) => percentile(values, 50).toFixed(0);

const PORT = 4194;
const VISITS = 5;

/**
 * @param {import('@playwright/test').Browser} browser @param {number} rate
 * @param {boolean} [phoneNetwork] Lighthouse's slow 4G: 150 ms round trips, 1.6 Mbps down.
 */
async function firstVisit(browser, rate, phoneNetwork = false) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    timezoneId: 'America/Los_Angeles',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (phoneNetwork) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  await page.goto(`http://localhost:${PORT}/`);
  await page.waitForFunction(() => performance.getEntriesByName('today:usable').length > 0);
  // The client touches the screen (the data layer comes then) and the phone goes idle (the
  // worker's registration).
  await waitForAppDatabase(page);
  await page.waitForLoadState('networkidle');
  const figures = await page.evaluate(() => {
    const usable = performance.getEntriesByName('today:usable')[0]?.startTime ?? NaN;
    // The screen's content on view: prerendered, it paints before the app's script has run.
    const painted =
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({ path: new URL(e.name).pathname, at: e.startTime }));
    return { usable, painted, scripts };
  });
  await context.close();
  return figures;
}

/**
 * Warm visits: one phone with the worker in control and three years of check-ins, reloaded.
 * @param {import('@playwright/test').Browser} browser @param {number} rate
 */
async function warmVisits(browser, rate) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    timezoneId: 'America/Los_Angeles',
  });
  const page = await context.newPage();
  await page.goto(`http://localhost:${PORT}/`);
  await seedCheckIns(page, 3000);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times = [];
  for (let i = 0; i < VISITS; i += 1) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('today:usable').length > 0);
    times.push(
      await page.evaluate(() => performance.getEntriesByName('today:usable')[0].startTime),
    );
  }
  await context.close();
  return percentile(times, 50);
}

/** @returns {Promise<import('./run.js').Row[]>} */
export async function rows() {
  const server = spawn('node', ['scripts/serve.js'], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  await new Promise((resolve) => setTimeout(resolve, 700));
  try {
    const gzip = (/** @type {string} */ path) =>
      gzipSync(readFileSync(`${servedBuild()}${path}`)).length;
    /** @type {import('./run.js').Row[]} */
    const out = [];
    for (const rate of [1, 4]) {
      const visits = [];
      for (let i = 0; i < VISITS; i += 1) visits.push(await firstVisit(browser, rate));
      out.push({
        group: 'today',
        name: `first visit: content painted (first contentful paint), x${rate} (median of ${VISITS})`,
        value: median(visits.map((v) => v.painted)),
        unit: 'ms',
      });
      out.push({
        group: 'today',
        name: `first visit: time to usable, x${rate} (median of ${VISITS})`,
        value: median(visits.map((v) => v.usable)),
        unit: 'ms',
      });
      out.push({
        group: 'today',
        name: `warm visit (3 years of check-ins): time to usable, x${rate} (median of ${VISITS})`,
        value: (await warmVisits(browser, rate)).toFixed(0),
        unit: 'ms',
      });
      if (rate === 1) {
        const last = visits.at(-1);
        const before = last.scripts.filter((s) => s.at <= last.usable);
        out.push({
          group: 'today',
          name: `first visit: JS until usable (${before.length} files)`,
          value: (before.reduce((sum, s) => sum + gzip(s.path), 0) / 1024).toFixed(1),
          unit: 'KiB gz',
          note: 'budget 70 (tests/e2e/weight.spec.ts)',
        });
        out.push({
          group: 'today',
          name: `first visit: all JS once touched and idle (${last.scripts.length} files; + Dexie, workbox-window)`,
          value: (last.scripts.reduce((sum, s) => sum + gzip(s.path), 0) / 1024).toFixed(1),
          unit: 'KiB gz',
        });
      }
    }
    // Over a phone network (x4 CPU): what the client waits for to see Today, and to use it.
    const slow = [];
    for (let i = 0; i < 3; i += 1) slow.push(await firstVisit(browser, 4, true));
    out.push({
      group: 'today',
      name: 'first visit over slow 4G (150 ms, 1.6 Mbps), x4: content painted (median of 3)',
      value: median(slow.map((v) => v.painted)),
      unit: 'ms',
    });
    out.push({
      group: 'today',
      name: 'first visit over slow 4G (150 ms, 1.6 Mbps), x4: usable (median of 3)',
      value: median(slow.map((v) => v.usable)),
      unit: 'ms',
    });
    return out;
  } finally {
    await browser.close();
    server.kill();
  }
}
