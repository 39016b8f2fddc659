// @ts-check
// Figures measured in headless Chromium against the production build (`npm run build` first).
// The app records User Timing measures at the moments that matter (nothing leaves the phone);
// this reads them.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.js';

const PORT = 4191;
const BASE = `http://localhost:${PORT}`;

/** @param {number[]} values @param {number} p */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** @param {import('@playwright/test').Page} page @param {string} name */
async function measures(page, name) {
  return page.evaluate(
    (n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration),
    name,
  );
}

/** Writes `count` check-ins straight into IndexedDB, as three years of use would leave them. */
async function seedCheckIns(/** @type {import('@playwright/test').Page} */ page, count) {
  await page.evaluate(async (n) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('recovery-companion');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('checkIns', 'readwrite');
    const store = tx.objectStore('checkIns');
    const start = Date.UTC(2023, 10, 27);
    const triggers = ['hungry', 'angry', 'lonely', 'tired', 'stress', 'people'];
    for (let i = 0; i < n; i += 1) {
      const at = start + Math.floor((i * 3 * 365 * 86_400_000) / n);
      store.put({
        id: `seed-${i}`,
        at,
        date: new Date(at - 8 * 3_600_000).toISOString().slice(0, 10),
        body: {
          enc: 'none',
          value: {
            mood: 1 + (i % 5),
            craving: i % 11,
            triggerIds: [triggers[i % 6], triggers[(i * 7) % 6]],
            copingIds: ['calledSomeone'],
            note: `Day ${i}: went to group, talked about stress and sleep. `.repeat(1 + (i % 4)),
            createdAt: at,
            updatedAt: at,
          },
        },
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

/** @returns {Promise<import('./run.js').Row[]>} */
export async function rows() {
  const server = spawn('node', ['scripts/serve.js'], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    await new Promise((resolve) => setTimeout(resolve, 700));
    const context = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
    const page = await context.newPage();

    // Save: from the Save press to the record stored and the screen updated.
    await page.goto(`${BASE}/check-in`);
    const SAVES = 60;
    for (let i = 0; i < SAVES; i += 1) {
      await page.getByRole('radio', { name: ['Hard', 'Okay', 'Good'][i % 3], exact: true }).check();
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.getByText('Saved. Thank you for checking in.').waitFor();
    }
    const saves = (await measures(page, 'checkIn:save')).slice(5); // first saves warm up the JIT

    // History with 3,000 check-ins: from opening the screen to its first screen rendered.
    await seedCheckIns(page, 3000 - SAVES);
    const firstScreens = [];
    for (let i = 0; i < 9; i += 1) {
      await page.goto(`${BASE}/check-in/history`);
      await page.getByRole('article').first().waitFor();
      await page.waitForFunction(() => performance.getEntriesByName('history:first-screen').length);
      firstScreens.push(...(await measures(page, 'history:first-screen')));
    }
    await context.close();
    const ms = (/** @type {number} */ n) => n.toFixed(1);
    return [
      {
        group: 'check-in',
        name: `save p50 (${saves.length} saves)`,
        value: ms(percentile(saves, 50)),
        unit: 'ms',
      },
      {
        group: 'check-in',
        name: `save p95 (${saves.length} saves)`,
        value: ms(percentile(saves, 95)),
        unit: 'ms',
        note: 'budget 50',
      },
      {
        group: 'check-in',
        name: 'history first screen p50 (3,000)',
        value: ms(percentile(firstScreens, 50)),
        unit: 'ms',
      },
      {
        group: 'check-in',
        name: 'history first screen max (3,000)',
        value: ms(Math.max(...firstScreens)),
        unit: 'ms',
        note: 'budget 100',
      },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
