// @ts-check
// The app lock in the engines an iPhone and a Firefox phone run (Debian's WebKitGTK and Firefox
// ESR, as tests/engines drives them): unlock with a 6-digit PIN, from the press of Unlock to the
// first screen (the app's own `lock:unlock` measure), CPU x1 (no throttling exists there).
import { launchFirefox, launchWebKit, waitUntil } from '../tests/engines/browsers.js';
import { client, serveBuild } from '../tests/engines/app.js';
import { percentile } from './browser.js';

const PIN = '246813';

export async function rows() {
  /** @type {import('./run.js').Row[]} */
  const table = [];
  const server = await serveBuild();
  try {
    for (const [engine, launch] of /** @type {const} */ ([
      ['webkit', launchWebKit],
      ['firefox', launchFirefox],
    ])) {
      const browser = await launch();
      try {
        const app = client(browser, server.origin);
        await app.open('/settings');
        await app.fill('New passphrase or PIN', PIN);
        await app.fill('Same passphrase or PIN again', PIN);
        await app.click('button', 'Turn on app lock');
        await app.sees('App lock is on. Your records are encrypted.');
        const unlocks = [];
        for (let i = 0; i < 3; i += 1) {
          await browser.goto(`${server.origin}/`);
          await app.sees('The app is locked');
          await app.fill('Passphrase or PIN', PIN);
          await app.click('button', 'Unlock');
          unlocks.push(
            await waitUntil(
              browser,
              'the unlock measured',
              () => performance.getEntriesByName('lock:unlock')[0]?.duration,
            ),
          );
        }
        table.push({
          group: 'engines',
          name: `${engine}: unlock with a 6-digit PIN, x1 (median of 3)`,
          value: percentile(unlocks, 50).toFixed(0),
          unit: 'ms',
          note: `budget 1500, max ${Math.max(...unlocks).toFixed(0)}`,
        });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.stop();
  }
  return table;
}
