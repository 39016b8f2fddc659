import { db, loadDexie } from './database';

/** The part of the Observable contract that screens use (Dexie's liveQuery fulfils it). */
export interface Observable<T> {
  subscribe(observer: { next?: (value: T) => void; error?: (error: unknown) => void }): {
    unsubscribe(): void;
  };
}

/**
 * A Dexie liveQuery that loads Dexie on first subscription, so screens can hold live queries
 * without Dexie in their initial bundle. The querier re-runs whenever a table it read changes.
 */
export function watch<T>(querier: () => Promise<T>): Observable<T> {
  return {
    subscribe(observer) {
      let inner: { unsubscribe(): void } | undefined;
      let isClosed = false;
      Promise.all([loadDexie(), db()]).then(
        ([{ liveQuery }]) => {
          if (!isClosed) inner = liveQuery(querier).subscribe(observer);
        },
        (error: unknown) => observer.error?.(error),
      );
      return {
        unsubscribe() {
          isClosed = true;
          inner?.unsubscribe();
        },
      };
    },
  };
}
