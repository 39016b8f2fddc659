// @ts-check
// The meeting finder with 10,000 meetings, measured the way a client lives it: a phone-sized
// window (390x844) in Pacific time, the production build served with compression and ETags,
// the service worker on. First visit and warm visit (service worker and IndexedDB), CPU x1 and
// x4. "First row" is the paint of the first result (Element Timing), from navigation start;
// an interaction is from the input event to the frame after the list changed.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.js';
import { percentile } from './browser.js';
import { servedBuild } from './build.js';
import { publish } from './events-data.js';

const PORT = 4192;
const BASE = `http://localhost:${PORT}`;
const PHONE = { width: 390, height: 844 };
const WARM_VISITS = 7;

/** A copy of the served build (build-bench/, bench/build.js) publishing 10,000 meetings, precompressed as a static host would serve them. */
export function publishedBuild() {
  const root = mkdtempSync(join(tmpdir(), 'bench-build-'));
  cpSync(servedBuild(), root, { recursive: true });
  const dir = join(root, 'events');
  for (const name of readdirSync(dir)) if (name.startsWith('meetings.')) rmSync(join(dir, name));
  const { index, part } = publish();
  const files = {
    'index.json': JSON.stringify(index),
    [part.url.slice('/events/'.length)]: part.body,
  };
  // The prerendered Events page names the parts a first visit fetches at once, and carries the
  // index (what its load fetched, inlined by SvelteKit), as a build after this publish would.
  const inlined =
    /(<script type="application\/json" data-sveltekit-fetched data-url="\/events\/index\.json">)([^<]*)(<\/script>)/;
  const page = readFileSync(join(root, 'events.html'), 'utf8')
    .replace(/(<meta name="first-visit-fetch" content=")[^"]*(")/g, `$1${part.url}$2`)
    .replace(inlined, (_, open, fetched, close) => {
      const response = JSON.parse(fetched);
      return open + JSON.stringify({ ...response, body: files['index.json'] }) + close;
    });
  if (!page.includes(part.url) || !page.includes(index.hash))
    throw new Error('The Events page no longer names its parts or carries its index as expected.');
  const written = { ...files, '../events.html': page };
  for (const [name, body] of Object.entries(written)) {
    writeFileSync(join(dir, name), body);
    writeFileSync(join(dir, `${name}.gz`), gzipSync(body));
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(body));
  }
  return { root, partBytes: part.body.length, partGzip: gzipSync(part.body).length };
}

// Runs in the page before anything else: first-row paint time, and input-to-frame times.
function instrument() {
  const w = /** @type {any} */ (window);
  w.__firstRow = undefined;
  w.__inputs = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const e = /** @type {any} */ (entry);
      if (e.identifier === 'first-result' && w.__firstRow === undefined)
        w.__firstRow = e.renderTime || e.loadTime;
    }
  }).observe({ type: 'element', buffered: true });
  for (const type of ['input', 'change']) {
    document.addEventListener(
      type,
      (event) => {
        const target = /** @type {HTMLElement} */ (event.target);
        if (type === 'change' && target.tagName !== 'SELECT') return;
        if (type === 'input' && target.tagName === 'SELECT') return;
        const kind = target.tagName === 'SELECT' ? 'select' : 'search';
        // After the next frame is produced: the list update and its paint are in it.
        requestAnimationFrame(() =>
          setTimeout(() => w.__inputs.push({ kind, ms: performance.now() - event.timeStamp }), 0),
        );
      },
      true,
    );
  }
}

/** @param {import('@playwright/test').Page} page */
const firstRow = (page) =>
  page
    .waitForFunction(() => /** @type {any} */ (window).__firstRow, undefined, {
      timeout: 60_000,
    })
    .then((handle) => handle.jsonValue());

