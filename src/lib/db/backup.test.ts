import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  BackupError,
  buildBackup,
  canonicalJson,
  openBackup,
  openBackupFile,
  previewOf,
  readBackupHeader,
  toCsv,
  type BackupData,
} from '$lib/domain/backup';
import { ARGON2ID } from '$lib/crypto/argon2';
import { emptyPlan } from '$lib/domain/plan/plan';
import { clearAll, exportData, importData, rawDump } from './backup';
import { saveCheckIn } from './checkIns';
import { withDb } from './database';
import { useEmptyDatabase } from './test-database';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/backups/${name}`, import.meta.url)));
const expected = JSON.parse(
  readFileSync(
    new URL('../../../tests/fixtures/backups/expected-data.json', import.meta.url),
    'utf8',
  ),
) as BackupData;
const options = { appVersion: '0.1.0', schemaVersion: 4, now: new Date('2026-11-27T12:00:00Z') };
const bytes = (text: string) => new TextEncoder().encode(text);

/** Three years of a client's records. */
function threeYears(): BackupData {
  const day = (i: number) =>
    new Date(Date.UTC(2023, 10, 27) + i * 86_400_000).toISOString().slice(0, 10);
  return {
    checkIns: Array.from({ length: 1100 }, (_, i) => ({
      id: `c${i}`,
      at: Date.UTC(2023, 10, 27, 19) + i * 86_400_000,
      date: day(i),
      mood: 1 + (i % 5),
      craving: i % 11,
      triggerIds: ['tired'],
      copingIds: i % 2 ? ['meeting'] : [],
      ...(i % 3 ? { note: `Day ${i}: “quotes”, commas, and ñ` } : {}),
      createdAt: i,
      updatedAt: i,
    })),
    attendance: Array.from({ length: 2300 }, (_, i) => ({
      id: `s|${i}`,
      sessionId: 's',
      occurrenceStart: `${day(Math.floor(i / 2))}T09:00`,
      date: day(Math.floor(i / 2)),
      status: i % 7 ? 'attended' : 'missed',
      title: 'Group',
      scheduledStart: i * 1000,
      scheduledEnd: i * 1000 + 10_800_000,
      updatedAt: i,
    })),
    settings: [{ key: 'programStartDate', value: '2023-11-27' }],
    sessions: [],
    tags: [],
    occurrenceChanges: [],
    slips: [],
    favourites: [],
    // The plan as it grew: a version a month for three years.
    plans: Array.from({ length: 36 }, (_, i) => ({
      id: `plan:${day(i * 30)}`,
      date: day(i * 30),
      savedAt: Date.UTC(2023, 10, 27, 20) + i * 30 * 86_400_000,
      plan: {
        ...emptyPlan(),
        reasons: 'My kids, “and” me',
        helps: Array.from({ length: 1 + (i % 5) }, (_, j) => `Step ${j}`),
        people: [{ id: 'p1', name: 'Maria', relationship: 'Sponsor', phone: '+1 503 555 0142' }],
      },
    })),
    recordings: [
      {
        id: 'message',
        mimeType: 'audio/webm;codecs=opus',
        data: btoa('not really opus'),
        durationMs: 5000,
        recordedAt: 1,
        updatedAt: 1,
      },
    ],
    // PHQ-9 and GAD-7 every two weeks for three years, a few left incomplete.
    measures: Array.from({ length: 156 }, (_, i) => ({
      id: `m${i}`,
      instrument: i % 2 ? 'gad7' : 'phq9',
      date: day(i * 7),
      savedAt: Date.UTC(2023, 10, 27, 20) + i * 7 * 86_400_000,
      answers: Array.from({ length: i % 2 ? 7 : 9 }, (_, j) =>
        i % 13 === 0 && j === 2 ? null : (i + j) % 4,
      ),
    })),
  };
}

/** Records in primary-key order, as IndexedDB returns them. */
function byKey(data: BackupData): BackupData {
  return Object.fromEntries(
    Object.entries(data).map(([table, records]) => [
      table,
      [...records!].sort((a, b) =>
        String(a.id ?? a.key).localeCompare(String(b.id ?? b.key), 'en', { numeric: false }),
      ),
    ]),
  );
}

useEmptyDatabase();

describe('backup round trip', () => {
  it('export, delete everything, import: every record is identical (canonical JSON)', async () => {
    const data = threeYears();
    await importData(data, 'replace');
    const exported = await exportData({ includeEvents: false });
    const file = await buildBackup(exported, options);
    await clearAll();
    expect((await exportData({ includeEvents: false })).checkIns).toEqual([]);

    const header = readBackupHeader(bytes(file));
    const restored = await openBackup(header);
    await importData(restored, 'replace');
    expect(canonicalJson(byKey(await exportData({ includeEvents: false })))).toBe(
      canonicalJson(byKey(data)),
    );
  });

  it('an encrypted backup opens only with its passphrase', { timeout: 30_000 }, async () => {
    const data = threeYears();
    const file = await buildBackup(data, { ...options, passphrase: 'a long passphrase' });
    expect(file).not.toContain('Day 1:');
    const header = readBackupHeader(bytes(file));
    expect(previewOf(header).isEncrypted).toBe(true);
    await expect(openBackup(header, 'wrong passphrase')).rejects.toThrow('backup.error.passphrase');
    expect(canonicalJson(await openBackup(header, 'a long passphrase'))).toBe(canonicalJson(data));
  });

  it(
    'files from format version 1 still import, plain and encrypted',
    { timeout: 30_000 },
    async () => {
      const plain = await openBackup(readBackupHeader(fixture('v1-plain.json')));
      expect(canonicalJson(plain)).toBe(canonicalJson(expected));
      const secret = await openBackup(
        readBackupHeader(fixture('v1-encrypted.json')),
        'correct horse battery staple',
      );
      expect(canonicalJson(secret)).toBe(canonicalJson(expected));
      await importData(plain, 'merge');
      const header = readBackupHeader(fixture('v1-plain.json'));
      expect(previewOf(header, await openBackupFile(header))).toMatchObject({
        counts: { checkIns: 2, attendance: 1 },
        firstDate: '2026-10-29',
        lastDate: '2026-10-30',
      });
    },
  );
});

describe('format version 2', () => {
  const secret = 'a long passphrase';
  const clearOf = (text: string) => JSON.parse(text) as Record<string, unknown>;

  it('an encrypted file shows nothing but how to open it', { timeout: 30_000 }, async () => {
    const text = await buildBackup(threeYears(), { ...options, passphrase: secret });
    const clear = clearOf(text);
    expect(Object.keys(clear).sort()).toEqual([
      'ciphertext',
      'encryption',
      'format',
      'formatVersion',
    ]);
    expect(clear.formatVersion).toBe(2);
    expect(clear.encryption).toMatchObject({ alg: 'AES-GCM', kdf: 'argon2id', ...ARGON2ID });
    for (const word of ['counts', 'exportedAt', 'checksum', 'appVersion', 'checkIns', '2026-11-27'])
      expect(text).not.toContain(word);
    const header = readBackupHeader(bytes(text));
    const before = previewOf(header);
    expect(before).toEqual({ isEncrypted: true, formatVersion: 2 });
    const opened = await openBackupFile(header, secret);
    expect(previewOf(header, opened)).toMatchObject({
      appVersion: '0.1.0',
      exportedAt: '2026-11-27T12:00:00.000Z',
      counts: {
        checkIns: 1100,
        attendance: 2300,
        plans: 36,
        measures: 156,
        recordings: 1,
        settings: 1,
      },
    });
  });

  it(
    'a header changed in the clear fails, as a changed ciphertext does',
    { timeout: 30_000 },
    async () => {
      const file = clearOf(await buildBackup(expected, { ...options, passphrase: secret }));
      const encryption = file.encryption as Record<string, unknown>;
      // Still sane parameters, so only the associated data can catch it.
      for (const change of [{ iterations: 2 }, { parallelism: 1 }, { alg: 'AES-GCM', extra: 1 }]) {
        const changed = { ...file, encryption: { ...encryption, ...change } };
        const header = readBackupHeader(bytes(JSON.stringify(changed)));
        await expect(openBackup(header, secret)).rejects.toThrow('backup.error.passphrase');
      }
      await expect(
        openBackup(readBackupHeader(bytes(JSON.stringify(file))), secret),
      ).resolves.toEqual(expected);
    },
  );

  it.each([
    ['4 GiB of memory', { memoryKiB: 4 * 1024 * 1024 }],
    ['a thousand passes', { iterations: 1000 }],
    ['no memory at all', { memoryKiB: 1 }],
    ['a fractional lane count', { parallelism: 1.5 }],
    ['parameters as text', { memoryKiB: '65536' }],
    ['another KDF', { kdf: 'scrypt' }],
    ['a short salt', { salt: 'AAAA' }],
  ])('a file asking for %s is refused before any hashing', async (_name, change) => {
    const file = clearOf(await buildBackup(expected, { ...options, passphrase: secret }));
    const changed = { ...file, encryption: { ...(file.encryption as object), ...change } };
    expect(() => readBackupHeader(bytes(JSON.stringify(changed)))).toThrow(
      new BackupError('backup.error.shape'),
    );
  });

  it('a weak passphrase makes no backup', async () => {
    for (const weak of ['123456789012', 'password', 'aaaaaaaaaaaaaaaa'])
      await expect(buildBackup(expected, { ...options, passphrase: weak })).rejects.toThrow(
        'backup.error.weakPassphrase',
      );
  });

  it('the preview counts the records that passed, not what the file claims', async () => {
    const many = Array.from({ length: 500 }, (_, i) => ({
      ...expected.checkIns![0]!,
      id: `c${i}`,
    }));
    const file = clearOf(await buildBackup({ checkIns: many }, options));
    file.counts = { checkIns: 1, slips: 40 };
    const header = readBackupHeader(bytes(JSON.stringify(file)));
    const preview = previewOf(header, await openBackupFile(header));
    expect(preview.counts).toEqual({ checkIns: 500 });
  });

  it(
    'opens three years of records, encrypted, in a few seconds (figure printed)',
    { timeout: 60_000 },
    async () => {
      const text = await buildBackup(threeYears(), { ...options, passphrase: secret });
      const started = performance.now();
      const opened = await openBackupFile(readBackupHeader(bytes(text)), secret);
      const ms = performance.now() - started;
      console.log(
        `open a v2 encrypted backup of 3 years (${(text.length / 1024).toFixed(0)} KiB): ${ms.toFixed(0)} ms`,
      );
      expect(opened.data.checkIns).toHaveLength(1100);
      expect(ms).toBeLessThan(15_000);
    },
  );
});

/** A record already on the phone, which a failed import must leave alone. */
const mine = {
  id: 'mine',
  at: 1,
  date: '2026-11-27',
  mood: 3 as const,
  craving: 1,
  triggerIds: [],
  copingIds: [],
  createdAt: 1,
  updatedAt: 1,
};

describe('bad backups change nothing', () => {
  const good = () =>
    JSON.parse(
      readFileSync(
        new URL('../../../tests/fixtures/backups/v1-plain.json', import.meta.url),
        'utf8',
      ),
    );
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    ['an empty file', () => new Uint8Array(), 'backup.error.empty'],
    ['a truncated file', () => fixture('v1-plain.json').slice(0, 500), 'backup.error.notJson'],
    ['not JSON', () => bytes('hello, not a backup'), 'backup.error.notJson'],
    ['JSON of the wrong shape', () => bytes('[1,2,3]'), 'backup.error.shape'],
    [
      'a checksum mismatch',
      () => bytes(JSON.stringify({ ...good(), checksum: '0'.repeat(64) })),
      'backup.error.checksum',
    ],
    [
      'a newer format version',
      () => bytes(JSON.stringify({ ...good(), formatVersion: 99 })),
      'backup.error.newer',
    ],
    [
      'keys like __proto__',
      () =>
        bytes(
          JSON.stringify(good()).replace('"counts":{', '"counts":{"__proto__":{"polluted":true},'),
        ),
      'backup.error.unsafe',
    ],
    ['a 200 MB file', () => new Uint8Array(200 * 1024 * 1024), 'backup.error.tooBig'],
    [
      'a record with out-of-range values',
      async () => {
        const data = structuredClone(expected);
        data.checkIns![0]!.mood = 9;
        return bytes(await buildBackup(data, options));
      },
      'backup.error.values',
    ],
    [
      'a tampered ciphertext',
      () => {
        const file = JSON.parse(new TextDecoder().decode(fixture('v1-encrypted.json')));
        const c: string = file.ciphertext;
        file.ciphertext = (c[0] === 'A' ? 'B' : 'A') + c.slice(1);
        return bytes(JSON.stringify(file));
      },
      'backup.error.passphrase',
    ],
  ];

  it.each(cases)('%s', { timeout: 30_000 }, async (_name, make, reason) => {
    await saveCheckIn(mine);
    const before = canonicalJson(await rawDump());
    const attempt = async () => {
      const header = readBackupHeader(await make());
      const data = await openBackup(header, 'correct horse battery staple');
      await importData(data, 'replace');
    };
    await expect(attempt()).rejects.toThrow(new BackupError(reason as never));
    expect(canonicalJson(await rawDump())).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a write that fails half-way rolls the whole import back', async () => {
    await saveCheckIn(mine);
    const before = canonicalJson(await rawDump());
    const db = await withDb((d) => d);
    const attendance = db.table('attendance');
    const spy = vi.spyOn(attendance, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(importData(threeYears(), 'replace')).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(canonicalJson(await rawDump())).toBe(before);
  });
});

describe('merge', () => {
  it('keeps both sides without duplicates; the later edit wins; local settings stay', async () => {
    await importData(
      {
        checkIns: [
          { ...expected.checkIns![0]!, note: 'edited on the phone', updatedAt: 9_999_999_999_999 },
          {
            id: 'local',
            at: 5,
            date: '2026-11-20',
            mood: 5,
            craving: 0,
            triggerIds: [],
            copingIds: [],
            createdAt: 5,
            updatedAt: 5,
          },
        ],
        settings: [{ key: 'weeklyHoursTarget', value: 12 }],
      },
      'replace',
    );
    await importData(expected, 'merge');
    const after = await exportData({ includeEvents: false });
    expect(after.checkIns!.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'local']);
    expect(after.checkIns!.find((c) => c.id === 'c1')!.note).toBe('edited on the phone');
    expect(after.settings!.find((s) => s.key === 'weeklyHoursTarget')!.value).toBe(12);
    expect(after.settings!.find((s) => s.key === 'programStartDate')!.value).toBe('2026-10-26');
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', '=SUM(A1)', '-5', 3]])).toBe(
      '"a,b","say ""hi""","two\nlines",\'=SUM(A1),\'-5,3\r\n',
    );
  });
});
