/**
 * A recurring coverage gap (same UTC start, end and length on many dates) in words a lead can
 * place in the week: "Monday–Thursday 23:00–01:00 (next day)" or "Friday 23:00 to Monday
 * 01:00" (a weekend gap reads as one), with its dates folded into ranges.
 */
import { weekdayOf } from '../../time/civil.js';
import { parseLocalTime } from '../../values/wall-clock.js';
import { DAY_NAMES, dayNumber, formatDay } from '../words/date-words.js';
import type { Period } from '../words/zone-words.js';
import { WEEK } from '../words/week-runs.js';
import { daysWords, longSpanWords, spanWords, withinDay } from '../words/weekly-hours.js';

/** Minutes after midnight of a fact's "HH:MM" (coverage writes them, so anything else is a bug). */
function time(hhmm: string): number {
  const parsed = parseLocalTime(hhmm);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function weekdays(dates: readonly string[]): number[] {
  return [...new Set(dates.map((d) => weekdayOf(dayNumber(d))))].sort((a, b) => a - b);
}

/**
 * When in the week the gap falls, from its UTC start time, its length and the weekdays of its
 * dates. Occurrences are not merged with each other: each is one stretch of `minutes`.
 */
export function gapWeekSpan(startUtc: string, minutes: number, dates: readonly string[]): string {
  const start = time(startUtc);
  const days = weekdays(dates);
  const span = { start, end: start + Math.round(minutes) };
  if (minutes >= WEEK) return days.map((d) => `from ${DAY_NAMES[d]} ${startUtc}, for a week or more`).join('; ');
  if (withinDay(span)) return `${daysWords(days)} ${spanWords(span)}`;
  return days.map((d) => longSpanWords(d, span)).join('; ');
}

/**
 * Sorted dates folded into ranges: a range runs on while the days it skips are weekdays on
 * which the gap never occurs, so "15 to 25 March" under a Monday–Thursday gap means every
 * Monday to Thursday in it.
 */
export function dateRanges(dates: readonly string[]): Period[] {
  const sorted = [...new Set(dates)].sort();
  const member = new Set(weekdays(sorted));
  const out: Period[] = [];
  for (const date of sorted) {
    const last = out[out.length - 1];
    const skipped = last ? Array.from({ length: dayNumber(date) - dayNumber(last.to) - 1 }, (_, i) => dayNumber(last.to) + 1 + i) : [];
    if (last && skipped.every((d) => !member.has(weekdayOf(d)))) last.to = formatDay(dayNumber(date));
    else out.push({ from: date, to: date });
  }
  return out;
}
