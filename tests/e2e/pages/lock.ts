import { expect, type Page } from '@playwright/test';

/** Turns the app lock on from Settings, as a client does, and waits for the records to be encrypted. */
export async function turnOnLock(page: Page, secret: string) {
  await page.goto('/settings');
  await page.getByLabel('New passphrase or PIN').fill(secret);
  await page.getByLabel('Same passphrase or PIN again').fill(secret);
  await page.getByRole('button', { name: 'Turn on app lock' }).click();
  await expect(page.getByText('App lock is on. Your records are encrypted.')).toBeVisible();
}
