import type { Page } from '@playwright/test';
import { waitForApp } from './app-database.js';
import { expect, test } from './fixtures';
import { CheckInPage } from './pages/checkIn';
import { rawDatabase, turnOnLock, unlock } from './pages/lock';

/*
 * The app lock across tabs, and its changes (a new PIN, turning it off). Two tabs of one browser
 * share the database; each holds its own key in memory.
 */

/** A second tab of the same browser, ready as a client would find it. */
async function secondTab(page: Page, path: string): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(path);
  await waitForApp(other);
  return other;
}

test('two tabs follow one lock: a note being written in one survives the lock turned on and off in the other', async ({
  page,
  frame,
}) => {
  const tabB = await secondTab(page, '/check-in');
  const inB = new CheckInPage(tabB);
  await expect(inB.save()).toBeVisible();
  await inB.mood('Okay').check();
  await inB.note().fill('Written in tab B before the lock');
  // The draft is stored a moment after typing stops.
  await tabB.waitForTimeout(600);

  // Tab A turns the lock on; tab B hears it and locks at once, without a reload.
  await turnOnLock(page, '24681357');
  await expect(tabB.getByRole('heading', { name: 'The app is locked' })).toBeVisible();
  expect(await rawDatabase(page)).not.toContain('Written in tab B');

  // Unlocked, tab B has its words back (the draft was sealed under the new key too) and saves.
  await unlock(tabB, '24681357');
  await expect(inB.note()).toHaveValue('Written in tab B before the lock');
  await inB.save().click();
  await expect(tabB.getByText('Saved. Thank you for checking in.')).toBeVisible();
  expect(await rawDatabase(page)).not.toContain('Written in tab B');

  // Tab A turns the lock off (it asks for the PIN first); tab B follows and keeps working.
  await page.goto('/settings');
  await unlock(page, '24681357');
  await page.getByLabel('Your passphrase or PIN, to turn the lock off').fill('00000000');
  await page.getByRole('button', { name: 'Turn off app lock' }).click();
  await expect(page.getByText('That is not right. Nothing was changed.')).toBeVisible();
  await expect(page.getByText('The app lock is on.')).toBeVisible();
  await page.getByLabel('Your passphrase or PIN, to turn the lock off').fill('24681357');
  await page.getByRole('button', { name: 'Turn off app lock' }).click();
  await expect(page.getByText('App lock is off.', { exact: true })).toBeVisible();
  await inB.note().fill('Written in tab B after the lock');
  await inB.mood('Good').check();
  await inB.save().click();
  await expect(tabB.getByText('Saved. Thank you for checking in.')).toBeVisible();

  // Every record reads, in either tab: none was sealed under a key that is gone.
  await page.goto('/check-in/history');
  await expect(page.getByText('Written in tab B before the lock')).toBeVisible();
  await expect(page.getByText('Written in tab B after the lock')).toBeVisible();
  await expect(page.getByText(/could not be opened/)).toHaveCount(0);
  await frame.expectNoAxeViolations();
  await tabB.close();
});

test('"Lock now" locks every open tab, not only the one where it was pressed', async ({ page }) => {
  await turnOnLock(page, '24681357');
  const tabB = await secondTab(page, '/');
  await unlock(tabB, '24681357');
  await page.goto('/settings');
  await unlock(page, '24681357');
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeVisible();
  // Someone may be looking at the other tab: it locks too, at once.
  await expect(tabB.getByRole('heading', { name: 'The app is locked' })).toBeVisible();
  await tabB.close();
});

test('a new PIN: asked for the current one first; the old one opens nothing after', async ({
  page,
  frame,
}) => {
  await new CheckInPage(page).saveOne('Good', 'Kept through a new PIN');
  await turnOnLock(page, '24681357');

  const current = page.getByLabel('Your passphrase or PIN now');
  const next = page.getByLabel('New passphrase or PIN');
  const again = page.getByLabel('Same passphrase or PIN again');
  const change = page.getByRole('button', { name: 'Change PIN or passphrase' });
  await current.fill('11112222');
  await next.fill('quiet river paper lantern');
  await again.fill('quiet river paper lantern');
  await expect(
    page.getByText('It holds even against someone who copies the phone’s files.'),
  ).toBeVisible();
  await change.click();
  await expect(page.getByText('That is not right. Nothing was changed.')).toBeVisible();
  await current.fill('24681357');
  await change.click();
  await expect(page.getByText('Done. Use the new one from now on')).toBeVisible();
  await frame.expectNoAxeViolations();

  await page.reload();
  await page.getByLabel('Passphrase or PIN').fill('24681357');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That is not right. Nothing was deleted; try again.')).toBeVisible();
  await unlock(page, 'quiet river paper lantern');
  await new CheckInPage(page).openHistoryInApp();
  await expect(page.getByText('Kept through a new PIN')).toBeVisible();
});

