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
