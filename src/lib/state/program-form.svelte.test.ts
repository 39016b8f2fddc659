import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withDb } from '$lib/db/database';
import { getProgram } from '$lib/db/program';
import { ProgramForm } from './program-form.svelte';
import { PROGRAM_DEFAULTS, saveProgramChanges } from './program-start';
import { useFreshPhone } from './test-phone';

useFreshPhone();

const today = '2026-12-08';
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** A Settings screen open in a tab: its form, read as the screen reads it (live). */
function openTab(groupHours?: () => number | undefined): ProgramForm {
  const form = new ProgramForm(groupHours);
  stops.push(
    $effect.root(() => {
      const shown = $derived({ ...form.fields, isLoaded: form.isLoaded });
      $effect(() => {
        void shown;
      });
    }),
  );
  flushSync();
  return form;
}

async function until(condition: () => boolean): Promise<void> {
  await vi.waitFor(() => expect(condition()).toBe(true), { timeout: 3000, interval: 10 });
}

describe('the weekly target the form shows', () => {
  it('is the groups’ hours until the client sets their own, which then stands', async () => {
    await saveProgramChanges({ startDate: '2026-11-02' }, today);
    const form = openTab(() => 10.5);
    await until(() => form.isLoaded);
    // Progress and Schedule measure a 10.5-hour group by 10.5, so the form says so too.
    expect(form.fields.weeklyHoursTarget).toBe(10.5);

    // The client chooses 9 (the stored default): it is theirs from now on.
    form.fields.weeklyHoursTarget = 9;
    expect(await form.save(today)).toBe(true);
    expect(await getProgram()).toMatchObject({ weeklyHoursTarget: 9, isOwnTarget: true });
    await until(() => form.fields.weeklyHoursTarget === 9);
    const again = openTab(() => 10.5);
    await until(() => again.isLoaded);
    expect(again.fields.weeklyHoursTarget).toBe(9);
  });
});

describe('the weekly target after a save', () => {
  it('follows groups chosen after the form was saved (Save my groups after Save program)', async () => {
    await saveProgramChanges({ startDate: '2026-11-02' }, today);
    let hours = $state<number | undefined>();
    const form = openTab(() => hours);
    await until(() => form.isLoaded);
    form.fields.plannedDays = 120;
    expect(await form.save(today)).toBe(true);
    expect(form.fields.weeklyHoursTarget).toBe(9);
    hours = 10.5;
    expect(form.fields.weeklyHoursTarget).toBe(10.5);
  });
});

describe('the program form in two tabs', () => {
  it('follows a start date saved in the other tab, and never writes its old one back', async () => {
    await saveProgramChanges({ startDate: '2026-11-02' }, today);
    const first = openTab();
    const second = openTab();
    await until(() => second.fields.startDate === '2026-11-02');

    first.fields.startDate = '2026-11-16';
    expect(await first.save(today)).toBe(true);
    // The second tab, left alone, shows the new date.
    await until(() => second.fields.startDate === '2026-11-16');

    // It saves its hours: the first tab's date stays.
    second.fields.weeklyHoursTarget = 12;
    expect(await second.save(today)).toBe(true);
    expect(await getProgram()).toEqual({
      ...PROGRAM_DEFAULTS,
      startDate: '2026-11-16',
      weeklyHoursTarget: 12,
      isOwnTarget: true,
    });
    await until(() => first.fields.weeklyHoursTarget === 12);
    expect(first.fields.startDate).toBe('2026-11-16');
  });

  it('writes only what was edited, even before it has seen the other tab’s save', async () => {
    await saveProgramChanges({ startDate: '2026-11-02' }, today);
    const form = openTab();
    await until(() => form.fields.startDate === '2026-11-02');
    form.fields.weeklyHoursTarget = 20;
    // The other tab's save lands, and this one saves at once (its live copy may be behind).
    await saveProgramChanges({ startDate: '2026-11-30' }, today);
    expect(await form.save(today)).toBe(true);
    expect(await getProgram()).toMatchObject({ startDate: '2026-11-30', weeklyHoursTarget: 20 });
  });

  it('keeps what the client is typing while the other tab saves', async () => {
    await saveProgramChanges({ startDate: '2026-11-02' }, today);
    const first = openTab();
    const second = openTab();
    await until(() => second.isLoaded && second.fields.startDate === '2026-11-02');

    second.fields.startDate = '2026-11-09';
    first.fields.plannedDays = 120;
    expect(await first.save(today)).toBe(true);
    await until(() => second.fields.plannedDays === 120);
    expect(second.fields.startDate).toBe('2026-11-09');
    expect(await second.save(today)).toBe(true);
    expect(await getProgram()).toMatchObject({ startDate: '2026-11-09', plannedDays: 120 });
  });

  it('says what is wrong with a start date out of range, and changes nothing', async () => {
    await saveProgramChanges({ startDate: '2026-11-02' }, today);
    const form = openTab();
    await until(() => form.fields.startDate === '2026-11-02');
    form.fields.startDate = '1900-01-01';
    expect(await form.save(today)).toBe(false);
    expect(form.errors).toEqual({ startDate: 'program.error.tooLongAgo' });
    expect((await getProgram())?.startDate).toBe('2026-11-02');
    expect(form.fields.startDate).toBe('1900-01-01');
  });

  it('a failed save keeps the entry on screen and stores nothing', async () => {
    await saveProgramChanges({ startDate: '2026-11-02' }, today);
    const form = openTab();
    await until(() => form.fields.startDate === '2026-11-02');
    await withDb(async (database) => {
      vi.spyOn(database.settings, 'bulkPut').mockRejectedValue(new Error('DISK'));
    });
    form.fields.startDate = '2026-11-23';
    form.fields.weeklyHoursTarget = 15;
    expect(await form.save(today)).toBe(false);
    expect(form.failure).toEqual({ key: 'write.failed', params: { message: 'DISK' } });
    expect(form.fields.startDate).toBe('2026-11-23');
    expect(form.fields.weeklyHoursTarget).toBe(15);
    vi.restoreAllMocks();
    expect(await getProgram()).toEqual({
      ...PROGRAM_DEFAULTS,
      startDate: '2026-11-02',
      isOwnTarget: false,
    });
  });
});
