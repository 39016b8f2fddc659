import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { waitForApp } from './app-database.js';
import { chromiumArgs, findChromium } from './chromium.js';
import { expect, test } from './fixtures';
import { turnOnLock } from './pages/lock';

/*
 * What a copy of the phone's files would show: a real browser profile on disk, the app used as a
 * client does, the browser closed, then every file of the profile read for the client's words
 * (UTF-8 and UTF-16, as browsers store text both ways). A word may be found only where the app
 * said it could be.
 */

/** Every file of the profile that holds `text`, as paths inside the profile. */
function filesHolding(dir: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats) continue; // a lock file gone meanwhile
      if (stats.isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        if (needles.some((needle) => bytes.includes(needle))) found.push(relative(dir, path));
      }
    }
  };
  walk(dir);
  return found;
}

/** A phone's browser with its own profile on disk, as the client's would be. */
async function phone(): Promise<{ context: BrowserContext; page: Page; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'blvd-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    args: chromiumArgs,
    viewport: { width: 390, height: 844 },
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, dir };
}

async function saveNote(page: Page, baseURL: string, note: string) {
  await page.goto(`${baseURL}/check-in`);
  await waitForApp(page);
  await page.getByRole('radio', { name: 'Okay', exact: true }).check();
  await page.getByRole('textbox', { name: 'Note' }).fill(note);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
}

const unique = (what: string) => `${what}-${Date.now().toString(36)}-quokka`;

test.describe('the phone’s files', () => {
  // Each test runs its own browser; two at once on a 2-core machine is plenty.
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  test('the lock turned on in place: old copies only in the browser’s database files, as the app warns', async ({
    baseURL,
  }) => {
    const { context, page, dir } = await phone();
    const note = unique('quick');
    try {
      await saveNote(page, baseURL!, note);
      await page.goto(`${baseURL}/settings`);
      await waitForApp(page);
      await page.getByLabel('New passphrase or PIN').fill('24681357');
      await page.getByLabel('Same passphrase or PIN again').fill('24681357');
      await page.getByRole('button', { name: 'Turn on app lock' }).click();
      await expect(
        page.getByText('The browser may keep old, unencrypted copies in its own files'),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Just turn on the lock' }).click();
      await expect(page.getByText('App lock is on. Your records are encrypted.')).toBeVisible();
    } finally {
      await context.close();
    }
    for (const file of filesHolding(dir, note)) expect(file).toMatch(/^Default\/IndexedDB\//);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a clean start leaves no readable copy anywhere in the profile', async ({ baseURL }) => {
    const { context, page, dir } = await phone();
    const note = unique('clean');
    try {
      await saveNote(page, baseURL!, note);
      // With the quick way the note would still be in the database's files at this point.
      await turnOnLock(page, 'quiet river paper lantern', 'clean');
      await page.goto(`${baseURL}/check-in/history`);
      await page.getByLabel('Passphrase or PIN').fill('quiet river paper lantern');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect(page.getByText(note)).toBeVisible();
      // The browser dropped the app's worker with the storage: it is installed again (offline).
      await expect
        .poll(() =>
          page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
        )
        .toBe(1);
    } finally {
      await context.close();
    }
    expect(filesHolding(dir, note)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  test('delete all my data leaves no readable copy anywhere in the profile', async ({
    baseURL,
  }) => {
    const { context, page, dir } = await phone();
    const note = unique('wipe');
    try {
      await saveNote(page, baseURL!, note);
      await page.goto(`${baseURL}/settings`);
      await waitForApp(page);
      await page.getByRole('button', { name: 'Delete all my data' }).click();
      await page.getByLabel('Type DELETE to confirm').fill('DELETE');
      await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
      await expect(page.getByText('Your data was deleted from this phone.')).toBeVisible({
        timeout: 20_000,
      });
    } finally {
      await context.close();
    }
    expect(filesHolding(dir, note)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });

  test('with the lock on, a note being written is nowhere readable when the browser closes', async ({
    baseURL,
  }) => {
    const { context, page, dir } = await phone();
    const draft = unique('draft');
    try {
      await page.goto(`${baseURL}/settings`);
      await waitForApp(page);
      await turnOnLock(page, '24681357');
      await page.goto(`${baseURL}/check-in`);
      await page.getByLabel('Passphrase or PIN').fill('24681357');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('textbox', { name: 'Note' }).fill(draft);
      // The draft is stored (sealed) a moment after typing stops; the page stays open.
      await page.waitForTimeout(800);
    } finally {
      await context.close();
    }
    expect(filesHolding(dir, draft)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
