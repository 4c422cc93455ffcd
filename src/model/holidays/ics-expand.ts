/**
 * The dates a .ics file's events close in the years expanded. A repeating event is walked from
 * its first occurrence, so the walk is bounded per file: an event that starts in 1900 and
 * repeats daily would otherwise make the check's cost grow with how far back it starts.
 */
import { civilDate, daysBetween, addDays } from '../../values/calendar-dates.js';
import type { HolidayYears } from './holiday.js';
import type { IcsEvent, IcalEvent } from './ics-events.js';
import type { IcsProblem } from './ics-lines.js';

/** Occurrences walked per file: 56 years of a daily event, far more than any holiday calendar needs. */
export const MAX_OCCURRENCES = 20_000;

export interface IcsDay {
  date: string;
  name: string;
}

type Time = IcalEvent['startDate'];

const dateOf = (t: Time) => civilDate(t.year, t.month, t.day);

/** The dates from `start` up to (not including) `end`, clipped to the years expanded. */
function datesBetween(start: string, end: string, years: HolidayYears): string[] {
  const first = `${String(years.first).padStart(4, '0')}-01-01`;
  const last = `${String(years.last).padStart(4, '0')}-12-31`;
  const from = start > first ? start : first;
  const days = daysBetween(from, end < addDays(last, 1) ? end : addDays(last, 1));
  return Array.from({ length: Math.max(0, days) }, (_, i) => addDays(from, i));
}

const isCancelled = (event: IcalEvent) => String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

/** The months a rule is limited to: ical.js can carry a day past its month (30 February becomes 2 March). */
function monthsOf(event: IcalEvent): Set<number> | undefined {
  const months = (event.component.getFirstPropertyValue('rrule') as { parts?: { BYMONTH?: number[] } } | null)?.parts?.BYMONTH;
  return months?.length ? new Set(months) : undefined;
}

/** Occurrences of one repeating event within the years; false when the walk ran out of steps. */
function occurrences(item: IcsEvent, years: HolidayYears, steps: { left: number }, out: IcsDay[]): boolean {
  const { event } = item;
  const months = monthsOf(event);
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (next.year > years.last) return true;
    if (--steps.left < 0) return false;
    if (next.year < years.first - 1 || (months && !months.has(next.month))) continue;
    const details = event.getOccurrenceDetails(next);
    if (isCancelled(details.item)) continue;
    const name = String(details.item.summary).trim();
    for (const date of datesBetween(dateOf(details.startDate), dateOf(details.endDate), years)) out.push({ date, name });
  }
  return true;
}

/** Every date the file's events close in the years, in file order, with the problems met on the way. */
export function expandIcs(events: readonly IcsEvent[], years: HolidayYears): { days: IcsDay[]; problems: IcsProblem[] } {
  const days: IcsDay[] = [];
  const problems: IcsProblem[] = [];
  const steps = { left: MAX_OCCURRENCES };
  for (const item of events) {
    const { event, lines } = item;
    if (isCancelled(event)) continue;
    if (!event.isRecurring()) {
      for (const date of datesBetween(dateOf(event.startDate), dateOf(event.endDate), years)) days.push({ date, name: String(event.summary).trim() });
      continue;
    }
    const rule = lines.properties.get('RRULE') ?? lines.properties.get('RDATE');
    try {
      if (occurrences(item, years, steps, days)) continue;
      problems.push({ line: rule?.line ?? lines.line, column: 1, message: `This event repeats more than ${MAX_OCCURRENCES.toLocaleString('en-US')} times (with the file's other repeating events) between its start and the end of ${years.last}, so supportops stops there. Start it nearer the dates it closes (a later DTSTART).` });
      break;
    } catch (error) {
      problems.push({ line: rule?.line ?? lines.line, column: 1, message: `This event's repeat rule cannot be expanded (${error instanceof Error ? error.message : String(error)}). Correct the RRULE.` });
    }
  }
  return { days, problems };
}
