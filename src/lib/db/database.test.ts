import { expect, it } from 'vitest';
import { getSetting, setSetting } from './settings';
import { deleteDatabase, refuseToReopen, withDb } from './database';

// Its own file: the refusal lasts for the page (here, this file's module state).
it('after "delete all my data", a late write fails instead of bringing the database back', async () => {
  await setSetting('timezone', 'America/Los_Angeles');
  refuseToReopen();
  await deleteDatabase();
  await expect(setSetting('timezone', 'America/Los_Angeles')).rejects.toThrow(/deleted/);
  await expect(getSetting('timezone')).rejects.toThrow(/deleted/);
  await expect(withDb((d) => d.settings.count())).rejects.toThrow(/deleted/);
  const names = (await indexedDB.databases()).map((d) => d.name);
  expect(names).not.toContain('recovery-companion');
});
