import { getDraft, saveDraft, clearDraft } from '$lib/db/drafts';
import { classifyWriteError, recoverFromWriteError } from '$lib/db/errors';
import { allMeasures, getMeasure, saveMeasure } from '$lib/db/measures';
import { BAM_ITEM_COUNT, bamMissing } from '$lib/domain/measures/bam';
import type { MeasureId } from '$lib/domain/measures/instruments';
import {
  normaliseAnswers,
  validateResult,
  type MeasureResult,
  type ResultError,
} from '$lib/domain/measures/result';
import {
  asksDifficulty,
  isAnswer,
  ITEM_COUNT,
  score,
  type Answer,
} from '$lib/domain/measures/scoring';
import type { LocalDate } from '$lib/domain/types';
import { failed, type Failure } from './failure';

interface MeasureDraft {
  date: LocalDate;
  answers: (number | null)[];
  /** PHQ-9 question 10, when answered. */
  difficulty?: Answer | null;
  /** The past result being edited, if any. */
  editingId?: string;
}

const itemCount = (instrument: MeasureId) =>
  instrument === 'bam' ? BAM_ITEM_COUNT : ITEM_COUNT[instrument];

export type MeasureFormStatus = 'loading' | 'answering' | 'saving' | 'saved' | 'failed';

/**
 * A questionnaire being answered: each answer is stored as a draft as it is given (stop at any
 * time, finish later), a past result can be edited (its score is recomputed), and a failed save
 * keeps everything on screen.
 */
export class MeasureForm {
  readonly instrument: MeasureId;
  readonly draftKey: string;
  date = $state<LocalDate>('');
  /** One per item: its answer's place in the item's list (PHQ-9, GAD-7: the 0-3 score). */
  answers = $state<(number | null)[]>([]);
  difficulty = $state<Answer | null>(null);
  editingId = $state<string | undefined>();
  /** The date the edited result had, for "Editing your answers from DATE". */
  editingDate = $state<LocalDate | undefined>();
  errors = $state<ResultError[]>([]);
  status = $state<MeasureFormStatus>('loading');
  /** Why the last save failed (a key: said in the language of the moment). */
  failure = $state<Failure>();
  isRestored = $state(false);
  saved = $state<MeasureResult | undefined>();
  /** Every result of this instrument after saving (for the change from last time). */
  results = $state<MeasureResult[]>([]);

  constructor(instrument: MeasureId) {
    this.instrument = instrument;
    this.draftKey = `measure:${instrument}`;
    this.answers = Array<number | null>(itemCount(instrument)).fill(null);
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
      const difficulty = isSameEdit
        ? draft.difficulty
        : editing.instrument !== 'bam'
          ? editing.difficulty
          : null;
      this.difficulty = isAnswer(difficulty) ? difficulty : null;
      this.isRestored = isSameEdit;
    } else if (draft && !draft.editingId) {
      this.date = draft.date;
      this.answers = normaliseAnswers(this.instrument, draft.answers);
      this.difficulty = isAnswer(draft.difficulty) ? draft.difficulty : null;
      this.isRestored = this.answered > 0;
    }
    this.status = 'answering';
  }

  get answered(): number {
    return this.answers.filter((a) => a !== null).length;
  }

  /** The unanswered items' numbers (BAM: labels such as "7A"), as the score names them. */
  get missing(): (number | string)[] {
    if (this.instrument === 'bam') return bamMissing(this.answers);
    const result = score(this.instrument, this.answers as (Answer | null)[]);
    return result.isComplete ? [] : result.missing;
  }

  /** PHQ-9 question 10 is on screen (any item above "Not at all"). */
  get asksDifficulty(): boolean {
    return asksDifficulty(this.instrument, this.answers);
  }

  answer(item: number, value: number): void {
    this.answers[item] = value;
    this.changed();
  }

  answerDifficulty(value: Answer): void {
    this.difficulty = value;
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
        ...(this.difficulty !== null ? { difficulty: this.difficulty } : {}),
        ...(this.editingId ? { editingId: this.editingId } : {}),
      });
    } catch {
      // Still on screen; saving reports the real problem.
    }
  }

  async startOver(today: LocalDate): Promise<void> {
    this.answers = Array<number | null>(itemCount(this.instrument)).fill(null);
    this.difficulty = null;
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
    const base = {
      id: this.editingId ?? crypto.randomUUID(),
      date: this.date,
      savedAt: Date.now(),
    };
    // Question 10 is kept only while it is asked: all "Not at all" leaves it out.
    const result: MeasureResult =
      this.instrument === 'bam'
        ? { ...base, instrument: 'bam', answers }
        : {
            ...base,
            instrument: this.instrument,
            answers: answers as (Answer | null)[],
            ...(this.asksDifficulty ? { difficulty: this.difficulty } : {}),
          };
    this.status = 'saving';
    try {
      await saveMeasure(result, this.draftKey);
      this.results = await allMeasures().catch(() => [result]);
      this.saved = result;
      this.failure = undefined;
      this.status = 'saved';
      return true;
    } catch (error) {
      recoverFromWriteError(classifyWriteError(error));
      this.failure = failed(error, 'measures.form.saveFailed');
      this.status = 'failed';
      void this.persistDraft();
      return false;
    }
  }
}
