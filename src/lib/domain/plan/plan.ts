import { isLocalDate, localDate } from '../dates';
import type { LocalDate } from '../types';
import type { Phrase } from '$lib/i18n/en';

/**
 * The client's relapse-prevention and safety plan, in their own words. It joins the two plans an
 * IOP client writes: relapse prevention (Marlatt and Gordon: warning signs, high-risk situations,
 * coping responses, people) and the Safety Planning Intervention's six steps (Stanley and Brown:
 * 1 warning signs, 2 things I can do on my own, 3 people and places that take my mind off things,
 * 4 people I can ask for help, 5 professionals and agencies, 6 making my surroundings safe).
 * Every part is optional.
 */
export interface PlanPerson {
  id: string;
  name: string;
  relationship: string;
  /** Kept exactly as typed; links are made from `dialable(phone)` only. */
  phone: string;
}

/** The parts of the plan that are lists of short entries, in the order the plan shows them. */
export const LIST_PARTS = ['warningSigns', 'highRisk', 'helps', 'places', 'environment'] as const;
export type ListPart = (typeof LIST_PARTS)[number];
export const PEOPLE_PARTS = ['people', 'professionals'] as const;
export type PeoplePart = (typeof PEOPLE_PARTS)[number];
export const TEXT_PARTS = ['reasons', 'message'] as const;
export type TextPart = (typeof TEXT_PARTS)[number];

export type Plan = Record<TextPart, string> &
  Record<ListPart, string[]> &
  Record<PeoplePart, PlanPerson[]>;

/** One saved state of the plan. One version per local day: a later save that day replaces it. */
export interface PlanVersion {
  id: string;
  date: LocalDate;
  savedAt: number;
  plan: Plan;
}

export const PLAN_LIMITS = {
  /** Reasons for recovery, the message to myself: room for the client's words, shown whole. */
  text: 4000,
  entry: 200,
  entries: 40,
  people: 30,
  name: 80,
  relationship: 80,
  phone: 30,
} as const;

/** The longest voice message to myself, in milliseconds (the recorder stops itself there). */
export const RECORDING_MAX_MS = 2 * 60 * 1000;

export function emptyPlan(): Plan {
  return {
    reasons: '',
    message: '',
    warningSigns: [],
    highRisk: [],
    helps: [],
    places: [],
    environment: [],
    people: [],
    professionals: [],
  };
}

/** Nothing written anywhere: Get help now shows only the national lines, as before a plan. */
export function isPlanEmpty(plan: Plan): boolean {
  return (
    TEXT_PARTS.every((part) => !plan[part].trim()) &&
    LIST_PARTS.every((part) => plan[part].length === 0) &&
    PEOPLE_PARTS.every((part) => plan[part].length === 0)
  );
}

/**
 * The number a phone can dial from what was typed: spaces, dashes, dots, slashes and brackets
 * go; what is left must be digits, optionally after one leading +. Otherwise no link is made.
 */
export function dialable(phone: string): string | undefined {
  const compact = phone.trim().replace(/[\s().\-/]/g, '');
  return /^\+?\d{3,15}$/.test(compact) ? compact : undefined;
}

/** A list part as one entry per line (what the editor's text box holds). */
export function entriesToText(entries: readonly string[]): string {
  return entries.join('\n');
}

