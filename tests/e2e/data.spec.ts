import { expect, test, waitForAppDatabase } from './fixtures';

test('when another tab upgrades the database, this tab steps aside and asks to reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('You have not checked in today.')).toBeVisible();
  // The client's first touch has the app open (create) its database.
  await waitForAppDatabase(page);

  // What a newer version of the app in another tab does: open the database at a higher version.
  const upgraded = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('recovery-companion', 10_000);
        request.onsuccess = () => {
          request.result.close();
          resolve('upgraded');
        };
        request.onblocked = () => resolve('blocked');
        request.onerror = () => resolve('error');
      }),
  );
  expect(upgraded).toBe('upgraded');
  await expect(page.getByRole('button', { name: 'Reload to continue' })).toBeVisible();
});
