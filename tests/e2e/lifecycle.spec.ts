import type { Page } from '@playwright/test';
import { expect, hasAppDatabase, test, waitForAppDatabase } from './fixtures';
import { CheckInPage } from './pages/checkIn';
import { PlanPage } from './pages/plan';

/** Freezes or resumes a tab as Chromium does a background one (the page gets `freeze`/`resume`). */
async function setLifecycle(page: Page, state: 'frozen' | 'active') {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setWebLifecycleState', { state });
  await cdp.detach();
}

async function eraseAll(page: Page) {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: 'Delete everything' }).click();
}

test('a frozen tab holds nothing: another tab saves and deletes, and the frozen one resumes fine', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  const checkIn = new CheckInPage(page);
  await checkIn.saveOne('Good');

  // A second tab with a draft in progress, then put in the background and frozen.
  const background = new CheckInPage(other);
  await background.open();
  await background.mood('Hard').check();
  await background.note().fill('Typed before the tab was frozen');
  await setLifecycle(other, 'frozen');

  // This tab goes on: a save, then "Delete all my data", neither waits on the frozen tab.
  await checkIn.mood('Great').check();
  await checkIn.save().click();
  await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
  await eraseAll(page);
  await expect(
    page.getByRole('heading', { name: 'Your data was deleted from this phone.' }),
  ).toBeVisible();
  await expect(page.getByText('The app is also open in another tab')).toHaveCount(0);
  expect(await hasAppDatabase(page)).toBe(false);

  // Back in the front, the other tab learns of the deletion and brings nothing back.
  await setLifecycle(other, 'active');
  await expect(
    other.getByRole('heading', { name: 'Your data was deleted from this phone.' }),
  ).toBeVisible();
  expect(await hasAppDatabase(page)).toBe(false);
});

test('a frozen tab with a draft resumes and saves it', async ({ page, context }) => {
  const other = await context.newPage();
  const checkIn = new CheckInPage(page);
  await checkIn.open();
  await checkIn.mood('Okay').check();
  await checkIn.note().fill('Written, then the phone went to another app');
  await setLifecycle(page, 'frozen');
  // Meanwhile another tab of the app writes (My plan: a check-in there would take up the same
  // draft, which is shared between tabs).
  const plan = new PlanPage(other);
  await plan.open();
  await plan.write('My reasons for recovery', 'My daughter');
  await setLifecycle(page, 'active');
  await page.bringToFront();
  await expect(checkIn.note()).toHaveValue('Written, then the phone went to another app');
  await checkIn.save().click();
  await expect(page.getByText('Saved. Thank you for checking in.')).toBeVisible();
  await checkIn.openHistory();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByText('Written, then the phone went to another app')).toBeVisible();
});

test('a delete while another page holds the database says so, and finishes when it lets go', async ({
  page,
  context,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.open();
  await waitForAppDatabase(page);
  // Another page of this site that holds the database and never answers (no versionchange
  // handler): an old tab of another app version, say.
  const holder = await context.newPage();
  await holder.goto('/favicon.svg');
  await holder.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('recovery-companion');
        open.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = open.result;
          resolve(undefined);
        };
      }),
  );
  await eraseAll(page);
  await expect(page.getByText('The app is also open in another tab or window')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Deleting…' })).toBeVisible();
  await holder.close();
  await expect(
    page.getByRole('heading', { name: 'Your data was deleted from this phone.' }),
  ).toBeVisible();
  expect(await hasAppDatabase(page)).toBe(false);
});
