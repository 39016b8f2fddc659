import { describe, expect, it } from 'vitest';
import type { ProgramSetup } from '$lib/domain/program-setup';
import { getProgram } from './program';
import { saveProgram } from './program-save';
import { setSetting } from './settings';
import { useEmptyDatabase } from './test-database';

useEmptyDatabase();

const setup: ProgramSetup = {
  startDate: '2026-11-30',
  levelOfCare: 'iop',
  weeklyHoursTarget: 9,
  plannedDays: 90,
  timezone: 'America/Los_Angeles',
};

describe('whose weekly target it is', () => {
  it('the welcome’s default is not the client’s own: the target may follow their group', async () => {
    await saveProgram({ startDate: setup.startDate }, { defaults: setup });
    expect(await getProgram()).toMatchObject({ weeklyHoursTarget: 9, isOwnTarget: false });
    // A corrected start date leaves it so.
    await saveProgram({ startDate: '2026-12-07' }, { defaults: setup });
    expect(await getProgram()).toMatchObject({ startDate: '2026-12-07', isOwnTarget: false });
  });

  it('a target the client changes is theirs, and stays theirs when they set it back', async () => {
    await saveProgram({ startDate: setup.startDate }, { defaults: setup });
    await saveProgram({ weeklyHoursTarget: 12 }, { defaults: setup });
    expect(await getProgram()).toMatchObject({ weeklyHoursTarget: 12, isOwnTarget: true });
    await saveProgram({ weeklyHoursTarget: 9 }, { defaults: setup });
    expect(await getProgram()).toMatchObject({ weeklyHoursTarget: 9, isOwnTarget: true });
    // A later save of other fields does not take it away.
    await saveProgram({ startDate: '2026-12-14' }, { defaults: setup });
    expect(await getProgram()).toMatchObject({ isOwnTarget: true });
  });

  it('a first save with another target than the default is the client’s own', async () => {
    await saveProgram({ startDate: setup.startDate, weeklyHoursTarget: 10 }, { defaults: setup });
    expect((await getProgram())!.isOwnTarget).toBe(true);
  });

  it('a set-up stored before the flag existed with another target keeps it as the client’s', async () => {
    await setSetting('programStartDate', '2026-11-02');
    await setSetting('weeklyHoursTarget', 12);
    expect((await getProgram())!.isOwnTarget).toBe(true);
  });

  it('a set-up stored before the flag existed (the welcome wrote 9) follows the group', async () => {
    await setSetting('programStartDate', '2026-11-02');
    await setSetting('weeklyHoursTarget', 9);
    expect((await getProgram())!.isOwnTarget).toBe(false);
  });
});
