import { openedDb } from './database';

/**
 * Whether the client has saved a plan, from the table's count alone. Its own module so the app
 * frame can ask (to have Get help now's personal part ready before it is needed) without
 * loading the plan repository in every screen's first load. It never opens the database: a
 * screen that has not opened it, or a wipe that has just closed it, answers no (opening it
 * would bring a deleted database back).
 */
export async function hasPlan(): Promise<boolean> {
  const database = openedDb();
  return database ? (await database.plans.count()) > 0 : false;
}
