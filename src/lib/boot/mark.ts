/**
 * User Timing for `npm run bench`, which reads these marks and measures in a browser. They exist
 * only in a bench build (BENCH=1: vite.config.ts defines __BENCH__); in the app the client gets,
 * each call is an empty function and its body is gone from the bundle.
 */

/** A moment, by name (with a figure for the bench to read, if any). */
export function mark(name: string, detail?: number): void {
  if (__BENCH__) performance.mark(name, detail === undefined ? undefined : { detail });
}

/** The time from a mark (or from `start` to `end`, as performance.now() gave them) to now. */
export function measure(name: string, from: string | { start: number; end: number }): void {
  if (__BENCH__) performance.measure(name, from);
}

/** performance.now() in a bench build, else 0 (what a measure from `start` needs). */
export function benchNow(): number {
  return __BENCH__ ? performance.now() : 0;
}

/**
 * A moment the end-to-end specs read in the production build too (Today usable: the first
 * visit's weight budget, tests/e2e/weight.spec.ts). One mark per visit: nothing to save.
 */
export function milestone(name: 'today:usable'): void {
  performance.mark(name);
}