/** One entry per non-empty line, trimmed; kept in the client's order. */
export function textToEntries(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A field's problem, as a message key of the plan area with its values. */
export type PlanProblem = Phrase<
  | 'plan.error.tooLong'
  | 'plan.error.entryTooLong'
  | 'plan.error.tooMany'
  | 'plan.error.phone'
  | 'plan.error.name'
  | 'plan.error.tooManyPeople'
>;

/** Problems keyed by field: `reasons`, `helps`, `people.<id>.phone`, `people`... */
export type PlanErrors = Record<string, PlanProblem>;

/**
 * Checks a plan before it is saved. A person row left blank is not an error (it is dropped by
 * `cleanPlan`); a number that cannot be dialled is, because Get help now would show it without a
 * working link at the moment it matters.
 */
export function validatePlan(plan: Plan): PlanErrors {
  const errors: PlanErrors = {};
  for (const part of TEXT_PARTS) {
    if (plan[part].length > PLAN_LIMITS.text)
      errors[part] = { key: 'plan.error.tooLong', params: { max: PLAN_LIMITS.text } };
  }
  for (const part of LIST_PARTS) {
    const entries = plan[part];
    if (entries.length > PLAN_LIMITS.entries)
      errors[part] = { key: 'plan.error.tooMany', params: { max: PLAN_LIMITS.entries } };
    else if (entries.some((entry) => entry.length > PLAN_LIMITS.entry))
      errors[part] = { key: 'plan.error.entryTooLong', params: { max: PLAN_LIMITS.entry } };
  }
  for (const part of PEOPLE_PARTS) {
    const people = plan[part].filter((person) => !isBlank(person));
    if (people.length > PLAN_LIMITS.people)
      errors[part] = { key: 'plan.error.tooManyPeople', params: { max: PLAN_LIMITS.people } };
    for (const person of people) {
      const at = `${part}.${person.id}`;
      if (person.name.length > PLAN_LIMITS.name)
        errors[`${at}.name`] = { key: 'plan.error.tooLong', params: { max: PLAN_LIMITS.name } };
      else if (!person.name.trim()) errors[`${at}.name`] = { key: 'plan.error.name' };
      if (person.relationship.length > PLAN_LIMITS.relationship)
        errors[`${at}.relationship`] = {
          key: 'plan.error.tooLong',
          params: { max: PLAN_LIMITS.relationship },
        };
      if (person.phone.length > PLAN_LIMITS.phone)
        errors[`${at}.phone`] = { key: 'plan.error.tooLong', params: { max: PLAN_LIMITS.phone } };
      else if (person.phone.trim() && !dialable(person.phone))
        errors[`${at}.phone`] = { key: 'plan.error.phone' };
    }
  }
  return errors;
}

function isBlank(person: PlanPerson): boolean {
  return !person.name.trim() && !person.relationship.trim() && !person.phone.trim();
}

/** What is saved: texts trimmed, blank people dropped; numbers stay as typed. */
export function cleanPlan(plan: Plan): Plan {
  const clean = emptyPlan();
  for (const part of TEXT_PARTS) clean[part] = plan[part].trim();
  for (const part of LIST_PARTS) clean[part] = plan[part].map((e) => e.trim()).filter(Boolean);
  for (const part of PEOPLE_PARTS) {
    clean[part] = plan[part]
      .filter((person) => !isBlank(person))
      .map((person) => ({
        id: person.id,
        name: person.name.trim(),
        relationship: person.relationship.trim(),
        phone: person.phone.trim(),
      }));
  }
  return clean;
}

/** The version a save at `now` writes: that day's, replacing an earlier save the same day. */
export function versionFor(plan: Plan, now: number, timeZone: string): PlanVersion {
  const date = localDate(now, timeZone);
  return { id: `plan:${date}`, date, savedAt: now, plan: cleanPlan(plan) };
}

export function samePlan(a: Plan, b: Plan): boolean {
  return JSON.stringify(cleanPlan(a)) === JSON.stringify(cleanPlan(b));
}

/** Newest first; the first is the plan in use. */
export function sortVersions(versions: readonly PlanVersion[]): PlanVersion[] {
  return [...versions].sort((a, b) => b.savedAt - a.savedAt);
}

export interface PlanChange {
  part: ListPart | PeoplePart | TextPart;
  added: string[];
  removed: string[];
}

/**
 * How a version differs from the one before it, part by part (entries and people by name): what
 * a client and counselor look at to see how the plan grew.
 */
export function planChanges(before: Plan, after: Plan): PlanChange[] {
  const changes: PlanChange[] = [];
  const compare = (part: PlanChange['part'], a: string[], b: string[]) => {
    const added = b.filter((x) => !a.includes(x));
    const removed = a.filter((x) => !b.includes(x));
    if (added.length || removed.length) changes.push({ part, added, removed });
  };
  for (const part of TEXT_PARTS) {
    if (before[part].trim() !== after[part].trim())
      compare(part, before[part] ? [before[part]] : [], after[part] ? [after[part]] : []);
  }
  for (const part of LIST_PARTS) compare(part, before[part], after[part]);
  const label = (p: PlanPerson) => [p.name, p.relationship, p.phone].filter(Boolean).join(', ');
  for (const part of PEOPLE_PARTS) compare(part, before[part].map(label), after[part].map(label));
  return changes;
}

/** The first steps Get help now shows: what helps, then where to go. */
export function firstSteps(plan: Plan, count = 3): string[] {
  return [...plan.helps, ...plan.places].slice(0, count);
}

/** A plan read back from storage or a backup: anything missing or malformed becomes empty. */
export function normalisePlan(value: unknown): Plan {
  const source = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const plan = emptyPlan();
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  for (const part of TEXT_PARTS) plan[part] = text(source[part]);
  for (const part of LIST_PARTS) {
    const list = source[part];
    plan[part] = Array.isArray(list) ? list.filter((e): e is string => typeof e === 'string') : [];
  }
  for (const part of PEOPLE_PARTS) {
    const list = source[part];
    plan[part] = (Array.isArray(list) ? list : [])
      .filter((p): p is Record<string, unknown> => !!p && typeof p === 'object')
      .map((p, i) => ({
        id: text(p.id) || `${part}-${i}`,
        name: text(p.name),
        relationship: text(p.relationship),
        phone: text(p.phone),
      }));
  }
  return plan;
}

/** Whether a backup's plan version is one the app could have written. */
export function isPlanVersion(value: Record<string, unknown>): boolean {
  if (!isLocalDate(value.date) || !Number.isFinite(value.savedAt)) return false;
  if (!value.plan || typeof value.plan !== 'object') return false;
  return Object.keys(validatePlan(normalisePlan(value.plan))).length === 0;
}

/**
 * The plan as the editor holds it: each list part as the text of its box (one entry per line),
 * so what the client types is kept exactly, blank lines and all, until it is saved.
 */
export type PlanDraft = Record<TextPart, string> &
  Record<ListPart, string> &
  Record<PeoplePart, PlanPerson[]>;

export function draftOf(plan: Plan): PlanDraft {
  const draft = { ...plan } as unknown as PlanDraft;
  for (const part of LIST_PARTS) draft[part] = entriesToText(plan[part]);
  for (const part of PEOPLE_PARTS) draft[part] = plan[part].map((person) => ({ ...person }));
  return draft;
}

export function planOf(draft: PlanDraft): Plan {
  const plan = { ...draft } as unknown as Plan;
  for (const part of LIST_PARTS) plan[part] = textToEntries(draft[part]);
  return plan;
}

/** Adds an idea to a list part's text on a line of its own, unless it is already there. */
export function addEntry(text: string, entry: string): string {
  if (textToEntries(text).includes(entry)) return text;
  const trimmed = text.replace(/\s+$/, '');
  return trimmed ? `${trimmed}\n${entry}` : entry;
}

/**
 * The parts of the plan in the order My plan reads (the card's order: reasons first, then the
 * Safety Planning steps, the message last); "Edit" opens one at a time, each saved on its own.
 */
export const PLAN_PARTS = [
  'reasons',
  'warningSigns',
  'highRisk',
  'helps',
  'places',
  'people',
  'professionals',
  'environment',
  'message',
] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

/** The saved plan with one part taken from the editor's draft: what saving that part writes. */
export function withPart(saved: Plan, draft: PlanDraft, part: PlanPart): Plan {
  return { ...saved, [part]: planOf(draft)[part] };
}

/** A part's problems only (keys `part` and `part.<id>.<field>`). */
export function partErrors(errors: PlanErrors, part: PlanPart): PlanErrors {
  return Object.fromEntries(
    Object.entries(errors).filter(([key]) => key === part || key.startsWith(`${part}.`)),
  );
}

/** The parts whose draft differs from the saved plan (unsaved writing to come back to). */
export function changedParts(saved: Plan, draft: PlanDraft): PlanPart[] {
  const typed = cleanPlan(planOf(draft));
  const clean = cleanPlan(saved);
  return PLAN_PARTS.filter((part) => JSON.stringify(typed[part]) !== JSON.stringify(clean[part]));
}
