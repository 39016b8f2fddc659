/**
 * The welcome on a first open: a few optional steps that set the app up. The lock comes right
 * after the language, before anything is written: what the client enters next is sealed from the
 * start, and turning it on asks nothing about records already on the phone.
 */
export const WELCOME_STEPS = ['language', 'lock', 'program', 'group', 'person', 'checkIn'] as const;
export type WelcomeStep = (typeof WELCOME_STEPS)[number];

export function isWelcomeStep(value: unknown): value is WelcomeStep {
  return typeof value === 'string' && (WELCOME_STEPS as readonly string[]).includes(value);
}

/** The steps shown: "Which group are you in?" only where the center publishes its program. */
export function welcomeSteps(hasCenterProgram: boolean): WelcomeStep[] {
  return WELCOME_STEPS.filter((step) => step !== 'group' || hasCenterProgram);
}

/** The step to open on: the one left half-way (or, if no longer shown, the next shown after it). */
export function resumeStep(steps: readonly WelcomeStep[], saved: WelcomeStep | undefined) {
  if (!saved) return steps[0]!;
  const order = WELCOME_STEPS.indexOf(saved);
  return steps.find((step) => WELCOME_STEPS.indexOf(step) >= order) ?? steps[steps.length - 1]!;
}
