import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { CheckInPage } from './pages/checkIn';

async function exportBackup(page: import('@playwright/test').Page, passphrase = '') {
  await page.goto('/settings');
  if (passphrase) {
    await page.getByLabel('Passphrase (optional, recommended)').fill(passphrase);
    await page.getByLabel('Passphrase again').fill(passphrase);
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = await download;
  const path = `test-results/${file.suggestedFilename()}`;
  await file.saveAs(path);
  await expect(page.getByText(/^Backup saved: blvd-backup-/)).toBeVisible();
  return path;
}

async function eraseAll(page: import('@playwright/test').Page) {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Good (morning|afternoon|evening)/ }),
  ).toBeVisible();
}

test('export, wipe, then import with a preview: everything comes back', async ({ page, frame }) => {
  await new CheckInPage(page).saveOne('Good', 'First week done');
  await new CheckInPage(page).saveOne('Good', 'Called my sponsor');
  const path = await exportBackup(page);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  expect(file).toMatchObject({
    format: 'blvd-companion-backup',
    formatVersion: 2,
    counts: { checkIns: 2 },
  });
  expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);

  await eraseAll(page);
  await page.goto('/settings');
  await page.getByLabel('Backup file').setInputFiles(path);
  await expect(page.getByText('This backup holds:')).toBeVisible();
  await expect(page.getByText('Check-ins: 2')).toBeVisible();
  await frame.expectNoAxeViolations();
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText('Backup imported. Nothing was lost.')).toBeVisible();

  await new CheckInPage(page).openHistory();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByText('Called my sponsor')).toBeVisible();
});

test('an encrypted backup needs its passphrase; Replace asks first', async ({ page }) => {
  await new CheckInPage(page).saveOne('Good', 'Private words');
  const path = await exportBackup(page, 'a good long passphrase');
  expect(readFileSync(path, 'utf8')).not.toContain('Private words');
  await new CheckInPage(page).saveOne('Good', 'Written after the backup');

  await page.goto('/settings');
  await page.getByLabel('Backup file').setInputFiles(path);
  await expect(
    page.getByText('It is encrypted: enter its passphrase to see what it holds and import it.'),
  ).toBeVisible();
  // Nothing about what it holds shows before the passphrase opens it.
  await expect(page.getByText('Check-ins:')).toHaveCount(0);
  await page.getByLabel('Backup passphrase').fill('not the passphrase');
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(
    page.getByText('The passphrase is wrong, or the file was changed.', { exact: false }),
  ).toBeVisible();
  await page.getByLabel('Backup passphrase').fill('a good long passphrase');
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByText('Check-ins: 1')).toBeVisible();
  await page.getByRole('button', { name: 'Replace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace everything on this phone?' });
  await expect(
    dialog.getByRole('button', { name: 'Download a backup of this phone first' }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText('Backup imported. Nothing was lost.')).toBeVisible();
  // Another file picked: what was said of the last one goes.
  await page.getByLabel('Backup file').setInputFiles(path);
  await expect(page.getByText('Backup imported. Nothing was lost.')).toHaveCount(0);

  await new CheckInPage(page).openHistory();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByText('Private words')).toBeVisible();
});

test('a bad file is refused and changes nothing', async ({ page }) => {
  await new CheckInPage(page).saveOne('Good', 'Keep me');
  const before = await new CheckInPage(page).storedCheckIns();
  await page.goto('/settings');
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "blvd-companion-backup", "formatVersion": 1, "checks'),
  });
  await expect(page.getByRole('alert')).toContainText('This is not a backup file from this app');
  await page.getByLabel('Backup file').setInputFiles('tests/fixtures/ics/center-schedule.ics');
  await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
  expect(await new CheckInPage(page).storedCheckIns()).toEqual(before);
});
