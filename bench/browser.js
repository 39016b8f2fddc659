// @ts-check
// Figures measured in headless Chromium against a production build with the timing marks on
// (build-bench/, which bench/run.js builds: bench/build.js).
// The app records User Timing measures at the moments that matter (nothing leaves the phone);
// this reads them.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { seedRows as seedTable, waitForAppDatabase } from '../tests/e2e/app-database.js';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.js';
import { publish } from './events-data.js';

const PORT = 4191;
const BASE = `http://localhost:${PORT}`;

/**
 * The production build served on `port` and Chromium, for a suite that measures a phone: a
 * 390x844 context in Pacific time. Call `close` when done.
 * @param {number} port
 */
export async function servedPhone(port) {
  const server = spawn('node', ['scripts/serve.js'], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  await new Promise((resolve) => setTimeout(resolve, 700));
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    timezoneId: 'America/Los_Angeles',
  });
  // A client past their first day: the welcome (which stands in Today's place on a new phone)
  // is done, as tests/e2e/fixtures.ts marks it for the specs.
  await context.addInitScript(() => {
    if (!localStorage.getItem('welcome')) localStorage.setItem('welcome', 'done');
  });
  return {
    base: `http://localhost:${port}`,
    context,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}

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

export { waitForAppDatabase };

/** Writes `count` check-ins straight into IndexedDB, as three years of use would leave them. */
export async function seedCheckIns(/** @type {import('@playwright/test').Page} */ page, count) {
  const start = Date.UTC(2023, 10, 27);
  const triggers = ['hungry', 'angry', 'lonely', 'tired', 'stress', 'people'];
  const records = Array.from({ length: count }, (_, i) => {
    const at = start + Math.floor((i * 3 * 365 * 86_400_000) / count);
    return {
      id: `seed-${i}`,
      at,
      date: new Date(at - 8 * 3_600_000).toISOString().slice(0, 10),
      mood: 1 + (i % 5),
      craving: i % 11,
      triggerIds: [triggers[i % 6], triggers[(i * 7) % 6]],
      copingIds: ['calledSomeone'],
      note: `Day ${i}: went to group, talked about stress and sleep. `.repeat(1 + (i % 4)),
      createdAt: at,
      updatedAt: at,
    };
  });
  await seedTable(page, 'checkIns', records, ['id', 'at', 'date']);
}

/** Puts three years of records into the page's database; returns them. */
async function seedThreeYears(page) {
  const data = threeYears();
  await seedTable(page, 'checkIns', data.checkIns, ['id', 'date', 'at']);
  await seedTable(page, 'sessions', data.sessions, ['id']);
  await seedTable(page, 'attendance', data.attendance, [
    'id',
    'sessionId',
    'date',
    'occurrenceStart',
  ]);
  return data;
}

