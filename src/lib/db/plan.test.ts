import { describe, expect, it } from 'vitest';
import {
  buildBackup,
  openBackup,
  openBackupFile,
  previewOf,
  readBackupHeader,
} from '$lib/domain/backup';
import { emptyPlan, type Plan } from '$lib/domain/plan/plan';
import { exportData, importData, rawDump } from './backup';
import { deleteDatabase } from './database';
import { enableLock } from './lock-keys';
import {
  deleteRecording,
  getPlanVersion,
  getRecording,
  latestPlan,
  planVersions,
  savePlan,
  saveRecording,
} from './plan';
import { useEmptyDatabase } from './test-database';

const zone = 'America/Los_Angeles';
const day = (d: number) => Date.UTC(2026, 10, d, 18); // 10:00 in Portland
const plan: Plan = {
  ...emptyPlan(),
  reasons: 'My daughter Sofia',
  helps: ['Walk along the Willamette'],
  people: [{ id: 'p1', name: 'Maria Lopez', relationship: 'Sponsor', phone: '503-555-0142' }],
};
const recording = {
  mimeType: 'audio/webm;codecs=opus',
  data: btoa('fake opus bytes'),
  durationMs: 4_000,
  recordedAt: day(20),
  updatedAt: day(20),
};

useEmptyDatabase();

describe('plan repository', () => {
  it('keeps one version per day and reads the newest as the plan in use', async () => {
    expect(await latestPlan()).toBeUndefined();
    await savePlan({ ...plan, helps: ['First try'] }, day(20), zone);
    await savePlan(plan, day(20) + 3_600_000, zone); // same day: replaces
    await savePlan({ ...plan, places: ['Library'] }, day(22), zone);

    const versions = await planVersions();
    expect(versions.map((v) => v.id)).toEqual(['plan:2026-11-22', 'plan:2026-11-20']);
    expect((await getPlanVersion('plan:2026-11-20'))?.plan).toEqual(plan);
    expect((await latestPlan())?.plan.places).toEqual(['Library']);
  });

  it('keeps and replaces the one voice message, and deletes it', async () => {
    await saveRecording(recording);
    expect(await getRecording()).toEqual({ id: 'message', ...recording });
    await saveRecording({ ...recording, durationMs: 9_000 });
    expect((await getRecording())?.durationMs).toBe(9_000);
    await deleteRecording();
    expect(await getRecording()).toBeUndefined();
  });
});

describe('plan under the app lock', { timeout: 30_000 }, () => {
  it('stores no text, name or number of the plan, nor the recording, readable at rest', async () => {
    await savePlan(plan, day(20), zone);
    await saveRecording(recording);
    await enableLock('correct horse battery');
    await savePlan({ ...plan, message: 'You got through worse' }, day(21), zone);

    const stored = JSON.stringify(await rawDump(), (_key, value) =>
      value instanceof ArrayBuffer || ArrayBuffer.isView(value)
        ? Array.from(new Uint8Array(value as ArrayBuffer))
        : value,
    );
    for (const secret of ['Sofia', 'Maria', '555-0142', 'Willamette', 'worse', recording.data]) {
      expect(stored).not.toContain(secret);
    }
    // The key is in memory: the plan reads back whole.
    expect((await latestPlan())?.plan.message).toBe('You got through worse');
    expect((await getRecording())?.data).toBe(recording.data);
  });
});

describe('plan in backups', { timeout: 30_000 }, () => {
  it('a backup round trip keeps the plan, its versions and the recording', async () => {
    await savePlan({ ...plan, helps: ['First try'] }, day(20), zone);
    await savePlan(plan, day(22), zone);
    await saveRecording(recording);
    const data = await exportData({ includeEvents: false });
    const text = await buildBackup(data, {
      now: new Date(day(23)),
      appVersion: 'test',
      schemaVersion: 6,
      passphrase: 'a long passphrase',
    });
    await deleteDatabase();

    const file = readBackupHeader(new TextEncoder().encode(text));
    // Counts are sealed in an encrypted file (format version 2): read once it is open.
    const opened = await openBackupFile(file, 'a long passphrase');
    expect(previewOf(file, opened).counts).toMatchObject({ plans: 2, recordings: 1 });
    await importData(opened.data, 'replace');
    expect((await planVersions()).map((v) => v.plan.helps)).toEqual([plan.helps, ['First try']]);
    expect(await getRecording()).toEqual({ id: 'message', ...recording });
  });

  it('refuses a backup whose plan has a number no phone can dial, changing nothing', async () => {
    await savePlan(plan, day(20), zone);
    const before = await rawDump();
    const data = await exportData({ includeEvents: false });
    const bad = structuredClone(data);
    (bad.plans![0]!.plan as Plan).people[0]!.phone = 'javascript:alert(1)';
    const text = await buildBackup(bad, {
      now: new Date(day(23)),
      appVersion: 'test',
      schemaVersion: 6,
    });
    await expect(openBackup(readBackupHeader(new TextEncoder().encode(text)))).rejects.toThrow();
    expect(await rawDump()).toEqual(before);
  });
});

describe('saving retires the draft', () => {
  it('in the same transaction as the plan', async () => {
    const { getDraft, saveDraft } = await import('./drafts');
    await saveDraft('plan', { reasons: 'half-typed' });
    await savePlan(plan, day(20), zone, 'plan');
    expect(await getDraft('plan')).toBeUndefined();
    expect((await latestPlan())?.plan).toEqual(plan);
  });
});

describe('hasRecords', () => {
  it('answers from an open database and never opens one (a wipe must stay a wipe)', async () => {
    const { hasRecords } = await import('./has-records');
    const { closeDb, openedDb } = await import('./database');
    closeDb();
    expect(await hasRecords('plans')).toBe(false);
    expect(openedDb()).toBeUndefined();
    await savePlan(plan, day(20), zone);
    expect(await hasRecords('plans')).toBe(true);
  });
});
