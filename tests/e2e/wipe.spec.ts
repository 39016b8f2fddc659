import type { BrowserContext } from '@playwright/test';
import { expect, leftBehind, NOTHING_LEFT, test } from './fixtures';

const RUNS = 20;

/** Requests to other origins and CSP violations, as the fixtures check them for `page`. */
async function watch(context: BrowserContext, origin: string) {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      foreign.push(request.url());
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return foreign;
}

// A first visit, and "Delete all my data" pressed the moment the screen answers: the service
// worker is still installing (downloading the app into its cache) while the wipe runs. Whatever
// it writes late must not outlive the wipe. The host here sends no Clear-Site-Data (/wiped is
// a 404, as on a plain static host), so the app's own sweep is what is tested.
test(`a wipe pressed at once in a fresh phone leaves nothing, ${RUNS} times in a row`, async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(RUNS * 15_000);
  const origin = new URL(baseURL!).origin;
  for (let run = 1; run <= RUNS; run += 1) {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const foreign = await watch(context, origin);
    await context.route('**/wiped', (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    await page.goto('/settings', { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
    // The wipe waits for an installing worker to finish (up to 10 s, erase.ts): about 2 s here,
    // more on a busy machine.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your data was deleted from this phone.' }),
    ).toBeVisible({ timeout: 15_000 });
    expect(await leftBehind(page), `run ${run}`).toEqual(NOTHING_LEFT);
    // Nothing late either: a worker that was still writing would have done so by now.
    await page.waitForTimeout(300);
    expect(await leftBehind(page), `run ${run}, a moment later`).toEqual(NOTHING_LEFT);
    expect(foreign, `run ${run}: requests to other origins`).toEqual([]);
    expect(
      await page.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
      ),
      `run ${run}: Content-Security-Policy violations`,
    ).toEqual([]);
    await context.close();
  }
});

test('the wipe ends on the host’s Clear-Site-Data, in Spanish, and starts again fine', async ({
  page,
  frame,
}) => {
  await frame.openInstalled('/');
  await page.evaluate(() => localStorage.setItem('locale', 'es'));
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Borrar todos mis datos' }).click();
  await page.getByLabel('Escriba BORRAR para confirmar').fill('BORRAR');
  const wiped = page.waitForResponse((response) => new URL(response.url()).pathname === '/wiped');
  await page.getByRole('button', { name: 'Borrar todo', exact: true }).click();
  const response = await wiped;
  // From the host itself, never the worker's fallback page.
  expect(response.fromServiceWorker()).toBe(false);
  expect(response.status()).toBe(200);
  expect((await response.allHeaders())['clear-site-data']).toBe('"cache", "storage"');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sus datos se borraron de este teléfono.' }),
  ).toBeVisible();
  await frame.expectNoAxeViolations();
  expect(await leftBehind(page)).toEqual(NOTHING_LEFT);
  await page.getByRole('button', { name: 'Empezar de nuevo' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Good (morning|afternoon|evening)/ }),
  ).toBeVisible();
});
