import { describe, expect, it } from 'vitest';
import { emptyPlan } from '$lib/domain/plan/plan';
import { databaseExists, db, deleteDatabase } from './database';
import { savePlan } from './plan';
import { saveProgram } from './program-save';
import { setSetting } from './settings';
import { hasClientRecords } from './welcome';
import { useEmptyDatabase } from './test-database';

useEmptyDatabase();

describe('whether the client has kept anything (the welcome is for those who have not)', () => {
  it('answers no without creating the database on a new phone', async () => {
    expect(await hasClientRecords()).toBe(false);
    expect(await databaseExists()).toBe(false);
  });

  it('answers no for an opened database with only the app’s own settings', async () => {
    await db();
    await setSetting('persistenceRequestedAt', 1);
    expect(await hasClientRecords()).toBe(false);
  });

  it('answers yes for a program start date, or any record of the client’s', async () => {
    const setup = {
      startDate: '2026-11-30',
      levelOfCare: 'iop',
      weeklyHoursTarget: 9,
      plannedDays: 90,
      timezone: 'America/Los_Angeles',
    } as const;
    await saveProgram({ startDate: setup.startDate }, { defaults: setup });
    expect(await hasClientRecords()).toBe(true);
    await deleteDatabase();
    await savePlan({ ...emptyPlan(), reasons: 'My kids' }, Date.UTC(2026, 10, 30, 18), 'UTC');
    expect(await hasClientRecords()).toBe(true);
  });
});
