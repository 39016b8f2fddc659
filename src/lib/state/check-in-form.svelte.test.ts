import { describe, expect, it, vi } from 'vitest';
import { allCheckIns } from '$lib/db/checkIns';
import { withDb } from '$lib/db/database';
import { getDraft } from '$lib/db/drafts';
import { locale } from '$lib/i18n/locale.svelte';
import { CheckInForm } from './check-in-form.svelte';
import { say } from '$lib/i18n/format';
import { useFreshPhone } from './test-phone';

const noTags = new Set<string>();

useFreshPhone();

/** Makes the next writes to the check-ins table fail as a full phone does. */
async function fillThePhone() {
  const full = Object.assign(new Error('QUOTA'), { name: 'QuotaExceededError' });
  await withDb(async (database) => {
    vi.spyOn(database.checkIns, 'put').mockRejectedValue(full);
  });
}

describe('CheckInForm', () => {
  it('refuses a check-in without a mood, and changes nothing', async () => {
    const form = new CheckInForm();
    await form.load();
    expect(form.status).toBe('editing');
    form.draft.note = 'a long day';
    expect(await form.save(noTags)).toBe(false);
    expect(form.errors.mood).toBe('checkIn.error.moodRequired');
    expect(form.draft.note).toBe('a long day');
    expect(await allCheckIns()).toEqual([]);
  });

  it('saves, then offers a fresh form and keeps what was saved', async () => {
    const form = new CheckInForm();
    await form.load();
    form.draft.mood = 4;
    form.draft.note = 'went to group';
    expect(await form.save(noTags)).toBe(true);
    expect(form.status).toBe('saved');
    expect(form.failure).toBeUndefined();
    expect(form.lastSaved?.note).toBe('went to group');
    expect(form.draft.mood).toBeUndefined();
    expect((await allCheckIns()).map((c) => c.note)).toEqual(['went to group']);
  });

  it('a failed save keeps the entry and its draft, and says why in the language of the moment', async () => {
    const form = new CheckInForm();
    await form.load();
    form.draft.mood = 2;
    form.draft.note = 'hard evening';
    await fillThePhone();

    expect(await form.save(noTags)).toBe(false);
    expect(form.status).toBe('failed');
    expect(form.failure?.key).toBe('checkIn.saveFailed.full');
    expect(form.draft.note).toBe('hard evening');
    form.flushDraft();
    await vi.waitFor(async () =>
      expect((await getDraft<{ draft: { note: string } }>('checkIn'))?.draft.note).toBe(
        'hard evening',
      ),
    );
    expect(say(form.failure!)).toMatch(/out of storage space/);
    // The language switched after the failure: the same failure, now in Spanish.
    await locale.set('es');
    expect(say(form.failure!)).toMatch(/no tiene espacio/);

    vi.restoreAllMocks();
    expect(await form.save(noTags)).toBe(true);
    expect(form.failure).toBeUndefined();
    expect((await allCheckIns()).map((c) => c.note)).toEqual(['hard evening']);
  });
});
