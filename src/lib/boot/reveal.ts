/**
 * The moment a page held back by app.html's first script (data-wait) is shown. The root layout
 * shows it once the app has drawn its screen; a part that must be the first thing painted (the
 * welcome, standing in Today's place on a new phone) holds it until it is about to be drawn.
 */

/** The longest a hold keeps the page hidden: a part that never comes must not hide the app. */
export const MAX_REVEAL_HOLD_MS = 4000;

let holds = 0;
let show: (() => void) | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function showNow(): void {
  clearTimeout(timer);
  const shown = show;
  show = undefined;
  shown?.();
}

/**
 * Keeps the page hidden (if it is) until the returned release is called, or MAX_REVEAL_HOLD_MS
 * after the app has drawn. The release shows the page at once, in the same task: call it just
 * before setting what must be painted first, so that no frame comes between (and the part can
 * take focus, which a hidden page cannot).
 */
export function holdReveal(): () => void {
  holds += 1;
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    holds -= 1;
    if (holds === 0) showNow();
  };
}

/**
 * Shows the page once no part holds it (at once without a hold). Call when the app has drawn.
 * @param reveal what showing is (the root layout: removing data-wait)
 */
export function revealWhenHeld(reveal: () => void): void {
  show = reveal;
  if (holds === 0) return showNow();
  timer = setTimeout(() => {
    holds = 0;
    showNow();
  }, MAX_REVEAL_HOLD_MS);
}
