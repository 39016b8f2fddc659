/**
 * The one door for links drawn from data (a session's web link, a meeting's conference URL, a
 * person's phone number in My plan...). Data can come from a feed, an imported calendar or a
 * backup file someone else made: only what passes here becomes an `href`; anything else is
 * shown as text. Built-in addresses (the app's own pages) do not need it.
 */
export type HrefKind = 'web' | 'tel' | 'sms';

/** The separators people type in a number; they are dropped before checking. */
const VISUAL_SEPARATORS = /[\s().\-/]/g;
/** Digits, a leading +, and for calls the pause (,) and tone (* #) keys that dial extensions. */
const TEL = /^\+?[\d*#,]*$/;
const SMS = /^\+?\d*$/;
const MAX_DIGITS = 32;

function dialString(value: string, pattern: RegExp): string | undefined {
  const compact = value.trim().replace(VISUAL_SEPARATORS, '');
  if (!pattern.test(compact) || compact.length > MAX_DIGITS) return undefined;
  // 988 and 911 are the shortest numbers a client needs.
  return (compact.match(/\d/g) ?? []).length >= 3 ? compact : undefined;
}

/**
 * A safe `href` for `value`, or undefined when it must not be a link.
 * - web: an absolute http: or https: URL with a host and no user name or password in it (a link
 *   like https://bank.example@evil.example reads as one place and goes to another); returned as
 *   the URL parser writes it, so the browser follows exactly what was checked.
 * - tel: a number to call (digits, one leading +, and , * # for extensions), as `tel:...`.
 * - sms: a number to text (digits and one leading +), as `sms:...`.
 */
export function safeHref(value: unknown, kind: HrefKind): string | undefined {
  if (typeof value !== 'string' || !value || value.length > 2048) return undefined;
  if (kind === 'web') {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return undefined;
    }
    const isWeb = url.protocol === 'https:' || url.protocol === 'http:';
    if (!isWeb || !url.hostname || url.username || url.password) return undefined;
    return url.href;
  }
  const number = dialString(value, kind === 'tel' ? TEL : SMS);
  return number ? `${kind}:${number}` : undefined;
}

/** Directions to an address typed or imported as text (the address is only ever a query). */
export function mapsHref(address: unknown): string | undefined {
  if (typeof address !== 'string' || !address.trim()) return undefined;
  return safeHref(
    `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}`,
    'web',
  );
}