/** Three years of a client's records: 1,100 check-ins, 15 sessions a week, 2,300 attendance. */
function threeYears() {
  const start = Date.UTC(2023, 10, 27);
  const day = (i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10);
  const triggers = ['hungry', 'angry', 'lonely', 'tired', 'stress', 'people', 'places'];
  const checkIns = Array.from({ length: 1100 }, (_, i) => {
    const date = day(i);
    return {
      id: `p-${i}`,
      date,
      at: Date.parse(`${date}T19:00:00Z`),
      mood: 1 + (i % 5),
      craving: (i * 7) % 11,
      triggerIds: [triggers[i % 7], triggers[(i * 3) % 7]],
      copingIds: i % 2 ? ['calledSomeone'] : ['meeting'],
      note: i % 5 ? undefined : 'A longer note about the day, the group and what helped.',
      createdAt: 0,
      updatedAt: 0,
    };
  });
  const slots = [
    ['group', '09:00', '12:00'],
    ['skills', '13:00', '14:30'],
    ['evening', '18:00', '19:00'],
  ];
  const sessions = slots.map(([id, startTime, endTime]) => ({
    id,
    title: `IOP ${id}`,
    kind: 'group',
    weekdays: [1, 2, 3, 4, 5],
    startDate: day(0),
    startTime,
    endTime,
    endsNextDay: false,
    timezone: 'America/Los_Angeles',
  }));
  const attendance = [];
  for (let i = 0; attendance.length < 2300; i += 1) {
    const date = day(i);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const [id, startTime, endTime] of slots) {
      if (attendance.length >= 2300) break;
      const scheduledStart = Date.parse(`${date}T${startTime}:00-08:00`);
      const scheduledEnd = Date.parse(`${date}T${endTime}:00-08:00`);
      attendance.push({
        id: `${id}|${date}T${startTime}`,
        sessionId: id,
        occurrenceStart: `${date}T${startTime}`,
        date,
        status: ['attended', 'attended', 'late', 'missed', 'attended', 'excused'][i % 6],
        title: `IOP ${id}`,
        scheduledStart,
        scheduledEnd,
        updatedAt: 0,
      });
    }
  }
  return { checkIns, sessions, attendance, programStart: day(0) };
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

    // Progress with three years of data, CPU slowed 4x: screen rendered, and chart data.
    const progressContext = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
    const progressPage = await progressContext.newPage();
    await progressPage.goto(`${BASE}/progress`);
    await progressPage.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    const data = await seedThreeYears(progressPage);
    await seedTable(
      progressPage,
      'settings',
      [
        { key: 'programStartDate', value: data.programStart },
        { key: 'lastCelebratedMilestone', value: 365 },
      ],
      ['key'],
    );
    const cdp = await progressContext.newCDPSession(progressPage);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const renders = [];
    const chartsDrawn = [];
    const chartData = [];
    for (let i = 0; i < 5; i += 1) {
      await progressPage.goto(`${BASE}/progress`);
      await progressPage.waitForFunction(
        () => performance.getEntriesByName('progress:render').length,
      );
      renders.push(...(await measures(progressPage, 'progress:render')));
      // The charts are drawn after the screen is painted, one per task: until the last one.
      const lastChart = await progressPage.waitForFunction(() => {
        const drawn = performance.getEntriesByName('chart:drawn');
        const canvases = document.querySelectorAll('canvas').length;
        if (canvases === 0 || drawn.length < canvases) return false;
        const start = performance.getEntriesByName('progress:start')[0]?.startTime ?? 0;
        // An object, never a bare number: waitForFunction would take 0 ms as "not yet".
        return { ms: (drawn.at(-1)?.startTime ?? 0) - start };
      });
      chartsDrawn.push((await lastChart.jsonValue()).ms);
      if (process.env.DEBUG_MARKS)
        console.log(
          await progressPage.evaluate(() =>
            performance
              .getEntriesByType('mark')
              .filter((m) => m.name.startsWith('progress') || m.name.startsWith('checkIn'))
              .map((m) => `${m.name} ${m.startTime.toFixed(0)}`)
              .join(' | '),
          ),
          (await measures(progressPage, 'progress:render')).join(),
        );
      await progressPage.getByRole('radio', { name: 'All' }).check();
      await progressPage.waitForFunction(
        () => performance.getEntriesByName('progress:chart-data').length >= 2,
      );
      chartData.push((await measures(progressPage, 'progress:chart-data')).at(-1));
    }
    await progressContext.close();

    // Backup and the app lock, with three years of records (and 10,000 cached events).
    const dataContext = await browser.newContext({
      timezoneId: 'America/Los_Angeles',
      acceptDownloads: true,
      serviceWorkers: 'block',
    });
    const big = publish();
    await dataContext.route('**/events/index.json', (route) =>
      route.fulfill({ body: JSON.stringify(big.index), contentType: 'application/json' }),
    );
    await dataContext.route(`**${big.part.url}`, (route) =>
      route.fulfill({ body: big.part.body, contentType: 'application/json' }),
    );
    const dataPage = await dataContext.newPage();
    await dataPage.goto(`${BASE}/events`);
    // Stored once the database exists (created at the first touch or key).
    await waitForAppDatabase(dataPage);
    await dataPage.waitForFunction(
      () => performance.getEntriesByName('events:load-snapshot').length,
      undefined,
      { timeout: 30_000 },
    );
    await seedThreeYears(dataPage);
    await dataPage.goto(`${BASE}/settings`);
    const exportOnce = async (options) => {
      await dataPage.evaluate(() => performance.clearMeasures('backup:export'));
      await dataPage
        .getByLabel('Include the meeting list', { exact: false })
        .setChecked(!!options.events);
      if (options.passphrase) {
        await dataPage.getByLabel('Passphrase (optional, recommended)').fill(options.passphrase);
        await dataPage.getByLabel('Passphrase again').fill(options.passphrase);
      }
      const download = dataPage.waitForEvent('download', { timeout: 60_000 });
      await dataPage.getByRole('button', { name: 'Export backup' }).click();
      const file = await download;
      const path = `test-results/bench-${file.suggestedFilename()}`;
      await file.saveAs(path);
      await dataPage.waitForFunction(() => performance.getEntriesByName('backup:export').length);
      return { path, ms: (await measures(dataPage, 'backup:export'))[0] };
    };
    const plain = await exportOnce({});
    const withEvents = await exportOnce({ events: true });
    const encrypted = await exportOnce({ passphrase: 'bench passphrase' });
    const kdf = await dataPage.evaluate(async () => {
      const start = performance.now();
      const material = await crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode('x'),
        'PBKDF2',
        false,
        ['deriveKey'],
      );
      await crypto.subtle.deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 600_000 },
        material,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt'],
      );
      return performance.now() - start;
    });
    const importOnce = async (path, passphrase) => {
      await dataPage.evaluate(() => {
        performance.clearMeasures('backup:open');
        performance.clearMeasures('backup:import');
      });
      await dataPage.getByLabel('Backup file').setInputFiles(path);
      if (passphrase) {
        await dataPage.getByLabel('Backup passphrase').fill(passphrase);
        await dataPage.getByLabel('Backup passphrase').press('Enter');
      }
      await dataPage.getByRole('button', { name: 'Merge' }).click({ timeout: 60_000 });
      await dataPage.getByText('Backup imported. Nothing was lost.').waitFor({ timeout: 60_000 });
      const open = (await measures(dataPage, 'backup:open')).at(-1);
      const write = (await measures(dataPage, 'backup:import')).at(-1);
      return open + write;
    };
    const importEncrypted = await importOnce(encrypted.path, 'bench passphrase');
    await dataPage.reload();
    const importPlain = await importOnce(plain.path);
    await dataPage.reload();
    const importEvents = await importOnce(withEvents.path);

    // The lock: save time unlocked, then locked on; unlock to first screen.
    const saveTimes = async () => {
      await dataPage.goto(`${BASE}/check-in`);
      await dataPage.evaluate(() => performance.clearMeasures('checkIn:save'));
      for (let i = 0; i < 25; i += 1) {
        await dataPage.getByRole('radio', { name: 'Okay', exact: true }).check();
        await dataPage.getByRole('button', { name: 'Save check-in' }).click();
        await dataPage.getByText('Saved. Thank you for checking in.').waitFor();
      }
      return percentile((await measures(dataPage, 'checkIn:save')).slice(5), 50);
    };
    const saveUnlocked = await saveTimes();
    await dataPage.goto(`${BASE}/settings`);
    await dataPage.getByLabel('New passphrase or PIN').fill('bench lock passphrase');
    await dataPage.getByLabel('Same passphrase or PIN again').fill('bench lock passphrase');
    await dataPage.getByRole('button', { name: 'Turn on app lock' }).click();
    // Records are on the phone: the quick way re-seals them in place (what this row measures).
    await dataPage.getByRole('button', { name: 'Just turn on the lock' }).click();
    await dataPage
      .getByText('App lock is on. Your records are encrypted.')
      .waitFor({ timeout: 120_000 });
    const unlocks = [];
    for (let i = 0; i < 3; i += 1) {
      await dataPage.goto(`${BASE}/`);
      await dataPage.getByLabel('Passphrase or PIN').fill('bench lock passphrase');
      await dataPage.getByRole('button', { name: 'Unlock' }).click();
      await dataPage.waitForFunction(() => performance.getEntriesByName('lock:unlock').length);
      unlocks.push((await measures(dataPage, 'lock:unlock'))[0]);
    }
    // Unlocked, the check-in screen saves with encryption on.
    await dataPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Check-in' })
      .click();
    await dataPage.evaluate(() => performance.clearMeasures('checkIn:save'));
    for (let i = 0; i < 25; i += 1) {
      await dataPage.getByRole('radio', { name: 'Good', exact: true }).check();
      await dataPage.getByRole('button', { name: 'Save check-in' }).click();
      await dataPage.getByText('Saved. Thank you for checking in.').waitFor();
    }
    const saveLocked = percentile((await measures(dataPage, 'checkIn:save')).slice(5), 50);
    await dataContext.close();
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
      {
        group: 'progress',
        name: 'render, 3 years, CPU 4x (median of 5)',
        value: ms(percentile(renders, 50)),
        unit: 'ms',
        note: 'budget 300',
      },
      {
        group: 'progress',
        name: 'render, 3 years, CPU 4x (max)',
        value: ms(Math.max(...renders)),
        unit: 'ms',
      },
      {
        group: 'progress',
        name: 'every chart drawn (each in a task after the screen), 3 years, CPU 4x (median)',
        value: ms(percentile(chartsDrawn, 50)),
        unit: 'ms',
      },
      {
        group: 'backup',
        name: 'export 3 years (1,100 check-ins, 2,300 attendance)',
        value: ms(plain.ms),
        unit: 'ms',
        note: 'budget 2000',
      },
      {
        group: 'backup',
        name: 'export 3 years + 10,000 events',
        value: ms(withEvents.ms),
        unit: 'ms',
        note: 'budget 2000',
      },
      {
        group: 'backup',
        name: 'export 3 years, encrypted (incl. key derivation)',
        value: ms(encrypted.ms),
        unit: 'ms',
      },
      {
        group: 'backup',
        // Version 2 files derive with Argon2id in its worker: inside the export and import figures.
        name: 'key derivation of a version 1 backup (PBKDF2-SHA-256 x 600,000)',
        value: ms(kdf),
        unit: 'ms',
      },
      {
        group: 'backup',
        name: 'import 3 years (check + merge)',
        value: ms(importPlain),
        unit: 'ms',
        note: 'budget 2000',
      },
      {
        group: 'backup',
        name: 'import 3 years + 10,000 events',
        value: ms(importEvents),
        unit: 'ms',
        note: 'budget 2000',
      },
      {
        group: 'backup',
        name: 'import 3 years, encrypted (incl. key derivation)',
        value: ms(importEncrypted),
        unit: 'ms',
      },
      {
        group: 'lock',
        name: 'unlock: key derivation + first screen (median of 3)',
        value: ms(percentile(unlocks, 50)),
        unit: 'ms',
        note: 'budget 1500',
      },
      {
        group: 'lock',
        name: 'save check-in, lock off (median)',
        value: ms(saveUnlocked),
        unit: 'ms',
      },
      {
        group: 'lock',
        name: 'save check-in, lock on (median)',
        value: ms(saveLocked),
        unit: 'ms',
        note: `${(saveLocked / saveUnlocked).toFixed(2)}x; budget 2x`,
      },
      {
        group: 'progress',
        name: 'chart data, all 3 years, CPU 4x (median)',
        value: ms(percentile(chartData, 50)),
        unit: 'ms',
        note: 'budget 30',
      },
    ];
  } finally {
    await browser.close();
    server.kill();
  }
}
