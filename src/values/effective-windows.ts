/**
 * Stretches of dates with one version of the policies in force, and how findings name them.
 * Dates are YYYY-MM-DD; a window runs from `from` up to the day before `until` (half-open, as
 * intervals are everywhere), or on with no end when `until` is null.
 */
import { addDays } from './calendar-dates.js';

export interface EffectiveWindow {
  from: string;
  /** The first date after the window; null: no end. */
  until: string | null;
}

/** Whether `date` falls in the window. */
export function inWindow(window: EffectiveWindow, date: string): boolean {
  return date >= window.from && (window.until === null || date < window.until);
}

/**
 * A run of windows in words for a finding: "Before 2027-01-04" when it starts where the check
 * starts, "From 2027-01-04" when it has no end, "On 2027-01-03" for one day, else
 * "From 2027-01-04 to 2027-01-31" (the last day included, as people read a range).
 */
export function windowWords(window: EffectiveWindow, startsTheCheck: boolean): string {
  if (startsTheCheck && window.until !== null) return `Before ${window.until}`;
  if (window.until === null) return `From ${window.from}`;
  const last = addDays(window.until, -1);
  return last === window.from ? `On ${last}` : `From ${window.from} to ${last}`;
}
