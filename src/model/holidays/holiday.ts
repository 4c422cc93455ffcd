/**
 * What a schedule's `holidays` become in the model: every date it is closed, each with its name
 * and where it came from, for the years the checks and the artifacts look at. The written list,
 * public holiday calendars and .ics files are expanded here once; every later stage reads the
 * dates (docs/holidays.md).
 */
import type { WrittenHolidays } from '../../schema/kinds/schedule.js';
import { addDays } from '../../values/calendar-dates.js';
import type { Origin } from '../origin.js';

/** A path inside a schedule's spec: ['holidays', 2], or ['holidays'] for a single calendar or file. */
export type SpecPath = (string | number)[];

/** One date a schedule is closed all day. */
export interface Holiday {
  /** YYYY-MM-DD, a local date in the schedule's time zone. */
  date: string;
  name: string;
  /** The calendar ('GB-ENG') or file ('calendars/company.ics') it comes from; absent for a date written in the schedule. */
  source?: string;
  /** What gives it: the written `{ date, name }` entry, or the `calendar` or `ics` value of its source. */
  entry: SpecPath;
}

/** An `except:` item that drops nothing in the dates expanded: probably a typing slip. */
export interface UnmatchedExcept {
  index: number;
  value: string;
  /** The closest name the source has, when one is close. */
  closest?: string;
}

/** A written date that a calendar or file also gives (the written name is used). */
export interface RepeatedDate {
  /** The written `{ date, name }` entry. */
  entry: SpecPath;
  date: string;
  /** The source's name for the date. */
  name: string;
}

/** A calendar or .ics file in a schedule's `holidays`, as written and as expanded. */
export interface HolidaySource {
  kind: 'calendar' | 'ics';
  /** 'GB-ENG' or 'calendars/company.ics'. */
  label: string;
  entry: SpecPath;
  except: string[];
  unmatched: UnmatchedExcept[];
  repeats: RepeatedDate[];
  /** The dates it was expanded for. */
  years: HolidayYears;
}

/**
 * The dates expanded: every date the checks and the artifacts can look at (`from` to `to`,
 * inclusive), and the calendar years they touch, which calendars and files are computed for.
 */
export interface HolidayYears {
  first: number;
  last: number;
  from: string;
  to: string;
}

/** Nothing at all: calendars are checked but expand to nothing (no --as-of to count from). */
export const NO_YEARS: HolidayYears = { first: 1, last: 0, from: '9999-12-31', to: '0000-01-01' };

/** Coverage looks a week before --as-of and two weeks past the horizon: a month either side is room enough. */
const MARGIN_DAYS = 31;
/** The disclosures list closed dates for the 12 months from --as-of, whatever the horizon. */
const LISTED_DAYS = 365;

/**
 * From a month before --as-of to a month after the later of the horizon's end and the
 * disclosures' 12 months: 2026-11-23 with 365 days gives 2026-10-23 to 2027-12-24.
 */
export function holidayYears(asOf: string, horizonDays = 365): HolidayYears {
  const from = addDays(asOf, -MARGIN_DAYS);
  const to = addDays(asOf, Math.max(horizonDays, LISTED_DAYS) + MARGIN_DAYS);
  return { first: Number(from.slice(0, 4)), last: Number(to.slice(0, 4)), from, to };
}

/** Whether a YYYY-MM-DD date is one the run looks at. */
export const isExpanded = (date: string, years: HolidayYears): boolean => date >= years.from && date <= years.to;

/** "Christmas Day (GB-ENG)": a holiday with its source, for findings and changes. */
export function holidayLabel(holiday: Pick<Holiday, 'name' | 'source'>): string {
  return holiday.source ? `${holiday.name} (${holiday.source})` : holiday.name;
}

/** A schedule's holidays once expanded: every date it is closed, and its calendars and files. */
export interface ResolvedHolidays {
  holidays?: Holiday[];
  holidaySources?: HolidaySource[];
}

/** What building the model needs from the expansion (resolve-holidays.ts does it): `at` is the schedule's spec. */
export interface HolidayExpander {
  resolve(written: WrittenHolidays | undefined, at: Origin): ResolvedHolidays;
}
