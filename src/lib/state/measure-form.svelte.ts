import { getDraft, saveDraft, clearDraft } from '$lib/db/drafts';
import { classifyWriteError, errorMessage, recoverFromWriteError } from '$lib/db/errors';
import { allMeasures, getMeasure, saveMeasure } from '$lib/db/measures';
import type { InstrumentId } from '$lib/domain/measures/instruments';
import {
  normaliseAnswers,
  validateResult,
  type MeasureResult,
  type ResultError,
} from '$lib/domain/measures/result';
import { ITEM_COUNT, score, type Answer } from '$lib/domain/measures/scoring';
import type { LocalDate } from '$lib/domain/types';

interface MeasureDraft {
  date: LocalDate;
  answers: (Answer | null)[];
  /** The past result being edited, if any. */
  editingId?: string;
}

export type MeasureFormStatus = 'loading' | 'answering' | 'saving' | 'saved' | 'failed';

/**
 * A questionnaire being answered: each answer is stored as a draft as it is given (stop at any
 * time, finish later), a past result can be edited (its score is recomputed), and a failed save
 * keeps everything on screen.
 */
export class MeasureForm {
  readonly instrument: InstrumentId;
  readonly draftKey: string;
  date = $state<LocalDate>('');
  answers = $state<(Answer | null)[]>([]);
  editingId = $state<string | undefined>();
  /** The date the edited result had, for "Editing your answers from DATE". */
  editingDate = $state<LocalDate | undefined>();
  errors = $state<ResultError[]>([]);
  status = $state<MeasureFormStatus>('loading');
  failure = $state('');
  isRestored = $state(false);
  saved = $state<MeasureResult | undefined>();
  /** Every result of this instrument after saving (for the change from last time). */
  results = $state<MeasureResult[]>([]);

  constructor(instrument: InstrumentId) {
    this.instrument = instrument;
    this.draftKey = `measure:${instrument}`;
    this.answers = Array<Answer | null>(ITEM_COUNT[instrument]).fill(null);
  }

  async load(today: LocalDate, editId?: string | null): Promise<void> {
    this.date = today;
    const draft = await getDraft<MeasureDraft>(this.draftKey).catch(() => undefined);
    const editing = editId ? await getMeasure(editId) : undefined;
    if (editing && editing.instrument === this.instrument) {
      this.editingId = editing.id;
      this.editingDate = editing.date;
      const isSameEdit = draft?.editingId === editing.id;
      this.date = isSameEdit ? draft.date : editing.date;
      this.answers = normaliseAnswers(
        this.instrument,
        isSameEdit ? draft.answers : editing.answers,
      );
      this.isRestored = isSameEdit;
    } else if (draft && !draft.editingId) {
      this.date = draft.date;
      this.answers = normaliseAnswers(this.instrument, draft.answers);
      this.isRestored = this.answered > 0;
    }
    this.status = 'answering';
  }

  get answered(): number {
    return this.answers.filter((a) => a !== null).length;
  }

  /** The unanswered items' numbers, as the score names them. */
  get missing(): number[] {
    const result = score(this.instrument, this.answers);
    return result.isComplete ? [] : result.missing;
  }

  answer(item: number, value: Answer): void {
    this.answers[item] = value;
    this.changed();
  }

  changed(): void {
    if (this.status === 'saved') return;
    this.errors = this.errors.filter((e) => e === 'answers.none' && this.answered === 0);
    void this.persistDraft();
  }

  async persistDraft(): Promise<void> {
    try {
      await saveDraft<MeasureDraft>(this.draftKey, {
        date: this.date,
        answers: $state.snapshot(this.answers),
        ...(this.editingId ? { editingId: this.editingId } : {}),
      });
    } catch {
      // Still on screen; saving reports the real problem.
    }
  }

  async startOver(today: LocalDate): Promise<void> {
    this.answers = Array<Answer | null>(ITEM_COUNT[this.instrument]).fill(null);
    this.date = today;
    this.isRestored = false;
    this.errors = [];
    await clearDraft(this.draftKey).catch(() => undefined);
  }

  /** Validates and saves (a new result, or the edited one). Returns true when stored. */
  async save(today: LocalDate): Promise<boolean> {
    if (this.status === 'saving') return false;
    const answers = $state.snapshot(this.answers);
    this.errors = validateResult({ date: this.date, answers }, today);
    if (this.errors.length) return false;
    const result: MeasureResult = {
      id: this.editingId ?? crypto.randomUUID(),
      instrument: this.instrument,
      date: this.date,
      answers,
      savedAt: Date.now(),
    };
    this.status = 'saving';
    try {
      await saveMeasure(result, this.draftKey);
      this.results = await allMeasures().catch(() => [result]);
      this.saved = result;
      this.failure = '';
      this.status = 'saved';
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
