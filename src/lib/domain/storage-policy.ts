/**
 * Where a browser may erase the app's records by itself. WebKit (Safari, and every browser on an
 * iPhone or iPad, which must use WebKit) deletes what a website stored after 7 days of use of the
 * browser without a visit to it, unless the site was added to the Home Screen (or the Dock): then
 * it is an app, and its data stays. For a recovery journal that is data loss, so the client is
 * told once, shown how to add the app, and reminded to back up sooner.
 *
 * Decided by the engine (WebKit and nothing built on Chromium or Gecko) and the display mode, not
 * by a list of versions.
 */
export interface BrowserFacts {
  userAgent: string;
  /** Opened from the Home Screen or the Dock (display-mode standalone, or iOS navigator.standalone). */
  isStandalone: boolean;
  /** Touch points: an iPad asking for the desktop site says "Macintosh" but has them. */
  maxTouchPoints: number;
}

/** True in a WebKit browser: Safari, any iPhone or iPad browser, WebKitGTK; not Chromium or Firefox. */
export function isWebKitBrowser(userAgent: string): boolean {
  return (
    /AppleWebKit\//.test(userAgent) &&
    !/\b(Chrome|Chromium|HeadlessChrome|Edg|OPR|SamsungBrowser|Firefox)\//.test(userAgent)
  );
}

/** True on an iPhone, iPad or iPod (including an iPad that asks for the desktop site). */
export function isAppleMobile(facts: BrowserFacts): boolean {
  return (
    /\b(iPhone|iPad|iPod)\b/.test(facts.userAgent) ||
    (/\bMacintosh\b/.test(facts.userAgent) && facts.maxTouchPoints > 1)
  );
}

/** Whether this browser may erase the app's records after days without a visit. */
export function mayEraseWhenUnused(facts: BrowserFacts): boolean {
  return !facts.isStandalone && isWebKitBrowser(facts.userAgent);
}

/** What keeps the records there: the Home Screen, the Dock, or (elsewhere) only backups. */
export function keepDataAdvice(facts: BrowserFacts): 'home-screen' | 'dock' | 'backups' {
  if (isAppleMobile(facts)) return 'home-screen';
  return /\bMacintosh\b/.test(facts.userAgent) ? 'dock' : 'backups';
}

/** Days of the browser's own clock after which WebKit may erase a site's data. */
export const WEBKIT_ERASE_DAYS = 7;

/**
 * The backup reminder's default: every 7 days, but every 3 where the browser itself may erase
 * the records after 7 (a backup must come before that, not on the same day). A client's own
 * choice always wins.
 */
export function defaultBackupReminderDays(facts: BrowserFacts): number {
  return mayEraseWhenUnused(facts) ? 3 : 7;
}