/** @param {import('@playwright/test').Browser} browser @param {number} rate */
async function measureAt(browser, rate) {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
  });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // What this visit fetched of the snapshot, as the page's own Resource Timing saw it (a part
  // read from the Cache API by the page makes no request at all).
  const snapshotFetches = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.name.includes('/events/meetings.'))
        .map((r) => {
          const t = /** @type {PerformanceResourceTiming} */ (r);
          return { bytes: t.transferSize, body: t.encodedBodySize };
        }),
    );
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });

  await page.goto(`${BASE}/events`);
  const first = await firstRow(page);
  const firstTransfer = await snapshotFetches();
  // Stored and the service worker in control before the warm visits. A first visit stores the
  // snapshot once the client touches the screen (the database is created then).
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => performance.getEntriesByName('events:load-snapshot').length, {
    timeout: 120_000,
  });
  const store = await page.evaluate(
    () => performance.getEntriesByName('events:load-snapshot')[0]?.duration ?? NaN,
  );
  // A returning client's phone: the service worker installed and in control, not still
  // precaching the app while we measure.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
  await page.waitForTimeout(1000);

  const warm = [];
  const indexTimes = [];
  let warmSnapshotBytes = 0;
  let warmSnapshotRequests = 0;
  for (let i = 0; i < WARM_VISITS; i += 1) {
    await page.goto(`${BASE}/events`);
    warm.push(await firstRow(page));
    indexTimes.push(
      await page.evaluate(
        () => performance.getEntriesByName('events:index').at(-1)?.duration ?? NaN,
      ),
    );
    await page.waitForTimeout(300 * rate); // the index check after the rows
    const parts = await snapshotFetches();
    warmSnapshotRequests += parts.length;
    warmSnapshotBytes += parts.reduce((sum, t) => sum + t.bytes, 0);
  }
  if (process.env.DEBUG_BENCH) console.log(`x${rate} first ${first}, warm ${warm.join(', ')}`);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;

  // Interactions, one at a time: a search typed key by key, then the Day filter.
  await page.evaluate(() => {
    /** @type {any} */ (window).__inputs = [];
  });
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.click();
  for (const query of ['step', 'hope', 'portland', 'sunrise serenity']) {
    for (const key of query) {
      await page.keyboard.type(key);
      await page.waitForTimeout(60 * rate);
    }
    await search.fill('');
    await page.waitForTimeout(60 * rate);
  }
  const day = page.getByLabel('Day', { exact: true });
  for (const label of ['Monday', 'Wednesday', 'Friday', 'Sunday', 'Today', 'Any day', 'Tuesday']) {
    await day.selectOption({ label });
    await page.waitForTimeout(80 * rate);
  }
  await page.waitForTimeout(200);
  /** @type {{ kind: string, ms: number }[]} */
  const inputs = await page.evaluate(() => /** @type {any} */ (window).__inputs);
  await context.close();
  return {
    first: Number(first),
    firstTransfer,
    warm: warm.map(Number),
    store,
    index: percentile(indexTimes, 50),
    warmSnapshotBytes,
    warmSnapshotRequests,
    heap,
    search: inputs.filter((i) => i.kind === 'search').map((i) => i.ms),
    select: inputs.filter((i) => i.kind === 'select').map((i) => i.ms),
  };
}

/** @returns {Promise<import('./run.js').Row[]>} */
export async function rows() {
  const { root, partBytes, partGzip } = publishedBuild();
  const server = spawn('node', ['scripts/serve.js'], {
    env: { ...process.env, PORT: String(PORT), ROOT: root },
    stdio: 'ignore',
  });
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    await new Promise((resolve) => setTimeout(resolve, 700));
    const x1 = await measureAt(browser, 1);
    const x4 = await measureAt(browser, 4);
    const ms = (/** @type {number} */ v) => Math.round(v * 10) / 10;
    /** @returns {import('./run.js').Row} */
    const row = (
      /** @type {string} */ name,
      /** @type {number} */ value,
      /** @type {string} */ unit,
      /** @type {number | undefined} */ budget = undefined,
    ) => ({ group: 'finder', name, value, unit, ...(budget ? { note: `budget ${budget}` } : {}) });
    // The same measures at both speeds, with the budgets where it sets one.
    const rates = /** @type {const} */ ([
      [1, x1, { warm: 300, first: 1500, input: 16 }],
      [4, x4, { warm: 1000, first: undefined, input: 50 }],
    ]);
    /** An input's p95 to the next frame at both speeds, against the input budget. */
    const inputRows = (
      /** @type {string} */ what,
      /** @type {'search' | 'select'} */ key,
      /** @type {string} */ counted,
    ) =>
      rates.map(([r, m, b]) =>
        row(
          `${what} to frame p95, x${r} (${m[key].length} ${counted})`,
          ms(percentile(m[key], 95)),
          'ms',
          b.input,
        ),
      );
    return [
      ...rates.map(([r, m, b]) =>
        row(
          `first row, warm visit, x${r} (median of ${WARM_VISITS})`,
          ms(percentile(m.warm, 50)),
          'ms',
          b.warm,
        ),
      ),
      ...rates.map(([r, m, b]) => row(`first row, first visit, x${r}`, ms(m.first), 'ms', b.first)),
      ...inputRows('search keystroke', 'search', 'keys'),
      ...inputRows('day filter', 'select', 'changes'),
      row('index 10,000 meetings (next times), warm visit, x1', ms(x1.index), 'ms'),
      row('store 10,000 meetings in IndexedDB (after the rows), x1', ms(x1.store), 'ms'),
      row('JS heap after a warm visit (after GC)', ms(x1.heap / 1024 / 1024), 'MB', 15),
      {
        ...row(
          `snapshot bytes, ${2 * WARM_VISITS} warm visits`,
          x1.warmSnapshotBytes + x4.warmSnapshotBytes,
          `bytes in ${x1.warmSnapshotRequests + x4.warmSnapshotRequests} requests`,
        ),
        note: 'budget 0',
      },
      {
        ...row(
          'snapshot transfer, first visit',
          ms((x1.firstTransfer[0]?.body ?? NaN) / 1024),
          'KiB',
        ),
        note: `${Math.round(partBytes / 1024)} KiB raw, ${Math.round(partGzip / 1024)} KiB gzip`,
      },
    ];
  } finally {
    await browser.close();
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
}
