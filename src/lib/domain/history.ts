import { fold } from './tags';
import type { CheckIn, LocalDate } from './types';

export interface Day {
  date: LocalDate;
  checkIns: CheckIn[];
}

/** Groups check-ins by local date, newest day first and newest first within a day. */
export function groupByDay(checkIns: readonly CheckIn[]): Day[] {
  const sorted = [...checkIns].sort((a, b) => b.at - a.at);
  const days: Day[] = [];
  for (const checkIn of sorted) {
    const last = days.at(-1);
    if (last?.date === checkIn.date) last.checkIns.push(checkIn);
    else days.push({ date: checkIn.date, checkIns: [checkIn] });
  }
  return days;
}

export interface HistoryFilter {
  /** Words that must all appear in the note (any case, with or without accents). */
  query?: string;
  triggerId?: string;
}

export function filterCheckIns(checkIns: readonly CheckIn[], filter: HistoryFilter): CheckIn[] {
  const words = fold(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return checkIns.filter((checkIn) => {
    if (filter.triggerId && !checkIn.triggerIds.includes(filter.triggerId)) return false;
    if (words.length === 0) return true;
    const note = fold(checkIn.note ?? '');
    return words.every((word) => note.includes(word));
  });
}
