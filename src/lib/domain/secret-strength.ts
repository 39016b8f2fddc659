/**
 * How hard a typed secret (a backup passphrase, the app lock's PIN or passphrase) is to guess.
 * One rule for every screen that asks for one, so the words a client reads about strength mean
 * the same thing everywhere. The rules are deliberately plain (no dictionary shipped): a client
 * can understand them from the hint, and a clinician can explain them.
 */
export type SecretKind = 'pin' | 'passphrase';
export type SecretLevel = 'tooShort' | 'weak' | 'fair' | 'strong';
export interface SecretStrength {
  kind: SecretKind;
  level: SecretLevel;
}

/** Shortest PIN; shorter digit strings are too short for any use. */
export const PIN_MIN = 6;
/** Shortest passphrase (what the backup screen asked for before this rule). */
export const PASSPHRASE_MIN = 8;
const FAIR_MIN = 10;
const STRONG_MIN = 16;
const WORDS_FOR_STRONG = 4;

const LEVELS: readonly SecretLevel[] = ['tooShort', 'weak', 'fair', 'strong'];

/** At least `min`, compared in the order tooShort < weak < fair < strong. */
export const isAtLeast = (level: SecretLevel, min: SecretLevel) =>
  LEVELS.indexOf(level) >= LEVELS.indexOf(min);

/** Lower case, upper case, digits, anything else (spaces and symbols): how many are used. */
function classesOf(secret: string): number {
  const tests = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u];
  return tests.filter((test) => test.test(secret)).length;
}

/**
 * Characters that add something: one that repeats the previous character, or follows it by one
 * code point either way (aaaa, abcd, 4321), adds almost nothing to a search, so it is not
 * counted.
 */
function effectiveLength(chars: readonly string[]): number {
  let count = 0;
  for (const [i, char] of chars.entries()) {
    const previous = i > 0 ? chars[i - 1]!.codePointAt(0)! : NaN;
    if (Math.abs(char.codePointAt(0)! - previous) <= 1) continue;
    count += 1;
  }
  return count;
}

/** Distinct words of three or more letters (a passphrase of several words). */
function wordCount(secret: string): number {
  const words = secret
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => [...word].length >= 3 && effectiveLength([...word]) >= 2);
  return new Set(words).size;
}

export function secretStrength(secret: string): SecretStrength {
  const normalised = secret.normalize('NFC');
  const chars = [...normalised];
  if (/^\d+$/.test(normalised)) {
    // A PIN of any length has at most ten choices a digit: a backup file (or a copied database)
    // can be attacked offline without the app's slow-down, so a PIN is never more than weak.
    return { kind: 'pin', level: chars.length < PIN_MIN ? 'tooShort' : 'weak' };
  }
  if (chars.length < PASSPHRASE_MIN) return { kind: 'passphrase', level: 'tooShort' };
  const classes = classesOf(normalised);
  let level: SecretLevel =
    wordCount(normalised) >= WORDS_FOR_STRONG || (chars.length >= STRONG_MIN && classes >= 3)
      ? 'strong'
      : chars.length >= FAIR_MIN && classes >= 2
        ? 'fair'
        : 'weak';
  // Repeats and runs (aaaa, 1234, abcd) lower the level: one step when a quarter of the
  // characters add nothing, two when half do (never below weak: the length was enough).
  const share = effectiveLength(chars) / chars.length;
  const steps = share < 0.5 ? 2 : share < 0.75 ? 1 : 0;
  level = LEVELS[Math.max(1, LEVELS.indexOf(level) - steps)]!;
  return { kind: 'passphrase', level };
}
