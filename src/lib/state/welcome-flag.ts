import { mayHaveRecords } from '$lib/db/database';
import { isWelcomeStep, type WelcomeStep } from '$lib/domain/welcome';

/**
 * Where the welcome stands on this phone, in localStorage (known before anything is drawn, and it
 * says nothing about the client's health): 'done' once finished or skipped, else the step a
 * welcome left half-way stands on (it resumes there). Missing: never shown. Small on purpose: it
 * is in Today's first load; the welcome itself is its own chunk.
 */
const KEY = 'welcome';
const DONE = 'done';

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    // Storage blocked: no welcome (it could never remember being done, and would come back).
    return DONE;
  }
}

function write(value: string): void {
  try {
    localStorage.setItem(KEY, value);
  } catch {
    // Not remembered: the next visit starts it again, skippable as ever.
  }
}

/**
 * What Today does about the welcome: 'no' (done, skipped, or a client with records), 'yes' (a new
 * phone, or a welcome left half-way), or 'ask' (no answer yet, and this phone may hold records:
 * the records decide, see db/welcome.ts, before anything is drawn).
 */
export function welcomeDecision(): 'yes' | 'no' | 'ask' {
  const state = read();
  if (state === DONE) return 'no';
  if (isWelcomeStep(state)) return 'yes';
  return mayHaveRecords() ? 'ask' : 'yes';
}

/** The step a welcome left half-way stands on, if any. */
export function savedWelcomeStep(): WelcomeStep | undefined {
  const state = read();
  return isWelcomeStep(state) ? state : undefined;
}

export function rememberWelcomeStep(step: WelcomeStep): void {
  write(step);
}

/** Finished or skipped: Today never shows it again (Settings offers it again). */
export function finishWelcome(): void {
  write(DONE);
}

/** Asked for again from Settings: Today shows it from the start. */
export function restartWelcome(): void {
  write('language');
}
