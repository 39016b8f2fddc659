import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { expect, test } from './fixtures';

// This test deploys a new version under the running app, so it gets a server of its own that
// serves a copy of the build which the test can change.
let server: Server;
let root: string;
let origin: string;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'companion-build-'));
  cpSync('build', root, { recursive: true });
  const assets = sirv(root, {
    dev: true,
    single: '200.html',
    extensions: ['html'],
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
  });
  server = createServer((req, res) => assets(req, res));
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

test('a new version waits for the client, then reloads only when they press Reload', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const foreign: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(request.url());
  });
  const page = await context.newPage();
  await page.goto(`${origin}/settings`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
    }
  });

  // The client is in the middle of something when the new version arrives.
  await page.getByRole('radio', { name: 'Español' }).focus();
  appendFileSync(join(root, 'sw.js'), '\n// the next version\n');
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

  const banner = page.getByText('A new version of the app is available.');
  await expect(banner).toBeVisible();
  let reloads = 0;
  page.on('load', () => (reloads += 1));
  await page.waitForTimeout(1500);
  expect(reloads, 'no reload without the client asking').toBe(0);

  await page.getByRole('button', { name: 'Reload', exact: true }).click();
  await expect.poll(() => reloads).toBe(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(banner).toBeHidden();
  const waiting = await page.evaluate(
    async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
  );
  expect(waiting).toBe(false);
  expect(foreign, 'requests to other origins').toEqual([]);
  await context.close();
});
