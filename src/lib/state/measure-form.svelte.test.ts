import { describe, expect, it, vi } from 'vitest';
import { withDb } from '$lib/db/database';
import { getDraft } from '$lib/db/drafts';
import { allMeasures } from '$lib/db/measures';
import { locale } from '$lib/i18n/locale.svelte';
import { say } from '$lib/i18n/format';
import { useFreshPhone } from './test-phone';
import { MeasureForm } from './measure-form.svelte';

const today = '2026-12-07';

useFreshPhone();

describe('MeasureForm', () => {
  it('refuses a result with no answer and one dated in the future', async () => {
    const form = new MeasureForm('gad7');
    await form.load(today);
    expect(form.status).toBe('answering');
    expect(await form.save(today)).toBe(false);
    expect(form.errors).toContain('answers.none');
    form.answer(0, 2);
    form.date = '2026-12-08';
    expect(await form.save(today)).toBe(false);
    expect(form.errors).toEqual(['date.future']);
    expect(await allMeasures()).toEqual([]);
  });

  it('saves the answers given (the rest left unanswered)', async () => {
    const form = new MeasureForm('gad7');
    await form.load(today);
    form.answer(0, 2);
    form.answer(3, 1);
    expect(await form.save(today)).toBe(true);
    expect(form.status).toBe('saved');
    const [stored] = await allMeasures();
    expect(stored?.instrument).toBe('gad7');
    expect(stored?.answers.slice(0, 4)).toEqual([2, null, null, 1]);
    expect(form.saved?.id).toBe(stored?.id);
  });

  it('a failed save keeps the answers (and their draft), said in the language of the moment', async () => {
    const form = new MeasureForm('gad7');
    await form.load(today);
    form.answer(1, 3);
    const full = Object.assign(new Error('QUOTA'), { name: 'QuotaExceededError' });
    await withDb(async (database) => {
      vi.spyOn(database.measures, 'put').mockRejectedValue(full);
    });

    expect(await form.save(today)).toBe(false);
    expect(form.status).toBe('failed');
    // A full disk is said in our words (the browser's are English only), not as "QUOTA".
    expect(form.failure).toEqual({
      key: 'measures.form.saveFailed',
      params: { message: { key: 'write.full' } },
    });
    expect(form.answers[1]).toBe(3);
    await vi.waitFor(async () =>
      expect((await getDraft<{ answers: number[] }>('measure:gad7'))?.answers[1]).toBe(3),
    );
    await locale.need(['measures']);
    expect(say(form.failure!)).toMatch(
      /^Your answers could not be saved: this phone is out of storage space; free up some space first\./,
    );
    await locale.set('es');
    // The cause switches language with its sentence.
    expect(say(form.failure!)).not.toMatch(/could not be saved|storage space/);
    expect(say(form.failure!)).toContain('este teléfono no tiene espacio libre');

    vi.restoreAllMocks();
    expect(await form.save(today)).toBe(true);
    expect(form.failure).toBeUndefined();
  });
});
