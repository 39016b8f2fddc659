/**
 * Waiting for the browser, written once. A slow phone answers a tap only between tasks: long work
 * split at these points keeps it responsive (each step a task of its own).
 */

/** Resolves in a task after this one (a timer): whatever follows runs apart from this task. */
export function nextTask(): Promise<void> {
  return new Promise((next) => setTimeout(next, 0));
}

/**
 * Resolves when the phone has a moment (a first touch is answered first), or after `timeout` ms
 * at most; at once in the next task where the browser cannot tell.
 */
export function whenIdle(timeout = 1000): Promise<void> {
  return new Promise((idle) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => idle(), { timeout })
      : setTimeout(idle, 0),
  );
}

/** Resolves just after the next frame is painted (what is on screen now shows first). */
export function afterPaint(): Promise<void> {
  return new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
}
