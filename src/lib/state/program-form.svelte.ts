import { watchProgram } from '$lib/db/program';
import {
  PROGRAM_FIELDS,
  programEdits,
  type ProgramErrors,
  type ProgramSetup,
} from '$lib/domain/program-setup';
import type { LocalDate } from '$lib/domain/types';
import { failed, said, type Failure } from './failure';
import { Live } from './live.svelte';
import { PROGRAM_DEFAULTS, saveProgramChanges } from './program-start';

/**
 * Settings' program form. Every field shows the stored set-up and follows it (a save in another
 * tab, the welcome) until the client edits that field; a save writes the edited fields alone
 * (domain/program-setup.ts programEdits), so a tab opened long ago never writes its old start date
 * back when only the hours were changed. A failed save keeps what was typed on screen.
 */
export class ProgramForm {
  #stored = new Live<ProgramSetup | undefined>(watchProgram, undefined);
  /** What the client typed, field by field; a field not here shows the stored value. */
  #edits = $state<Partial<ProgramSetup>>({});
  /** After a save: the set-up as written, shown until the stored copy it was saved over changes. */
  #written = $state.raw<{ setup: ProgramSetup; over: ProgramSetup | undefined }>();
  errors = $state<ProgramErrors>({});
  /** "Program saved." after a save (a status line). */
  message = $state<Failure>();
  failure = $state<Failure>();
  /** One save at a time: a second tap while the first runs would move the sessions twice. */
  isSaving = $state(false);

  /** The fields as on screen, for `bind:value`: reading follows the stored set-up, writing edits. */
  readonly fields: ProgramSetup;

  /** The weekly hours of the client's groups (domain/attendance.ts groupWeeklyHours), if any. */
  #groupHours: () => number | undefined;

  /**
   * `groupHours`: what the target follows until the client sets their own, so the field shows
   * the target Progress and Schedule measure by (a 10.5-hour group is not shown as 9).
   */
  constructor(groupHours: () => number | undefined = () => undefined) {
    this.#groupHours = groupHours;
    const accessors = PROGRAM_FIELDS.map((field) => [
      field,
      {
        enumerable: true,
        get: () => this.value(field),
        set: (value: ProgramSetup[typeof field]) => this.edit(field, value),
      },
    ]);
    this.fields = Object.defineProperties({}, Object.fromEntries(accessors)) as ProgramSetup;
  }

  /**
   * The saved set-up has been read (the form stays disabled until then, so typing is kept); not
   * while it cannot be (sealed under the lock), or the defaults would show as if saved.
   */
  get isLoaded(): boolean {
    return !this.#stored.isLoading && this.#stored.error === undefined;
  }

  /** The set-up as stored (the defaults, with no start date, before anything is). */
  get shown(): ProgramSetup {
    const stored = this.#stored.current;
    const written = this.#written && this.#written.over === stored ? this.#written.setup : stored;
    if (!written) return PROGRAM_DEFAULTS;
    // Follows the groups after a save too: groups chosen after saving the form change the target.
    const groupHours = written.isOwnTarget ? undefined : this.#groupHours();
    return groupHours === undefined ? written : { ...written, weeklyHoursTarget: groupHours };
  }

  value<K extends keyof ProgramSetup>(field: K): ProgramSetup[K] {
    return field in this.#edits ? (this.#edits[field] as ProgramSetup[K]) : this.shown[field];
  }

  edit<K extends keyof ProgramSetup>(field: K, value: ProgramSetup[K]): void {
    this.#edits[field] = value;
  }

  /** Checks and saves the edited fields; true once saved (the fields then follow the store again). */
  async save(today: LocalDate): Promise<boolean> {
    if (this.isSaving) return false;
    const shown = this.shown;
    const entry = Object.fromEntries(
      PROGRAM_FIELDS.map((field) => [field, this.value(field)]),
    ) as unknown as ProgramSetup;
    const { changes, errors } = programEdits(shown, entry, today);
    this.errors = errors;
    if (Object.keys(errors).length > 0) return false;
    this.isSaving = true;
    this.message = undefined;
    try {
      if (Object.keys(changes).length > 0) await saveProgramChanges(changes, today);
      const isOwnTarget = shown.isOwnTarget || changes.weeklyHoursTarget !== undefined;
      this.#written = { setup: { ...shown, ...changes, isOwnTarget }, over: this.#stored.current };
      this.#edits = {};
      this.failure = undefined;
      this.message = said('program.saved');
      return true;
    } catch (error) {
      // Nothing was written (the date and the sessions go in one transaction): the entry stays.
      this.failure = failed(error, 'write.failed');
      return false;
    } finally {
      this.isSaving = false;
    }
  }
}
