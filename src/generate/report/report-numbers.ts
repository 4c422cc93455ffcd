/**
 * Numbers as the report writes them: rounded to 3 decimals in feasibility.json, shown with at
 * most 2 in the Markdown and the heatmap, waits as durations, hours of the week by name, and
 * the week's uncovered time as a duration (the same in the table and the heatmap's text).
 */
import { addDays } from '../../values/calendar-dates.js';
import { minutesText, formatDuration } from '../../values/durations.js';
import { formatLocalTime } from '../../values/wall-clock.js';
import { DAY_SHORT } from '../words/date-words.js';

/** 3 decimals, as every number in feasibility.json. */
export const round = (n: number) => Math.round(n * 1000) / 1000;

/** At most 2 decimals, no trailing zeros: "16.9", "10". */
export const num = (n: number) => String(Number(n.toFixed(2)));

/** A wait in minutes: whole minutes from a minute up, seconds below (as rule messages show them). */
export const minutes = (m: number | null) => (m === null ? 'never within the horizon' : minutesText(m));

/** "Mon 09:00" for hour k of the week, Monday 00:00 first; hour 168 is the next "Mon 00:00". */
export function hourLabel(k: number): string {
  return `${DAY_SHORT[Math.floor(k / 24) % 7]} ${formatLocalTime((k % 24) * 60)}`;
}

/** The minutes of the week nobody is on shift while the promise's clock runs, as a duration ("10h"); undefined when none. */
export function uncoveredDuration(uncoveredMinutes: readonly number[]): string | undefined {
  const total = uncoveredMinutes.reduce((s, m) => s + m, 0);
  return total > 0 ? formatDuration(Math.round(total) * 60) : undefined;
}

/** A row's label, with the last date its figures cover when a dated change cuts the horizon (`until` is the first date after). */
export const withUntil = (label: string, until: string | null) => (until === null ? label : `${label} (to ${addDays(until, -1)})`);
