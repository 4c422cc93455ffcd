/**
 * Dates in words ("Friday 25 December 2026", "Freitag, 25. Dezember 2026"): the day counted by
 * hand, the weekday and month names from Intl in the locale (UTC, so no host zone leaks in),
 * and the order and punctuation from the catalog.
 */
import { civilFromDays, formatDay, parseDay, weekdayOf } from '../../time/civil.js';
import { ENGLISH, type Phrases } from '../locale/phrases.js';

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const DAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** Day number of a YYYY-MM-DD date the schema already checked; throws on anything else (a bug). */
export function dayNumber(date: string): number {
  const n = parseDay(date);
  if (n === undefined) throw new Error(`not a date: ${date}`);
  return n;
}

export { formatDay };

/** "25 December 2026", or "Friday 25 December 2026" with the weekday. */
export function dateWords(date: string, withWeekday = false, p: Phrases = ENGLISH): string {
  const n = dayNumber(date);
  const { year, month, day } = civilFromDays(n);
  const text = p.say('date.long', { day: p.number(day), month: p.month(month), year: String(year) });
  return withWeekday ? p.say('date.withWeekday', { weekday: p.weekday(weekdayOf(n)), date: text }) : text;
}

/** "14 to 27 March 2027", "31 October to 6 November 2027", "28 December 2026 to 3 January 2027". */
export function rangeWords(from: string, to: string, p: Phrases = ENGLISH): string {
  const a = civilFromDays(dayNumber(from));
  const b = civilFromDays(dayNumber(to));
  if (from === to) return dateWords(from, false, p);
  const end = dateWords(to, false, p);
  if (a.year !== b.year) return p.say('date.range', { from: dateWords(from, false, p), to: end });
  if (a.month !== b.month) return p.say('date.rangeInYear', { fromDay: p.number(a.day), fromMonth: p.month(a.month), to: end });
  return p.say('date.rangeInMonth', { fromDay: p.number(a.day), to: end });
}
