import { expect, it } from 'vitest';
import { closeDb, db, whenDatabaseOpened } from './database';

// Its own file: which database this page has opened is module state.
it('runs a write at once when the database is open, else when it is created; a cancel stops it', async () => {
  const done: string[] = [];
  const cancelled = whenDatabaseOpened(() => done.push('cancelled'));
  whenDatabaseOpened(() => done.push('waited'));
  cancelled();
  expect(done).toEqual([]); // Waiting never creates the database.
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('recovery-companion');

  await db();
  expect(done).toEqual(['waited']);
  whenDatabaseOpened(() => done.push('at once'));
  expect(done).toEqual(['waited', 'at once']);
  closeDb();
});
