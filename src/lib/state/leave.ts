/**
 * Stores a form's draft at once when the page goes away or the app is hidden (not after the
 * typing delay): a reload, an update, switching apps or an auto-lock dropping the key must
 * never cost what was typed. Returns the clean-up, which stores it once more (leaving the
 * screen inside the app).
 */
export function keepDraftOnLeave(flush: () => void): () => void {
  addEventListener('pagehide', flush);
  const onHide = () => document.visibilityState === 'hidden' && flush();
  document.addEventListener('visibilitychange', onHide);
  return () => {
    removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
    flush();
  };
}
