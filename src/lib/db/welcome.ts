import { readOrEmpty } from './database';

/** Tables whose rows only the client writes (the meeting list and built-in tags are not theirs). */
const CLIENT_TABLES = [
  'checkIns',
  'sessions',
  'attendance',
  'slips',
  'plans',
  'measures',
  'favourites',
] as const;

/**
 * Whether the client has kept anything on this phone: a record of their own, or a program start
 * date. A client who has used the app never sees the welcome. A database that does not exist yet
 * answers no (and is not created); counting reads no record's contents (none is decrypted).
 */
export function hasClientRecords(): Promise<boolean> {
  return readOrEmpty(
    (d) =>
      d.transaction('r', [...CLIENT_TABLES, 'settings'], async () => {
        for (const table of CLIENT_TABLES) if ((await d.table(table).count()) > 0) return true;
        return (await d.settings.get('programStartDate')) !== undefined;
      }),
    false,
  );
}

/**
 * Whether the client has checked in on this phone (a count, nothing decrypted; no database, no).
 * A check-in saved while a welcome stood half-way means the client is using the app: the
 * welcome's last step is done, and Today (with its Right now panel) comes back.
 */
export function hasCheckIns(): Promise<boolean> {
  return readOrEmpty((d) => d.checkIns.count().then((count) => count > 0), false);
}
