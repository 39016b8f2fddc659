import { tick } from 'svelte';
import { getCheckIn, saveCheckIn } from '$lib/db/checkIns';
import { clearDraft, getDraft, saveDraft } from '$lib/db/drafts';
import { classifyWriteError, recoverFromWriteError, type WriteProblem } from '$lib/db/errors';
import {
  draftFrom,
  emptyDraft,
  hasContent,
  toCheckIn,
  validateCheckIn,
  type CheckInDraft,
  type CheckInErrors,
} from '$lib/domain/checkIn';
import type { CheckIn } from '$lib/domain/types';
import type { MessageKey } from '$lib/i18n/en';
import { deviceTimeZone } from './clock.svelte';
import { mark, measure } from '$lib/boot/mark';
import { failed, type Failure } from './failure';

const NEW_DRAFT_KEY = 'checkIn';
const DRAFT_DELAY_MS = 250;

/** What a failed save says, by what the client can do about it (db/errors.ts). */
const SAVE_FAILED = {
  full: 'checkIn.saveFailed.full',
  closed: 'checkIn.saveFailed.closed',
  other: 'checkIn.saveFailed.other',
} as const satisfies Record<WriteProblem, MessageKey>;

export type FormStatus = 'loading' | 'editing' | 'saving' | 'saved' | 'failed' | 'missing';

/**
 * One check-in form: the draft being written, its errors, and saving with Retry. The draft is
 * stored as it changes, so it survives a reload, an app update or going offline; a failed save
 * keeps everything on screen.
 */
export class CheckInForm {
  draft = $state<CheckInDraft>(emptyDraft(Date.now(), deviceTimeZone()));
  errors = $state<CheckInErrors>({});
  status = $state<FormStatus>('loading');
  /** Why the last save failed (a key: said in the language of the moment). */
  failure = $state<Failure>();
  /** The draft came back from storage (a reload or an update happened mid-entry). */
  isRestored = $state(false);
  /** The client changed the date or time by hand; otherwise "now" follows the clock. */
  isTimeSet = $state(false);
  /** The check-in just saved (the screen offers the plan after a hard one). */
  lastSaved = $state.raw<CheckIn | undefined>();
  #createdAt: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #editId: string | undefined;

  get isEditing(): boolean {
    return this.#editId !== undefined;
  }

  get #draftKey(): string {
    return this.#editId ? `${NEW_DRAFT_KEY}:${this.#editId}` : NEW_DRAFT_KEY;
  }

  /** Loads a saved draft, or the check-in to edit. */
  async load(editId?: string): Promise<void> {
    this.#editId = editId;
    const saved = await getDraft<{ draft: CheckInDraft; isTimeSet: boolean }>(this.#draftKey);
    // A new check-in's draft with nothing chosen or written is nothing to give back ("We kept
    // what you had started" over an empty form would puzzle).
    const kept =
      saved && (editId || saved.isTimeSet || hasContent(saved.draft)) ? saved : undefined;
    if (editId) {
      const checkIn = await getCheckIn(editId);
      if (!checkIn) {
        this.status = 'missing';
        return;
      }
      this.#createdAt = checkIn.createdAt;
      this.draft = kept?.draft ?? draftFrom(checkIn, deviceTimeZone());
      this.isTimeSet = true;
    } else if (kept) {
      this.draft = kept.draft;
      this.isTimeSet = kept.isTimeSet;
    }
    this.isRestored = !!kept;
    this.status = 'editing';
  }

  /** Ticks a coping action (a guided tool's "Note it in a check-in"); kept in the draft. */
  preselectCoping(id: string): void {
    if (this.isEditing || this.draft.copingIds.includes(id)) return;
    this.draft.copingIds.push(id);
    this.changed();
  }

  /** Call after any change: stores the draft shortly after typing pauses. */
  changed(): void {
    if (this.status === 'saved') this.status = 'editing';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.persistDraft(), DRAFT_DELAY_MS);
  }

  /** Stores the draft when leaving: not after a save (the form is fresh) nor while loading. */
  flushDraft(): void {
    if (['editing', 'saving', 'failed'].includes(this.status)) void this.persistDraft();
  }

  async persistDraft(): Promise<void> {
    clearTimeout(this.#timer);
    try {
      await saveDraft(this.#draftKey, {
        draft: $state.snapshot(this.draft),
        isTimeSet: this.isTimeSet,
      });
    } catch {
      // A draft that cannot be stored is still on screen; saving will report the real problem.
    }
  }

  /** Validates and saves. Returns true when the check-in is stored. */
  async save(knownTagIds: ReadonlySet<string>): Promise<boolean> {
    if (this.status === 'saving') return false;
    mark('checkIn:save:start');
    const now = Date.now();
    const timeZone = deviceTimeZone();
    const draft = $state.snapshot(this.draft);
    if (!this.isTimeSet) Object.assign(draft, pickNow(now, timeZone));
    const result = validateCheckIn(draft, { now, timeZone, knownTagIds });
    if (!result.ok) {
      this.errors = result.errors;
      return false;
    }
    this.errors = {};
    this.status = 'saving';
    try {
      const record = toCheckIn(draft, result.when, {
        id: draft.id ?? crypto.randomUUID(),
        now,
        ...(this.#createdAt ? { createdAt: this.#createdAt } : {}),
      });
      await saveCheckIn(record);
      this.lastSaved = record;
      clearTimeout(this.#timer);
      await clearDraft(this.#draftKey).catch(() => undefined);
      this.failure = undefined;
      this.isRestored = false;
      if (!this.isEditing) {
        this.draft = emptyDraft(Date.now(), timeZone);
        this.isTimeSet = false;
      }
      this.status = 'saved';
      await tick();
      measure('checkIn:save', 'checkIn:save:start');
      return true;
    } catch (error) {
      const problem = classifyWriteError(error);
      recoverFromWriteError(problem);
      // Full and closed have their own words (what to do); anything else says its cause.
      this.failure =
        problem === 'other' ? failed(error, SAVE_FAILED.other) : { key: SAVE_FAILED[problem] };
      this.status = 'failed';
      return false;
    }
  }

  /** After a save: a fresh form for the next check-in (the one saved stays in lastSaved). */
  again(): void {
    if (this.status === 'saved') this.status = 'editing';
  }

  /** Throws the draft away and starts a fresh one. */
  async discard(): Promise<void> {
    clearTimeout(this.#timer);
    await clearDraft(this.#draftKey).catch(() => undefined);
    this.draft = emptyDraft(Date.now(), deviceTimeZone());
    this.isTimeSet = false;
    this.isRestored = false;
    this.errors = {};
    this.status = 'editing';
  }
}

function pickNow(now: number, timeZone: string): Pick<CheckInDraft, 'date' | 'time'> {
  const { date, time } = emptyDraft(now, timeZone);
  return { date, time };
}
