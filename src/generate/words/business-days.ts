/**
 * Business time in days a customer can read. "24 business hours" on a 10-hour day reads as one
 * day; it is nearly three. So a business-clock duration of a full working day or more is said
 * in business days, rounded up to a whole number of days that always holds at least that much
 * open time: n days is enough when every run of n open days in a row, starting on any weekday,
 * has at least the duration's open hours (docs/customer-text.md). Never a shorter time.
 */
import type { WeekHours } from './week-runs.js';

/** Open seconds of each weekday (Monday first) that has any; a shift belongs to the day it starts. */
export function openDaySeconds(week: WeekHours): number[] {
  return week.map((spans) => spans.reduce((s, span) => s + (span.end - span.start) * 60, 0)).filter((s) => s > 0);
}

/** The least open time of `n` open days in a row, over every starting day. */
function leastOf(days: readonly number[], n: number): number {
  const k = days.length;
  const week = days.reduce((s, d) => s + d, 0);
  const rest = n % k;
  let least = Infinity;
  for (let start = 0; start < k; start++) {
    let sum = 0;
    for (let i = 0; i < rest; i++) sum += days[(start + i) % k]!;
    least = Math.min(least, sum);
  }
  return Math.floor(n / k) * week + (rest === 0 ? 0 : least);
}

/**
 * How many business days always cover `seconds` of open time, or undefined when the duration
 * is shorter than the longest open day (then hours read right) or the week has no open hours.
 * The work is bounded by the week (whole weeks are counted at once), whatever the duration.
 */
export function businessDays(seconds: number, days: readonly number[]): number | undefined {
  if (days.length === 0 || seconds < Math.max(...days)) return undefined;
  const week = days.reduce((s, d) => s + d, 0);
  let n = Math.max(1, (Math.floor(seconds / week) - 1) * days.length);
  while (leastOf(days, n) < seconds) n++;
  return n;
}
