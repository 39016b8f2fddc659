import { databaseExists, db, loadDexie, onDatabaseBack, whenDatabaseOpened } from './database';

/** The part of the Observable contract that screens use (Dexie's liveQuery fulfils it). */
export interface Observable<T> {
  subscribe(observer: {
    next?: (value: T) => void;
    error?: (error: unknown) => void;
    /** There is no database yet (a first visit): nothing to read, the screen's empty state holds. */
    empty?: () => void;
  }): {
    unsubscribe(): void;
  };
}

/**
 * A Dexie liveQuery that loads Dexie on first subscription, so screens can hold live queries
 * without Dexie in their initial bundle. The querier re-runs whenever a table it read changes.
 *
 * On a phone with no database yet, nothing is loaded: the observer hears `empty`, and the live
 * query starts when this page creates the database (the client's first touch or write) or
 * another tab did (asked again when this page comes back into view).
 */
export function watch<T>(querier: () => Promise<T>): Observable<T> {
  return {
    subscribe(observer) {
      let inner: { unsubscribe(): void } | undefined;
      let isClosed = false;
      let isStarted = false;
      let stopWaiting = () => {};
      let stopBack = () => {};
      const subscribe = () =>
        Promise.all([loadDexie(), db()]).then(
          ([{ liveQuery }]) => {
            if (isClosed) return;
            inner?.unsubscribe();
            inner = liveQuery(querier).subscribe(observer);
          },
          (error: unknown) => observer.error?.(error),
        );
      const start = () => {
        if (isClosed || isStarted) return;
        isStarted = true;
        stopWaiting();
        // Put away mid-read (the back/forward cache, a frozen tab), the read was cut off with
        // the page's connection (see stepAside): the query starts over when the page is back,
        // and reads what another tab may have changed meanwhile.
        stopBack = onDatabaseBack(() => void subscribe());
        void subscribe();
      };
      void databaseExists().then((exists) => {
        if (isClosed || isStarted) return;
        if (exists) return start();
        observer.empty?.();
        // "Not yet" may be old news: a first save can create the database while the question
        // was on its way, and then the live query starts at once (a check-in saved by a tap held
        // before the app was ready showed as not done).
        const stopCreated = whenDatabaseOpened(start);
        const onVisible = () => {
          if (document.visibilityState === 'visible')
            void databaseExists().then((now) => now && start());
        };
        const hasDocument = typeof document !== 'undefined';
        if (hasDocument) document.addEventListener('visibilitychange', onVisible);
        stopWaiting = () => {
          stopCreated();
          if (hasDocument) document.removeEventListener('visibilitychange', onVisible);
        };
      });
      return {
        unsubscribe() {
          isClosed = true;
          stopWaiting();
          stopBack();
          inner?.unsubscribe();
        },
      };
    },
  };
}
