/** Dates in words ("Friday 25 December 2026"), computed by hand so no host locale or zone leaks in. */
import { civilFromDays, formatDay, parseDay, weekdayOf } from '../../time/civil.js';

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const DAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Day number of a YYYY-MM-DD date the schema already checked; throws on anything else (a bug). */
export function dayNumber(date: string): number {
  const n = parseDay(date);
  if (n === undefined) throw new Error(`not a date: ${date}`);
  return n;
}

export { formatDay };

/** "25 December 2026", or "Friday 25 December 2026" with the weekday. */
export function dateWords(date: string, withWeekday = false): string {
  const n = dayNumber(date);
  const { year, month, day } = civilFromDays(n);
  const text = `${day} ${MONTHS[month - 1]} ${year}`;
  return withWeekday ? `${DAY_NAMES[weekdayOf(n)]} ${text}` : text;
}

/** "14 to 27 March 2027", "31 October to 6 November 2027", "28 December 2026 to 3 January 2027". */
export function rangeWords(from: string, to: string): string {
  const a = civilFromDays(dayNumber(from));
  const b = civilFromDays(dayNumber(to));
  if (from === to) return dateWords(from);
  if (a.year !== b.year) return `${dateWords(from)} to ${dateWords(to)}`;
  if (a.month !== b.month) return `${a.day} ${MONTHS[a.month - 1]} to ${dateWords(to)}`;
  return `${a.day} to ${dateWords(to)}`;
}
