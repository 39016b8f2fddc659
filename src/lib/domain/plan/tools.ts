/**
 * The guided coping tools, as pure timelines the screens step through: urge surfing
 * (mindfulness-based relapse prevention: notice a craving, breathe with it, watch it rise, peak
 * and fall), paced breathing (a longer breath out than in, about six breaths a minute) and
 * 5-4-3-2-1 grounding. Each can be recorded as a coping action on a check-in.
 */
export const TOOLS = ['urge-surfing', 'breathing', 'grounding'] as const;
export type Tool = (typeof TOOLS)[number];

/** The built-in coping action a use of each tool is recorded as. */
export const TOOL_COPING: Record<Tool, string> = {
  'urge-surfing': 'urgeSurfing',
  breathing: 'breathing',
  grounding: 'breathing', // the built-in "Breathing or grounding"
};

export function isTool(value: unknown): value is Tool {
  return typeof value === 'string' && (TOOLS as readonly string[]).includes(value);
}

/** Urge surfing lasts 10 to 20 minutes: most urges pass within about half an hour. */
export const URGE_MINUTES = [10, 15, 20] as const;

/** The prompts of an urge surf, in order; each gets an equal share of the time. */
export const URGE_PROMPTS = [
  'notice',
  'where',
  'breathe',
  'rise',
  'peak',
  'ride',
  'fall',
  'kind',
] as const;
export type UrgePrompt = (typeof URGE_PROMPTS)[number];

/** The prompt showing `elapsedMs` into a surf of `totalMs`; the last one stays at the end. */
export function urgePromptAt(elapsedMs: number, totalMs: number): UrgePrompt {
  const share = totalMs / URGE_PROMPTS.length;
  const index = Math.min(URGE_PROMPTS.length - 1, Math.max(0, Math.floor(elapsedMs / share)));
  return URGE_PROMPTS[index]!;
}

/** Minutes and seconds left, for the timer's text ("9:05"). */
export function timeLeft(elapsedMs: number, totalMs: number): string {
  const seconds = Math.max(0, Math.ceil((totalMs - elapsedMs) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Paced breathing: 4 seconds in, 6 out (six breaths a minute). */
export const BREATH_IN_S = 4;
export const BREATH_OUT_S = 6;

export interface BreathPhase {
  phase: 'in' | 'out';
  /** The count said aloud or read: 1 up to the phase's length. */
  count: number;
  /** Whole breaths completed. */
  breaths: number;
}

export function breathAt(elapsedMs: number): BreathPhase {
  const cycle = (BREATH_IN_S + BREATH_OUT_S) * 1000;
  const clamped = Math.max(0, elapsedMs);
  const breaths = Math.floor(clamped / cycle);
  const inCycle = clamped - breaths * cycle;
  if (inCycle < BREATH_IN_S * 1000) {
    return { phase: 'in', count: Math.floor(inCycle / 1000) + 1, breaths };
  }
  return { phase: 'out', count: Math.floor((inCycle - BREATH_IN_S * 1000) / 1000) + 1, breaths };
}

/** 5-4-3-2-1 grounding: five things to see, four to touch, three to hear, two to smell, one to taste. */
export const GROUNDING_STEPS = [
  { sense: 'see', count: 5 },
  { sense: 'touch', count: 4 },
  { sense: 'hear', count: 3 },
  { sense: 'smell', count: 2 },
  { sense: 'taste', count: 1 },
] as const;
export type Sense = (typeof GROUNDING_STEPS)[number]['sense'];
