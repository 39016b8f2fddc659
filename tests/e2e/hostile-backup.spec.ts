import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CheckInPage } from './pages/checkIn';

/**
 * Backup files someone else may have crafted, imported through the real Settings screen. The
 * accepted one holds every trick the checks let through (markup in every text, links the
 * screens must not make into links, the edges of the date range, a zone at UTC+14); every
 * screen must then draw without a page error and make no link to a scheme a client could be
 * harmed by. The refused ones must say why and change nothing.
 */

const NOW = Date.now();
const today = new Date().toISOString().slice(0, 10);
const markup = '<img src=x onerror="window.__pwned=1">';
const event = {
  id: 'hostile:one',
  sourceId: 'hostile',
  slug: 'one',
  name: `Meeting ${markup}`,
  days: [0, 1, 2, 3, 4, 5, 6],
  time: '12:00',
  endTime: '13:00',
  timezone: 'Pacific/Kiritimati',
  types: ['O', markup],
  program: 'AA',
  attendance: 'hybrid',
  isTemporarilyClosed: false,
  address: `1 Main St ${markup}`,
  notes: `<script>window.__pwned=1</script>`,
  conferenceUrl: 'https://meet.example/j/1',
  conferencePhone: 'javascript:alert(1)',
};

/** A plain version 2 backup of `data` (the checksum is of the canonical JSON, as the app writes). */
async function backupOf(page: Page, data: Record<string, unknown[]>): Promise<Buffer> {
  const text = await page.evaluate(async (data) => {
    const canonical = (value: unknown): string => {
      if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
      if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
      const record = value as Record<string, unknown>;
      return `{${Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`)
        .join(',')}}`;
    };
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(data)));
    const checksum = [...new Uint8Array(digest)]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    return JSON.stringify({
      format: 'blvd-companion-backup',
      formatVersion: 2,
      appVersion: '0.1.0',
      schemaVersion: 4,
      exportedAt: new Date().toISOString(),
      // A claim the preview must not repeat: it counts what passed the checks.
      counts: { checkIns: 1, slips: 99 },
      checksum,
      encryption: null,
      data,
    });
  }, data);
  return Buffer.from(text);
}

function hostileButAccepted(): Record<string, unknown[]> {
  return {
    checkIns: [
      {
        id: 'old',
        at: Date.UTC(1900, 0, 1, 20),
        date: '1900-01-01',
        mood: 2,
        craving: 10,
        triggerIds: ['tired', 'no-such-tag'],
        copingIds: [],
        note: markup,
        createdAt: NOW,
        updatedAt: NOW,
      },
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `c${i}`,
        at: NOW - i * 3_600_000,
        date: today,
        mood: 1 + (i % 5),
        craving: i % 11,
        triggerIds: [],
        copingIds: ['meeting'],
        note: `javascript:alert(${i}) ${markup}`,
        createdAt: NOW,
        updatedAt: NOW,
      })),
    ],
    tags: [{ id: 'mine', kind: 'coping', name: markup.slice(0, 40), isArchived: false, order: 30 }],
    sessions: [
      {
        id: 'hostile-session',
        title: `Group ${markup}`.slice(0, 100),
        kind: 'group',
        weekdays: [0, 1, 2, 3, 4, 5, 6],
        startDate: '2020-01-01',
        // The longest session the form accepts (16 hours), so it is on at almost any hour.
        startTime: '07:00',
        endTime: '23:00',
        endsNextDay: false,
        timezone: 'Pacific/Kiritimati',
        address: markup,
        // A web link the form accepts, but with a user name in it: shown as text, not a link.
        joinUrl: 'https://bank.example@evil.example/',
        phone: 'tel:911',
        notes: markup,
      },
    ],
    attendance: [
      {
        id: 'hostile-session|2020-01-01T00:00',
        sessionId: 'hostile-session',
        occurrenceStart: '2020-01-01T00:00',
        date: '2020-01-01',
        status: 'attended',
        title: markup,
        scheduledStart: Date.UTC(2019, 11, 31, 10),
        scheduledEnd: Date.UTC(2019, 11, 31, 10) + 86_340_000,
        reason: markup,
        updatedAt: NOW,
      },
    ],
    slips: [{ id: 'slip', date: '2100-12-31', note: markup }],
    events: [event],
    favourites: [{ id: event.id, event, addedAt: NOW }],
    settings: [
      { key: 'programStartDate', value: '1900-01-01' },
      { key: 'plannedDays', value: 3650 },
      { key: 'weeklyHoursTarget', value: 60 },
      { key: 'timezone', value: 'Pacific/Kiritimati' },
      { key: 'sobrietyDate', value: '1900-01-01' },
      { key: 'aSettingFromTheFuture', value: 'javascript:alert(1)' },
    ],
    plans: [
      {
        id: `plan:${today}`,
        date: today,
        savedAt: NOW,
        plan: {
          reasons: markup,
          helps: [markup, 'javascript:alert(1)'],
          places: ['data:text/html,hi'],
          people: [
            { id: 'p1', name: markup.slice(0, 40), relationship: markup, phone: '+1 503 555 0142' },
          ],
          professionals: [{ id: 'p2', name: 'Dr. X', relationship: '', phone: '' }],
        },
      },
    ],
    measures: [
      {
        id: 'm1',
        instrument: 'phq9',
        date: today,
        savedAt: NOW,
        answers: [3, 3, 3, 3, 3, 3, 3, 3, 3],
      },
    ],
  };
}

/** One valid record of each kind the refused files break. */
function refusedBase(): Record<string, Record<string, unknown>[]> {
  const data = JSON.parse(
    readFileSync('tests/fixtures/backups/expected-data.json', 'utf8'),
  ) as Record<string, Record<string, unknown>[]>;
  return data;
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.goto('/settings');
  await page
    .getByLabel(/Backup file|Archivo de copia/)
    .setInputFiles({ name, mimeType: 'application/json', buffer });
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'tel:', 'sms:', 'mailto:']);

/** Every link on the page: a same-origin path, or one of the schemes a phone handles safely. */
async function unsafeLinks(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href')!));
  return hrefs.filter((href) => {
    const url = new URL(href, page.url());
    if (url.origin === origin) return false;
    if (!SAFE_SCHEMES.has(url.protocol)) return true;
    // A web link must be one with no user name in it (bank.example@evil.example).
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && !!(url.username || url.password)
    );
  });
}

const SCREENS = [
  '/',
  '/check-in',
  '/check-in/history',
  '/schedule',
  '/progress',
  '/progress/report',
  '/plan',
  '/plan/card',
  '/measures',
  '/events',
  `/events/detail?id=${encodeURIComponent(event.id)}`,
  '/settings',
];

test('a hostile backup the checks accept: every screen draws, no link but safe ones', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  await page.goto('/settings');
  await importFile(page, 'hostile.json', await backupOf(page, hostileButAccepted()));
  // Counted from what passed the checks (41 check-ins, 1 slip), not the file's own claim.
  await expect(page.getByText('Check-ins: 41')).toBeVisible();
  await expect(page.getByText('Slips: 1')).toBeVisible();
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText('Backup imported. Nothing was lost.')).toBeVisible();
  // Before Events is opened (it brings the published list, which replaces the imported one).
  await page.goto(`/events/detail?id=${encodeURIComponent(event.id)}`);
  await expect(page.getByText('javascript:alert(1)')).toBeVisible();
  await expect(page.getByRole('link', { name: /Join/ })).toHaveAttribute(
    'href',
    'https://meet.example/j/1',
  );

  for (const path of SCREENS) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Let live queries draw what they read.
    await page.waitForTimeout(300);
    expect(await unsafeLinks(page), path).toEqual([]);
    expect(
      await page.evaluate(() => (window as { __pwned?: number }).__pwned),
      path,
    ).toBeUndefined();
    expect(await page.locator('img[src="x"]').count(), path).toBe(0);
  }
  await page.goto('/schedule');
  // The refused link and number are there to read, as text.
  await expect(page.getByText('https://bank.example@evil.example/').first()).toBeVisible();
  expect(errors).toEqual([]);
});

const refusals: [string, (data: Record<string, Record<string, unknown>[]>) => void][] = [
  ['a javascript: session link', (d) => void (d.sessions![0]!.joinUrl = 'javascript:alert(1)')],
  ['a time zone that does not exist', (d) => void (d.sessions![0]!.timezone = 'Not/AZone')],
  ['planned days of -5', (d) => void d.settings!.push({ key: 'plannedDays', value: -5 })],
  ['a check-in dated 9999-12-31', (d) => void (d.checkIns![0]!.date = '9999-12-31')],
];

for (const [name, spoil] of refusals) {
  test(`refused: ${name}, with a clear message, and nothing changes`, async ({ page }) => {
    const checkIn = new CheckInPage(page);
    await checkIn.saveOne('Good');
    const before = await checkIn.storedCheckIns();

    const data = refusedBase();
    spoil(data);
    await importFile(page, 'spoiled.json', await backupOf(page, data));
    await expect(page.getByRole('alert')).toHaveText(
      'This backup holds values the app cannot accept (for example a mood outside 1-5). Nothing was changed.',
    );
    await expect(page.getByText('This backup holds:')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Merge' })).toHaveCount(0);
    expect(await checkIn.storedCheckIns()).toEqual(before);
  });
}

test('in Spanish: a refused file says why; the passphrase strength is read out', async ({
  page,
  frame,
}) => {
  await frame.openIn('/settings', 'es');
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
  const data = refusedBase();
  data.sessions![0]!.timezone = 'Not/AZone';
  await importFile(page, 'mala.json', await backupOf(page, data));
  await expect(page.getByRole('alert')).toContainText(
    'Esta copia tiene valores que la aplicación no acepta',
  );

  const passphrase = page.getByLabel('Contraseña (opcional, recomendada)');
  const strength = page.locator('#backup-strength');
  await expect(strength).toHaveAttribute('aria-live', 'polite');
  await passphrase.fill('12345678');
  await expect(strength).toContainText('Seguridad: débil.');
  await expect(strength).toContainText('Solo números');
  await passphrase.fill('río verde casa luna');
  await expect(strength).toContainText('Seguridad: fuerte.');
  await frame.expectNoAxeViolations();
});

test('a weak backup passphrase is refused, a fair one makes the file', async ({ page }) => {
  await page.goto('/settings');
  const passphrase = page.getByLabel('Passphrase (optional, recommended)');
  await passphrase.fill('password');
  await expect(page.locator('#backup-strength')).toContainText('Strength: weak.');
  await page.getByLabel('Passphrase again').fill('password');
  await page.getByRole('button', { name: 'Export backup' }).click();
  await expect(
    page.getByText('This passphrase is too easy to guess for a backup file.'),
  ).toBeVisible();

  await passphrase.fill('tulips4grandma');
  await expect(page.locator('#backup-strength')).toContainText('Strength: fair.');
  await page.getByLabel('Passphrase again').fill('tulips4grandma');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(Object.keys(file).sort()).toEqual(['ciphertext', 'encryption', 'format', 'formatVersion']);
  expect(file.encryption.kdf).toBe('argon2id');
});

test('a version 1 encrypted backup (PBKDF2) still opens in the browser', async ({ page }) => {
  await importFile(page, 'v1.json', readFileSync('tests/fixtures/backups/v1-encrypted.json'));
  // Version 1 kept its date in the clear; what it holds shows once it is open.
  await expect(page.getByText('Made on')).toBeVisible();
  await expect(page.getByText('Check-ins:')).toHaveCount(0);
  await page.getByLabel('Backup passphrase').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByText('Check-ins: 2')).toBeVisible();
});

test('offline, an encrypted backup is made and opened (Argon2id in its precached worker)', async ({
  page,
  frame,
}) => {
  await new CheckInPage(page).saveOne('Good');
  await frame.openThenOffline('/settings');
  await page.reload();
  await page.getByLabel('Passphrase (optional, recommended)').fill('river green house moon');
  await page.getByLabel('Passphrase again').fill('river green house moon');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const path = await (await download).path();
  await page.getByLabel('Backup file').setInputFiles(path);
  await page.getByLabel('Backup passphrase').fill('river green house moon');
  await page.getByRole('button', { name: 'Open backup' }).click();
  await expect(page.getByText('Check-ins: 1')).toBeVisible();
  await page.context().setOffline(false);
});
