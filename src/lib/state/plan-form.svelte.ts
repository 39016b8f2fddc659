import { tick } from 'svelte';
import { getDraft, saveDraft } from '$lib/db/drafts';
import { classifyWriteError, errorMessage, recoverFromWriteError } from '$lib/db/errors';
import { latestPlan, savePlan } from '$lib/db/plan';
import {
  draftOf,
  emptyPlan,
  planOf,
  validatePlan,
  type PeoplePart,
  type PlanDraft,
  type PlanErrors,
} from '$lib/domain/plan/plan';
import { deviceTimeZone } from './clock.svelte';

const DRAFT_KEY = 'plan';
const DRAFT_DELAY_MS = 250;

export type PlanFormStatus = 'loading' | 'editing' | 'saving' | 'saved' | 'failed';

/**
 * The plan editor: the draft being written (stored as it changes, so nothing typed is lost to a
 * reload, an update or a failed save), its errors, and saving with Retry.
 */
export class PlanForm {
  draft = $state<PlanDraft>(draftOf(emptyPlan()));
  errors = $state<PlanErrors>({});
  status = $state<PlanFormStatus>('loading');
  failure = $state('');
  /** Unsaved changes came back from storage. */
  isRestored = $state(false);
  /** No plan has been saved yet: the screen opens with the guided start. */
  isFirst = $state(true);
  lastSavedAt = $state<number | undefined>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  async load(): Promise<void> {
    const [latest, saved] = await Promise.all([latestPlan(), getDraft<PlanDraft>(DRAFT_KEY)]);
    this.isFirst = !latest;
    this.lastSavedAt = latest?.savedAt;
    this.draft = saved ?? draftOf(latest?.plan ?? emptyPlan());
    this.isRestored = !!saved;
    this.status = 'editing';
  }

  /** Call after any change: stores the draft shortly after typing pauses. */
  changed(): void {
    if (this.status === 'saved') this.status = 'editing';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.persistDraft(), DRAFT_DELAY_MS);
  }

  async persistDraft(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.status !== 'editing' && this.status !== 'failed') return;
    try {
      await saveDraft(DRAFT_KEY, $state.snapshot(this.draft));
    } catch {
      // Still on screen; saving reports the real problem.
    }
  }

  addPerson(part: PeoplePart): string {
    const id = crypto.randomUUID();
    this.draft[part].push({ id, name: '', relationship: '', phone: '' });
    this.changed();
    return id;
  }

  removePerson(part: PeoplePart, id: string): void {
    this.draft[part] = this.draft[part].filter((person) => person.id !== id);
    this.changed();
  }

  /** Validates and saves today's version. Returns true when stored. */
  async save(): Promise<boolean> {
    if (this.status === 'saving') return false;
    performance.mark('plan:save:start');
    const plan = planOf($state.snapshot(this.draft));
    const typed = JSON.stringify(plan);
    const errors = validatePlan(plan);
    // Replaced only when there is something to show or clear: a new empty object would make
    // every field of a long plan check its error again.
    if (Object.keys(errors).length || Object.keys(this.errors).length) this.errors = errors;
    if (Object.keys(errors).length) return false;
    this.status = 'saving';
    try {
      clearTimeout(this.#timer);
      const version = await savePlan(plan, Date.now(), deviceTimeZone(), DRAFT_KEY);
      // The screen shows what was saved (trimmed, blank people gone); redrawing every field
      // when nothing changed would cost a long plan a frame or more on a slow phone.
      if (typed !== JSON.stringify(version.plan)) this.draft = draftOf(version.plan);
      this.lastSavedAt = version.savedAt;
      this.isFirst = false;
      this.isRestored = false;
      this.failure = '';
      this.status = 'saved';
      await tick();
      performance.measure('plan:save', 'plan:save:start');
      return true;
    } catch (error) {
      recoverFromWriteError(classifyWriteError(error));
      this.failure = errorMessage(error);
      this.status = 'failed';
      void this.persistDraft();
      return false;
    }
  }
}