test('en español: cambiar el PIN y desactivar el bloqueo piden el actual', async ({
  page,
  frame,
}) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Español' }).check();
  await page.getByLabel('Nueva contraseña o PIN').fill('24681357');
  await expect(page.locator('#lock-new-strength')).toHaveText(/Un PIN es un bloqueo rápido/);
  await page.getByLabel('Repita la contraseña o el PIN').fill('24681357');
  await page.getByRole('button', { name: 'Activar el bloqueo' }).click();
  await expect(
    page.getByText('El bloqueo está activado. Sus registros están cifrados.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Cambiar el PIN o la contraseña' })).toBeVisible();
  await page.getByLabel('Su contraseña o PIN, para desactivar el bloqueo').fill('1');
  await page.getByRole('button', { name: 'Desactivar el bloqueo' }).click();
  await expect(page.getByText('No es correcto. No se cambió nada.')).toBeVisible();
  await frame.expectNoAxeViolations();
  // What was said is held as a phrase, not words: switched back, it is said in English.
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByText('That is not right. Nothing was changed.')).toBeVisible();
});

test('a record that cannot be opened is named in a banner; every other record still shows', async ({
  page,
  frame,
}) => {
  const checkIn = new CheckInPage(page);
  for (const note of ['First of two', 'Second of two']) await checkIn.saveOne('Okay', note);
  await turnOnLock(page, 'quiet river paper lantern');
  // One row's sealed bytes damaged on disk, as a failing phone or an older version might leave it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('recovery-companion');
        open.onsuccess = () => {
          const tx = open.result.transaction('checkIns', 'readwrite');
          const store = tx.objectStore('checkIns');
          const all = store.getAll();
          all.onsuccess = () => {
            const row = all.result[0] as { body: { data: ArrayBuffer } };
            const bytes = new Uint8Array(row.body.data.slice(0));
            bytes[0] = bytes[0]! ^ 0xff;
            store.put({ ...row, body: { ...row.body, data: bytes.buffer } });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.goto('/check-in/history');
  await unlock(page, 'quiet river paper lantern');
  await expect(page.getByText('One record could not be opened, so it is not shown.')).toBeVisible();
  await expect(page.getByText(/(First|Second) of two/)).toHaveCount(1);
  await frame.expectNoAxeViolations();
});

test('a clean start saves its backup file first and waits for the client; an unfinished one is named when the app opens', async ({
  page,
  frame,
}) => {
  await new CheckInPage(page).saveOne('Okay', 'Still here after stopping');
  await page.goto('/settings');
  await page.getByLabel('New passphrase or PIN').fill('quiet river paper lantern');
  await page.getByLabel('Same passphrase or PIN again').fill('quiet river paper lantern');
  await page.getByRole('button', { name: 'Turn on app lock' }).click();
  // The question is brought into view and read first.
  await expect(
    page.getByRole('heading', { name: 'Your records are already on this phone' }),
  ).toBeFocused();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Clean start (recommended)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^blvd-backup-.*-encrypted\.json$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'is saved. Check that it is in your downloads' }),
  ).toBeFocused();
  await frame.expectNoAxeViolations();
  await page.getByRole('button', { name: 'Stop here' }).click();
  await expect(
    page.getByText('Stopped. Nothing was changed: the lock is still off.'),
  ).toBeVisible();
  await expect(page.getByText('The app lock is off.')).toBeVisible();
  await page.goto('/check-in/history');
  await expect(page.getByText('Still here after stopping')).toBeVisible();

  // A clean start that the phone cut off half-way (its note left behind): the app says where
  // the records are, once, until the client has read it.
  await page.evaluate(() =>
    localStorage.setItem('cleanStartFile', 'blvd-backup-2026-12-07-encrypted.json'),
  );
  await page.reload();
  await expect(
    page.getByText(
      'Turning on the app lock with a clean start did not finish. Your records are in the backup file blvd-backup-2026-12-07-encrypted.json',
    ),
  ).toBeVisible();
  await frame.expectNoAxeViolations();
  await page.getByRole('button', { name: 'Got it' }).click();
  await page.reload();
  await expect(page.getByText('did not finish')).toHaveCount(0);
});

test('after several wrong tries the Unlock button counts the wait down, then takes the right PIN', async ({
  page,
  frame,
}) => {
  await turnOnLock(page, '24681357');
  await page.reload();
  const field = page.getByLabel('Passphrase or PIN');
  for (let i = 0; i < 3; i += 1) {
    await field.fill('11112222');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(field).toHaveValue('');
  }
  await expect(page.getByText('Too many tries. Wait 5 seconds, then try again.')).toBeVisible();
  const waiting = page.getByRole('button', { name: /^Try again in \d seconds?$/ });
  await expect(waiting).toBeDisabled();
  await frame.expectNoAxeViolations();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled({
    timeout: 8_000,
  });
  await unlock(page, '24681357');
});
