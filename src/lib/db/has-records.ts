import { openedDb } from './database';

/**
 * Whether the client has any record of a kind, from the table's count alone: the app frame asks
 * about the plan (to have Get help now's personal part ready before it is needed) and Today
 * about measures (to load the "suggested" line only for someone who takes them), without
 * loading those repositories in every screen's first load. It never opens the database: a
 * screen that has not opened it, or a wipe that has just closed it, answers no (opening it
 * would bring a deleted database back).
 */
export async function hasRecords(table: 'plans' | 'measures'): Promise<boolean> {
  const database = openedDb();
  return database ? (await database.table(table).count()) > 0 : false;
}
