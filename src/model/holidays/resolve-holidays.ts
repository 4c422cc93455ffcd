/**
 * A schedule's `holidays` as written — dates, public holiday calendars and .ics files, in any
 * mix — expanded into the dates it is closed for the years the checks cover. Each calendar and
 * file is read once per run however many schedules name it. A date written by hand wins over
 * the same date from a calendar (its name is used); calendars and files that share a date give
 * it once, named by the first.
 */
import { closest, didYouMean } from '../../diagnostics/suggest.js';
import type { HolidayEntry, HolidayType, WrittenHolidays } from '../../schema/kinds/schedule.js';
import { cmp } from '../../values/order.js';
import { child, type Origin } from '../model.js';
import { isExpanded, type Holiday, type HolidayExpander, type HolidaySource, type HolidayYears, type ResolvedHolidays, type SpecPath, type UnmatchedExcept } from './holiday.js';
import { expandIcs, type IcsDay } from './ics-expand.js';
import { readIcs } from './ics-events.js';
import type { IcsProblem } from './ics-lines.js';
import { calendarCodes, isCalendarCode, SHARED_HOLIDAYS, unknownCode } from './public-holidays.js';

type SourceEntry = Exclude<HolidayEntry, { date: string }>;

/** A problem found while expanding: at a place in a schedule, or at a line of a .ics file. */
export type HolidayProblem =
  | { ruleId: 'holiday-calendar'; at: Origin; message: string; suggestion?: string }
  | { ruleId: 'ics-syntax'; file: string; problem: IcsProblem };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The days a source keeps after `except`, and the items that dropped nothing. */
function applyExcept(days: IcsDay[], except: readonly string[], years: HolidayYears): { kept: IcsDay[]; unmatched: UnmatchedExcept[] } {
  const matched = new Set<number>();
  const byKey = new Map<string, number>();
  except.forEach((item, index) => byKey.set(DATE.test(item) ? item : item.trim().toLowerCase(), index));
  const kept = days.filter((day) => {
    const index = byKey.get(day.date) ?? byKey.get(day.name.toLowerCase());
    if (index === undefined) return true;
    matched.add(index);
    return false;
  });
  const names = [...new Set(days.map((d) => d.name))].sort(cmp);
  const checkable = (item: string) => !DATE.test(item) || isExpanded(item, years);
  const unmatched = except.flatMap((value, index): UnmatchedExcept[] => {
    if (matched.has(index) || !checkable(value)) return [];
    const near = DATE.test(value) ? undefined : closest(value, names);
    return [{ index, value, ...(near ? { closest: near } : {}) }];
  });
  return { kept, unmatched };
}

export class HolidayResolver implements HolidayExpander {
  readonly problems: HolidayProblem[] = [];
  private readonly publicHolidays = SHARED_HOLIDAYS;
  private readonly icsDays = new Map<string, IcsDay[]>();

  /** `files`: each .ics file of the policy set by path, with its text (undefined when it could not be read; the loader says why). */
  constructor(
    private readonly files: ReadonlyMap<string, string | undefined>,
    readonly years: HolidayYears,
  ) {}

  /** `at`: the schedule's spec. */
  resolve(written: WrittenHolidays | undefined, at: Origin): ResolvedHolidays {
    if (written === undefined) return {};
    const entries: [HolidayEntry, SpecPath][] = Array.isArray(written) ? written.map((e, i) => [e, ['holidays', i]]) : [[written, ['holidays']]];
    const typed: Holiday[] = [];
    const fromSources = new Map<string, { holiday: Holiday; source: HolidaySource }>();
    const sources: HolidaySource[] = [];
    for (const [entry, path] of entries) {
      if ('date' in entry) {
        typed.push({ date: entry.date, name: entry.name, entry: path });
        continue;
      }
      const found = this.source(entry, path, at);
      if (!found) continue;
      const except = entry.except ?? [];
      // Only the dates the run looks at: a calendar year holds dates before --as-of too.
      const { kept, unmatched } = applyExcept(found.days.filter((d) => isExpanded(d.date, this.years)), except, this.years);
      const source: HolidaySource = { kind: found.kind, label: found.label, entry: path, except, unmatched, repeats: [], years: this.years };
      sources.push(source);
      for (const day of kept) {
        if (!fromSources.has(day.date)) fromSources.set(day.date, { holiday: { date: day.date, name: day.name, source: found.label, entry: [...path, found.kind] }, source });
      }
    }
    for (const holiday of typed) {
      const same = fromSources.get(holiday.date);
      same?.source.repeats.push({ entry: holiday.entry, date: holiday.date, name: same.holiday.name });
    }
    const writtenDates = new Set(typed.map((h) => h.date));
    const holidays = [...typed, ...[...fromSources.values()].map((s) => s.holiday).filter((h) => !writtenDates.has(h.date))].sort((a, b) => cmp(a.date, b.date));
    return { holidays, ...(sources.length ? { holidaySources: sources } : {}) };
  }

  private source(entry: SourceEntry, path: SpecPath, at: Origin): { kind: HolidaySource['kind']; label: string; days: IcsDay[] } | undefined {
    if ('calendar' in entry) {
      const days = this.calendarDays(entry.calendar, entry.types ?? ['public'], child(at, ...path, 'calendar'));
      return days && { kind: 'calendar', label: entry.calendar, days };
    }
    const days = this.fileDays(entry.ics, child(at, ...path, 'ics'));
    return days && { kind: 'ics', label: entry.ics, days };
  }

  private calendarDays(code: string, types: readonly HolidayType[], at: Origin): IcsDay[] | undefined {
    if (!isCalendarCode(code)) {
      const { message, suggestion } = unknownCode(code, calendarCodes());
      this.problems.push({ ruleId: 'holiday-calendar', at, message, ...(suggestion ? { suggestion } : {}) });
      return undefined;
    }
    const wanted = new Set<string>(types);
    const days: IcsDay[] = [];
    for (let year = this.years.first; year <= this.years.last; year++) {
      for (const day of this.publicHolidays.days(code, year)) if (wanted.has(day.type)) days.push({ date: day.date, name: day.name });
    }
    return days;
  }

  private fileDays(path: string, at: Origin): IcsDay[] | undefined {
    if (!this.files.has(path)) {
      const suggestion = didYouMean(path, this.files.keys());
      const message = `There is no file ${path} in the policy folder. supportops reads .ics files committed inside the policy folder, by their path from it (never from the network): add the file there or correct the path.`;
      this.problems.push({ ruleId: 'holiday-calendar', at, message, ...(suggestion ? { suggestion } : {}) });
      return undefined;
    }
    let days = this.icsDays.get(path);
    if (!days) {
      const text = this.files.get(path);
      if (text === undefined) return undefined; // unreadable: the loader reported it
      const calendar = readIcs(text);
      const expanded = expandIcs(calendar.events, this.years);
      for (const problem of [...calendar.problems, ...expanded.problems]) this.problems.push({ ruleId: 'ics-syntax', file: path, problem });
      days = expanded.days;
      this.icsDays.set(path, days);
    }
    return days;
  }
}
