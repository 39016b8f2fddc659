import { openedDb } from './database';

/**
 * Whether the client has taken any measure, from the table's count alone: Today asks before
 * loading the gentle "due" line, so a client who never used measures loads nothing more. Like
 * hasPlan, it never opens the database.
 */
export async function hasMeasures(): Promise<boolean> {
  const database = openedDb();
  return database ? (await database.measures.count()) > 0 : false;
}
