import { watchProgram } from '$lib/db/program';
import { watchSchedule, type ScheduleData } from '$lib/db/sessions';
import { addDays } from '$lib/domain/dates';
import { expandOccurrences, type Occurrence } from '$lib/domain/occurrences';
import type { ProgramSetup } from '$lib/domain/program-setup';
import type { LocalDate, Session } from '$lib/domain/types';
import { Live } from './live.svelte';
import { titledIn } from '$lib/domain/translations';
import { locale } from '$lib/i18n/locale.svelte';

/** The schedule, its program set-up and occurrences, live from the data layer. */
export class ScheduleState {
  #data: Live<ScheduleData>;
  #program = new Live<ProgramSetup | undefined>(watchProgram, undefined);

  /** With `attendanceSince`, only attendance from that date on is read (for Today). */
  constructor(options: { attendanceSince?: LocalDate } = {}) {
    this.#data = new Live<ScheduleData>(() => watchSchedule(options), {
      sessions: [],
      changes: [],
      attendance: [],
    });
  }

  get data(): ScheduleData {
    return this.#data.current;
  }

  get program(): ProgramSetup | undefined {
    return this.#program.current;
  }

  get isLoading(): boolean {
    return this.#data.isLoading || this.#program.isLoading;
  }

  /** The sessions, titles and places in the client's language where the center gives them. */
  get sessions(): Session[] {
    const language = locale.current;
    return this.data.sessions.map((s) => titledIn(s, language));
  }

  /** Occurrences starting from `from` to `to`, local dates inclusive. */
  occurrences(from: LocalDate, to: LocalDate): Occurrence[] {
    return expandOccurrences(this.sessions, this.data.changes, from, to);
  }

  /** The first date that counts: the program start, else the earliest session. */
  firstDate(today: LocalDate): LocalDate {
    const starts = this.data.sessions.map((s) => s.startDate).sort();
    return this.program?.startDate ?? starts[0] ?? addDays(today, -6);
  }
}
