import { tick } from 'svelte';
import { getDraft, saveDraft } from '$lib/db/drafts';
import { classifyWriteError, recoverFromWriteError } from '$lib/db/errors';
import { latestPlan, savePlan } from '$lib/db/plan';
import {
  PLAN_PARTS,
  changedParts,
  draftOf,
  emptyPlan,
  partErrors,
  validatePlan,
  withPart,
  type PeoplePart,
  type Plan,
  type PlanDraft,
  type PlanErrors,
  type PlanPart,
} from '$lib/domain/plan/plan';
import { deviceTimeZone } from './clock.svelte';
import { mark, measure } from '$lib/boot/mark';
import { failed, type Failure } from './failure';

const DRAFT_KEY = 'plan';
const DRAFT_DELAY_MS = 250;

export type PlanFormStatus = 'loading' | 'editing' | 'saving' | 'saved' | 'failed';

/** What the draft row holds: the editor's text of every part, and the part that was open. */
interface StoredDraft {
  draft: PlanDraft;
  editing: PlanPart | null;
}

const isPart = (value: unknown): value is PlanPart =>
  (PLAN_PARTS as readonly unknown[]).includes(value);

/**
 * My plan: the saved plan to read, and one part at a time in the editor. The draft of every
 * part is stored as it changes (nothing typed is lost to a reload, an update or a failed save);
 * saving a part writes that part alone into a new version of the saved plan.
 */
export class PlanForm {
  /** The plan as saved: what the screen reads. */
  saved = $state.raw<Plan>(emptyPlan());
  draft = $state<PlanDraft>(draftOf(emptyPlan()));
  /** The part open in the editor, if any. */
  editing = $state<PlanPart | null>(null);
  /** The part the last save (or failure) was about: its status shows there. */
  lastPart = $state<PlanPart | null>(null);
  errors = $state<PlanErrors>({});
  status = $state<PlanFormStatus>('loading');
  /** Why the last save failed (a key: said in the language of the moment). */
  failure = $state<Failure>();
  /** Unsaved changes came back from storage. */
  isRestored = $state(false);
  /** No plan has been saved yet: the screen opens with the guided start. */
  isFirst = $state(true);
  lastSavedAt = $state<number | undefined>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Parts with writing not saved yet (kept in the draft until saved or cancelled). */
  get unsaved(): PlanPart[] {
    return changedParts(this.saved, this.draft);
  }

  async load(): Promise<void> {
    const [latest, stored] = await Promise.all([
      latestPlan(),
      getDraft<StoredDraft | PlanDraft>(DRAFT_KEY),
    ]);
    this.isFirst = !latest;
    this.lastSavedAt = latest?.savedAt;
    this.saved = latest?.plan ?? emptyPlan();
    // Drafts stored before parts were edited one at a time are the whole editor.
    const restored =
      stored && 'draft' in stored ? stored : stored && { draft: stored, editing: null };
    this.draft = restored?.draft ?? draftOf(this.saved);
    this.editing = isPart(restored?.editing) ? restored.editing : null;
    this.isRestored = !!restored && (this.editing !== null || this.unsaved.length > 0);
    this.status = 'editing';
  }

  /** Opens a part in the editor (another part's unsaved writing stays in the draft). */
  edit(part: PlanPart): void {
    this.editing = part;
    this.errors = {};
    this.status = 'editing';
    this.changed();
  }

  /** Closes the editor and puts the part back as saved. */
  cancel(): void {
    const part = this.editing;
    if (!part) return;
    (this.draft as Record<PlanPart, unknown>)[part] = draftOf(this.saved)[part];
    this.editing = null;
    this.errors = {};
    this.status = 'editing';
    this.changed();
  }

  /** Call after any change: stores the draft shortly after typing pauses. */
  changed(): void {
    if (this.status === 'saved') this.status = 'editing';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.persistDraft(), DRAFT_DELAY_MS);
  }

  async persistDraft(): Promise<void> {
    clearTimeout(this.#timer);
    if (this.status === 'loading' || this.status === 'saving') return;
    try {
      await saveDraft<StoredDraft>(DRAFT_KEY, {
        draft: $state.snapshot(this.draft),
        editing: this.editing,
      });
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

  /** Validates and saves the open part as today's version. Returns true when stored. */
  async save(): Promise<boolean> {
    const part = this.editing;
    if (this.status === 'saving' || !part) return false;
    mark('plan:save:start');
    this.lastPart = part;
    const plan = withPart(this.saved, $state.snapshot(this.draft), part);
    const errors = partErrors(validatePlan(plan), part);
    // Replaced only when there is something to show or clear: a new empty object would make
    // every field of a long part check its error again.
    if (Object.keys(errors).length || Object.keys(this.errors).length) this.errors = errors;
    if (Object.keys(errors).length) return false;
    this.status = 'saving';
    try {
      clearTimeout(this.#timer);
      // The stored draft goes with the save when no other part has writing left in it.
      const others = this.unsaved.filter((p) => p !== part);
      const version = await savePlan(
        plan,
        Date.now(),
        deviceTimeZone(),
        others.length ? undefined : DRAFT_KEY,
      );
      this.saved = version.plan;
      // The part shows what was saved (trimmed, blank people gone).
      (this.draft as Record<PlanPart, unknown>)[part] = draftOf(version.plan)[part];
      this.editing = null;
      this.lastSavedAt = version.savedAt;
      this.isFirst = false;
      this.isRestored = false;
      this.failure = undefined;
      this.status = 'saved';
      if (others.length) void this.persistDraft();
      await tick();
      measure('plan:save', 'plan:save:start');
      return true;
    } catch (error) {
      recoverFromWriteError(classifyWriteError(error));
      this.failure = failed(error, 'plan.saveFailed');
      this.status = 'failed';
      void this.persistDraft();
      return false;
    }
  }
}
