import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckInPage } from './pages/checkIn';
import { turnOnLock } from './pages/lock';

const PIN = '246813';

/** Chromium's virtual authenticator: a phone's platform authenticator with user verification. */
async function virtualPhone(page: Page, hasPrf: boolean) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      ctap2Version: 'ctap2_1',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf,
      automaticPresenceSimulation: true,
    },
  });
  /** The passkeys the phone holds: discoverable ones would show in its password manager. */
  return async () =>
    (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials.map((c) => ({
      isDiscoverable: c.isResidentCredential,
      name: c.userName ?? '',
    }));
}

const turnOnPasskey = (page: Page) =>
  page.getByRole('button', { name: 'Turn on unlock with this phone’s screen lock' });

test('unlock with this phone’s screen lock: a passkey’s PRF secret opens the records, and the PIN still works', async ({
  page,
  frame,
}) => {
  const passkeys = await virtualPhone(page, true);
  const checkIn = new CheckInPage(page);
  await checkIn.saveOne('Okay', 'Walked with my sister');
  await turnOnLock(page, PIN);

  // The client confirms it is them; a wrong PIN changes nothing.
  await page.getByLabel('Your passphrase or PIN (to confirm it is you)').fill('111111');
  await turnOnPasskey(page).click();
  await expect(page.getByText('That passphrase or PIN is not right.')).toBeVisible();
  await page.getByLabel('Your passphrase or PIN (to confirm it is you)').fill(PIN);
  await turnOnPasskey(page).click();
  await expect(page.getByText('Next time, your phone’s screen lock opens the app.')).toBeVisible();
  await frame.expectNoAxeViolations();
  // One passkey, with a name that says nothing of recovery, and not discoverable (the app asks
  // for it by its id; it need not be listed or offered anywhere else).
  expect(await passkeys()).toEqual([{ isDiscoverable: false, name: 'Screen lock' }]);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeVisible();
  await page.getByRole('button', { name: 'Unlock with this phone’s screen lock' }).click();
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toHaveCount(0);
  await checkIn.openHistoryInApp();
  await expect(page.getByText('Walked with my sister')).toBeVisible();

  // The PIN stays the fallback.
  await page.reload();
  await page.getByLabel('Passphrase or PIN').fill(PIN);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toHaveCount(0);

  // Turned off: the phone is told the passkey is no longer used (Signal API), and drops it.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: 'Turn off unlock with this phone’s screen lock' }).click();
  await expect(page.getByText('Turned off. Your passphrase or PIN opens the app.')).toBeVisible();
  await expect.poll(passkeys).toEqual([]);
});

test('where the phone’s authenticator has no PRF, turning it on says so and changes nothing', async ({
  page,
}) => {
  await virtualPhone(page, false);
  await turnOnLock(page, PIN);
  await page.getByLabel('Your passphrase or PIN (to confirm it is you)').fill(PIN);
  await turnOnPasskey(page).click();
  await expect(page.getByText('This phone’s screen lock cannot open the app here.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Unlock with this phone’s screen lock' }),
  ).toHaveCount(0);
});

test('without a platform authenticator the option is not offered', async ({ page }) => {
  await turnOnLock(page, PIN);
  await expect(page.getByRole('heading', { name: 'App lock', exact: true })).toBeVisible();
  await expect(turnOnPasskey(page)).toHaveCount(0);
});
