import { describe, expect, it, vi } from 'vitest';
import { withDb } from '$lib/db/database';
import { latestPlan, planVersions } from '$lib/db/plan';
import { locale } from '$lib/i18n/locale.svelte';
import { say } from '$lib/i18n/format';
import { useFreshPhone } from './test-phone';
import { PlanForm } from './plan-form.svelte';

useFreshPhone();

/** A loaded form with one text part open and written in, as the client leaves it. */
async function writing(part: 'reasons' | 'message', text: string): Promise<PlanForm> {
  const form = new PlanForm();
  await form.load();
  form.edit(part);
  form.draft[part] = text;
  return form;
}

describe('PlanForm', () => {
  it('saves the open part as a version, and the next load starts from it', async () => {
    const form = new PlanForm();
    await form.load();
    expect(form.isFirst).toBe(true);
    form.edit('reasons');
    form.draft.reasons = 'My kids, and waking up clear.';
    expect(form.unsaved).toEqual(['reasons']);
    expect(await form.save()).toBe(true);
    expect(form.status).toBe('saved');
    expect(form.editing).toBeNull();
    expect((await latestPlan())?.plan.reasons).toBe('My kids, and waking up clear.');

    const again = new PlanForm();
    await again.load();
    expect(again.isFirst).toBe(false);
    expect(again.saved.reasons).toBe('My kids, and waking up clear.');
    expect(again.unsaved).toEqual([]);
  });

  it('cancel puts the part back as saved', async () => {
    const form = await writing('message', 'half written');
    form.cancel();
    expect(form.draft.message).toBe('');
    expect(form.unsaved).toEqual([]);
  });

  it('a failed save keeps the writing open, said in the language of the moment', async () => {
    const form = await writing('reasons', 'For my mother');
    await withDb(async (database) => {
      vi.spyOn(database.plans, 'put').mockRejectedValue(new Error('DISK'));
    });

    expect(await form.save()).toBe(false);
    expect(form.status).toBe('failed');
    expect(form.failure).toEqual({ key: 'plan.saveFailed', params: { message: 'DISK' } });
    expect(form.editing).toBe('reasons');
    expect(form.draft.reasons).toBe('For my mother');
    expect(await planVersions()).toEqual([]);
    await locale.need(['plan']);
    expect(say(form.failure!)).toMatch(/^Your plan could not be saved: DISK/);
    await locale.set('es');
    expect(say(form.failure!)).not.toMatch(/could not be saved/);

    vi.restoreAllMocks();
    expect(await form.save()).toBe(true);
    expect(form.failure).toBeUndefined();
  });
});
