/**
 * Stores a form's draft at once when the app is hidden (not after the typing delay): a reload,
 * an update, switching apps or an auto-lock dropping the key must never cost what was typed.
 * Returns the clean-up, which stores it once more (leaving the screen inside the app).
 *
 * Only `visibilitychange` to hidden, never `pagehide`: every way of leaving a page hides it
 * first, and a write started inside `pagehide` may be cut off when the browser freezes the page
 * for its back/forward cache. In WebKit that left the write's transaction open in the frozen
 * page, and the next page of the app waited on it forever (issue #24). The form's own typing
 * delay (250 ms) covers the rest.
 */
export function keepDraftOnLeave(flush: () => void): () => void {
  const onHide = () => document.visibilityState === 'hidden' && flush();
  document.addEventListener('visibilitychange', onHide);
  return () => {
    document.removeEventListener('visibilitychange', onHide);
    flush();
  };
}
