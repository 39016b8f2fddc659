import { describe, expect, it } from 'vitest';
import { buildBackup, openBackup, readBackupHeader } from '$lib/domain/backup';
import type { MeasureResult } from '$lib/domain/measures/result';
import { exportData, importData, rawDump } from './backup';
import { deleteDatabase } from './database';
import { enableLock } from './lock-keys';
import { allMeasures, deleteMeasure, getMeasure, lastTaken, saveMeasure } from './measures';
import { useEmptyDatabase } from './test-database';

const phq: MeasureResult = {
  id: 'r1',
  instrument: 'phq9',
  date: '2026-11-14',
  answers: [2, 2, 1, 1, 0, 1, 2, 0, 1],
  savedAt: Date.UTC(2026, 10, 14, 18),
};
const gad: MeasureResult = {
  id: 'r2',
  instrument: 'gad7',
  date: '2026-11-20',
  answers: [1, 1, null, 0, 0, 2, 1],
  savedAt: Date.UTC(2026, 10, 20, 18),
};

/** 1-6, 7A-7G, 8-17; item 5 left unanswered. */
const bam: MeasureResult = {
  id: 'r3',
  instrument: 'bam',
  date: '2026-11-21',
  answers: [1, 2, 0, 2, null, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2, 4, 1, 2, 3, 1, 0, 4, 2],
  savedAt: Date.UTC(2026, 10, 21, 18),
};

useEmptyDatabase();

describe('measures repository', () => {
  it('saves, edits under the same id, lists by day and deletes', async () => {
    await saveMeasure(gad);
    await saveMeasure(phq);
    expect((await allMeasures()).map((r) => r.id)).toEqual(['r1', 'r2']);
    await saveMeasure({ ...phq, answers: [3, 3, 3, 3, 3, 3, 3, 3, 0], date: '2026-11-13' });
    expect((await getMeasure('r1'))?.answers).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 0]);
    expect(await allMeasures()).toHaveLength(2);
    expect(await lastTaken()).toEqual({ phq9: '2026-11-13', gad7: '2026-11-20' });
    await deleteMeasure('r2');
    expect((await allMeasures()).map((r) => r.id)).toEqual(['r1']);
  });

  it('clears the questionnaire’s draft in the same transaction', async () => {
    const { getDraft, saveDraft } = await import('./drafts');
    await saveDraft('measure:phq9', { answers: [1] });
    await saveMeasure(phq, 'measure:phq9');
    expect(await getDraft('measure:phq9')).toBeUndefined();
  });

  it('stores no answer readable at rest under the app lock', async () => {
    await enableLock('correct horse battery');
    await saveMeasure(phq);
    const stored = JSON.stringify(await rawDump());
    expect(stored).not.toContain('"answers"');
    expect(stored).not.toContain('[2,2,1,1,0,1,2,0,1]');
    expect((await getMeasure('r1'))?.answers).toEqual(phq.answers);
  });

  it('keeps a BAM beside the others, sealed like them under the app lock', async () => {
    await enableLock('correct horse battery');
    await saveMeasure(bam);
    await saveMeasure({ ...phq, difficulty: 2 });
    const stored = JSON.stringify(await rawDump());
    expect(stored).not.toContain('"answers"');
    expect(stored).not.toContain('"difficulty"');
    expect(stored).not.toContain('[1,2,0,2,null');
    expect(await getMeasure('r3')).toEqual(bam);
    expect(await getMeasure('r1')).toMatchObject({ difficulty: 2 });
    expect(await lastTaken()).toEqual({ phq9: '2026-11-14', bam: '2026-11-21' });
  });
});

describe('measures in backups', { timeout: 30_000 }, () => {
  it('a backup round trip keeps every result, incomplete ones as they were', async () => {
    await saveMeasure(phq);
    await saveMeasure(gad);
    await saveMeasure(bam);
    const text = await buildBackup(await exportData({ includeEvents: false }), {
      now: new Date(),
      appVersion: 'test',
      schemaVersion: 7,
    });
    await deleteDatabase();
    const file = readBackupHeader(new TextEncoder().encode(text));
    expect(file.counts).toMatchObject({ measures: 3 });
    await importData(await openBackup(file), 'replace');
    expect(await allMeasures()).toEqual([phq, gad, bam]);
  });

  it('refuses a backup with an answer out of range, changing nothing', async () => {
    await saveMeasure(phq);
    const before = await rawDump();
    const data = await exportData({ includeEvents: false });
    const bad = structuredClone(data);
    (bad.measures![0]!.answers as number[])[0] = 7;
    const text = await buildBackup(bad, { now: new Date(), appVersion: 'test', schemaVersion: 7 });
    await expect(openBackup(readBackupHeader(new TextEncoder().encode(text)))).rejects.toThrow();
    expect(await rawDump()).toEqual(before);
  });

  it('refuses a whole backup whose BAM has an answer outside its list, changing nothing', async () => {
    await saveMeasure(phq);
    await saveMeasure(bam);
    const before = await rawDump();
    const data = await exportData({ includeEvents: false });
    const bad = structuredClone(data);
    const stored = bad.measures!.find((m) => m.instrument === 'bam')!;
    (stored.answers as number[])[19] = 4; // item 14 has two answers, No (0) and Yes (1)
    const text = await buildBackup(bad, { now: new Date(), appVersion: 'test', schemaVersion: 7 });
    await expect(openBackup(readBackupHeader(new TextEncoder().encode(text)))).rejects.toThrow();
    expect(await rawDump()).toEqual(before);
  });
});
