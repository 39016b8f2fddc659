/**
 * What must be true before a build reaches clients (`npm run release:check`): real meetings,
 * fresh enough to trust, and the center's own phone number rather than a placeholder.
 * Pure: the script gathers the facts, this decides.
 */
import type { CenterConfig, PhoneLine } from '$lib/config/center';
import type { EventsIndex } from '$lib/domain/events/snapshot';
import type { EventSource } from '$lib/domain/types';

export const MAX_SNAPSHOT_AGE_DAYS = 7;

export interface ReleaseFacts {
  /** static/events/index.json, or undefined when missing or unreadable. */
  index: EventsIndex | undefined;
  /** Part files named by the index that are missing. */
  missingParts: string[];
  sources: EventSource[];
  /** static/events/program.json: whether it is there and built from example data. */
  program?: { isExample: boolean };
  /** Questionnaires whose wording is not yet compared with the publisher's files (instruments.ts). */
  unconfirmedMeasures?: readonly string[];
  center: CenterConfig;
  now: Date;
}

export interface ReleaseVerdict {
  problems: string[];
  warnings: string[];
}

/** 555-0100 to 555-0199 are reserved for fiction: a number there is a placeholder. */
export function isPlaceholderNumber(line: PhoneLine): boolean {
  const digits = line.tel.replace(/\D/g, '');
  return /555(01\d\d)$/.test(digits) || /555/.test(digits.slice(-7, -4));
}

export function checkRelease(facts: ReleaseFacts): ReleaseVerdict {
  const problems: string[] = [];
  const warnings: string[] = [];
  const { index } = facts;
  if (!index) {
    problems.push('No meetings snapshot (static/events/index.json): run npm run events:sync.');
  } else {
    if (index.isExample) {
      problems.push('The meetings snapshot is example data: run npm run events:sync.');
    }
    const ageDays = (facts.now.getTime() - Date.parse(index.generatedAt)) / 86_400_000;
    if (!(ageDays <= MAX_SNAPSHOT_AGE_DAYS)) {
      problems.push(
        `The meetings snapshot is ${Number.isFinite(ageDays) ? `${Math.floor(ageDays)} days` : 'of unknown age'} old (at most ${MAX_SNAPSHOT_AGE_DAYS}): run npm run events:sync.`,
      );
    }
    for (const part of facts.missingParts) problems.push(`A snapshot part is missing: ${part}.`);
  }
  if (facts.program?.isExample) {
    problems.push(
      "The center's program (static/events/program.json) is example data: add the center's own program source (kind program) and run npm run events:sync, or delete the file.",
    );
  }
  for (const name of facts.unconfirmedMeasures ?? []) {
    // "GAD-7" -> isGad7WordingConfirmed, the flag in instruments.ts.
    const flag = `is${name[0]}${name.slice(1).toLowerCase().replace('-', '')}WordingConfirmed`;
    problems.push(
      `The ${name} wording (src/lib/domain/measures/instruments.ts) has not been compared with the publisher's English and Spanish files: compare every string, then set ${flag}.`,
    );
  }
  const lines = [facts.center.phone, ...facts.center.crisisLines];
  for (const line of lines.filter(isPlaceholderNumber)) {
    problems.push(
      `The center configuration still holds a placeholder number (${line.display}, "${line.id}"): set the real one in src/lib/config/center.ts.`,
    );
  }
  for (const source of facts.sources) {
    if (source.isExample) problems.push(`Source "${source.id}" is example data.`);
    else if (!source.isConfirmed)
      warnings.push(
        `Source "${source.id}" (${source.name}) is not yet confirmed with its publisher.`,
      );
  }
  return { problems, warnings };
}
