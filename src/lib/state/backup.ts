import { allCheckIns } from '$lib/db/checkIns';
import { exportData } from '$lib/db/backup';
import { setSetting } from '$lib/db/settings';
import { scheduleData } from '$lib/db/sessions';
import { allTags } from '$lib/db/tags';
import { attendedMinutes } from '$lib/domain/attendance';
import { localDate } from '$lib/domain/dates';
import { deviceTimeZone } from './clock.svelte';
import { buildBackup, toCsv } from '$lib/domain/backup';
import { currentSchemaVersion } from '$lib/db/schema';
import { tagName } from '$lib/domain/tags';
import { locale, t } from '$lib/i18n/locale.svelte';
import { downloadText } from '$lib/utils/download';
import { mark, measure } from '$lib/boot/mark';

// The phone's own date: at 8 PM in Oregon the UTC date is already tomorrow's.
const today = () => localDate(new Date(), deviceTimeZone());

/** Builds a backup of everything, saves it as a file, and remembers when. Returns the file name. */
export async function exportBackupFile(options: {
  passphrase?: string;
  includeEvents: boolean;
}): Promise<string> {
  mark('backup:export:start');
  const data = await exportData({ includeEvents: options.includeEvents });
  const text = await buildBackup(data, {
    appVersion: __APP_VERSION__,
    schemaVersion: currentSchemaVersion,
    now: new Date(),
    ...(options.passphrase ? { passphrase: options.passphrase } : {}),
  });
  const file = `blvd-backup-${today()}${options.passphrase ? '-encrypted' : ''}.json`;
  downloadText(file, text, 'application/json');
  measure('backup:export', 'backup:export:start');
  await setSetting('lastBackupAt', Date.now());
  return file;
}

/** Check-ins as a spreadsheet, in the client's language. */
export async function exportCheckInsCsv(): Promise<string> {
  const [checkIns, tags] = await Promise.all([allCheckIns(), allTags()]);
  const names = new Map(tags.map((tag) => [tag.id, tagName(tag, t)]));
  const list = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join('; ');
  const rows = [
    ['date', 'time', 'mood', 'craving', 'triggers', 'coping', 'used', 'note'],
    ...checkIns
      .slice()
      .reverse()
      .map((c) => [
        c.date,
        new Date(c.at).toTimeString().slice(0, 5),
        `${c.mood} ${t(`checkIn.mood.${c.mood}`)}`,
        c.craving,
        list(c.triggerIds),
        list(c.copingIds),
        c.used ? t(`checkIn.used.${c.used}`) : '',
        c.note ?? '',
      ]),
  ];
  const file = `blvd-check-ins-${today()}.csv`;
  downloadText(file, toCsv(rows), 'text/csv');
  return file;
}

export async function exportAttendanceCsv(): Promise<string> {
  const { attendance } = await scheduleData();
  const rows = [
    ['date', 'session', 'status', 'scheduled hours', 'attended hours', 'reason'],
    ...attendance
      .slice()
      .sort((a, b) => a.scheduledStart - b.scheduledStart)
      .map((a) => [
        a.date,
        a.title,
        t(`attendance.${a.status}`),
        ((a.scheduledEnd - a.scheduledStart) / 3_600_000).toFixed(2),
        (attendedMinutes(a) / 60).toFixed(2),
        a.reason ?? '',
      ]),
  ];
  const file = `blvd-attendance-${today()}.csv`;
  downloadText(file, toCsv(rows), 'text/csv');
  return file;
}

/** Measures taken, one row a result (the columns: domain/measures/csv.ts). */
export async function exportMeasuresCsv(): Promise<string> {
  const [{ allMeasures }, { measuresCsvRows }] = await Promise.all([
    import('$lib/db/measures'),
    import('$lib/domain/measures/csv'),
    locale.need(['measures']),
  ]);
  const rows = measuresCsvRows(await allMeasures(), (band) => t(`measures.band.${band}`));
  const file = `blvd-measures-${today()}.csv`;
  downloadText(file, toCsv(rows), 'text/csv');
  return file;
}
