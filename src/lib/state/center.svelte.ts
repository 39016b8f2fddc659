import { applyCenterProgram, keepMyCopy, watchCenter, type CenterState } from '$lib/db/center';
import { getSetting } from '$lib/db/settings';
import {
  applyProgramChanges,
  countsFrom,
  endSessions,
  goneTracks,
  programChanges,
  sessionsForChoice,
  sessionsOfLeftTracks,
  type CenterProgram,
  type CenterTrack,
  type ProgramChange,
} from '$lib/domain/center/program';
import type { LocalDate, Session } from '$lib/domain/types';
import { Live } from './live.svelte';
import { failed, type Failure } from './failure';

// A program read before this phone has a database (a first visit that only looks creates none):
// shown from here until center-program.ts has stored it, once the database exists.
let unsaved = $state.raw<CenterProgram | undefined>();

export function holdUnsavedProgram(program: CenterProgram | undefined): void {
  unsaved = program;
}

/** Every track, when the center publishes its program without any. */
export const ALL_TRACKS = '*';

/**
 * The center's program as the screens see it: the client's tracks, set-up, the changes waiting
 * in a newer program, and writing each choice (through the repository, in one transaction).
 */
export class CenterProgramState {
  #live = new Live<CenterState>(watchCenter, {});
  /** Why the last write failed (a key: said in the language of the moment). */
  failure = $state<Failure>();

  get latest(): CenterProgram | undefined {
    return this.#live.current.latest ?? unsaved;
  }

  get tracks(): string[] | undefined {
    return this.#live.current.tracks;
  }

  get isLoading(): boolean {
    return this.#live.isLoading;
  }

  /** Set-up is offered while a program exists and the client has not chosen (nor skipped). */
  get needsSetUp(): boolean {
    return !!this.latest && this.tracks === undefined;
  }

  /** A newer program than the one the client's schedule reflects, with what it changes for them. */
  #newer = $derived.by(() => {
    const { latest, applied, tracks } = this.#live.current;
    if (!latest || !tracks || !applied || applied.version === latest.version) return undefined;
    return {
      changes: programChanges(applied, latest, tracks),
      gone: goneTracks(applied, latest, tracks),
    };
  });

  /** What changed for the client's tracks since the program their schedule reflects. */
  get changes(): ProgramChange[] {
    return this.#newer?.changes ?? [];
  }

  get gone(): CenterTrack[] {
    return this.#newer?.gone ?? [];
  }

  /** A newer program that changes nothing for this client is taken without asking. */
  get hasSilentUpdate(): boolean {
    return !!this.#newer && this.changes.length === 0 && this.gone.length === 0;
  }

  async #run(write: () => Promise<void>): Promise<boolean> {
    try {
      await write();
      this.failure = undefined;
      return true;
    } catch (error) {
      this.failure = failed(error, 'center.failed');
      return false;
    }
  }

  /**
   * Saves the client's tracks and adds the sessions of newly chosen ones, counting from the later
   * of the program's start date and `today` (nothing before is "missed"). Returns how many.
   */
  async choose(
    tracks: string[],
    sessions: readonly Session[],
    today: LocalDate,
  ): Promise<number | undefined> {
    const program = this.latest;
    if (!program) return undefined;
    const from = countsFrom(await getSetting('programStartDate'), today);
    const added = sessionsForChoice(program, tracks, sessions, () => crypto.randomUUID(), from);
    // The day chosen stays with each session: a corrected start date later counts from it.
    added.sessions = added.sessions.map((s) => ({ ...s, chosenOn: today }));
    const ok = await this.#run(() =>
      applyCenterProgram(
        program,
        { put: added.sessions, remove: [], occurrences: added.occurrences },
        tracks,
      ),
    );
    return ok ? added.sessions.length : undefined;
  }

  /** Center sessions of tracks the client no longer picked (offered for removal). */
  leftSessions(tracks: readonly string[], sessions: readonly Session[], today: string): Session[] {
    const program = this.latest;
    if (!program) return [];
    return sessionsOfLeftTracks(program, tracks, sessions, today);
  }

  /** Ends (or removes, if never started) the given center sessions; history stays. */
  async removeSessions(toEnd: readonly Session[], today: string) {
    const program = this.latest;
    if (!program) return false;
    return this.#run(() => applyCenterProgram(program, endSessions(toEnd, today)));
  }

  async apply(sessions: readonly Session[], today: string): Promise<boolean> {
    const program = this.latest;
    if (!program) return false;
    const applied = applyProgramChanges(sessions, this.changes, {
      today,
      newId: () => crypto.randomUUID(),
    });
    return this.#run(() => applyCenterProgram(program, applied));
  }

  async keep(): Promise<boolean> {
    const program = this.latest;
    if (!program) return false;
    return this.#run(() => keepMyCopy(program));
  }
}
