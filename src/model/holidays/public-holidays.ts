/**
 * Public holidays by country and region, from the date-holidays package: which codes exist, and
 * the days of one code in one year. The package computes each year from its rules (Easter,
 * "1st monday in May", substitute days); its version is pinned and published with the
 * artifacts, so a changed rule shows as a changed version (docs/holidays.md).
 */
import { didYouMean } from '../../diagnostics/suggest.js';
import type { HolidayType } from '../../schema/kinds/schedule.js';
import { addDays } from '../../values/calendar-dates.js';
import { cmp } from '../../values/order.js';
import { dateHolidays } from './libraries.js';

/** The date-holidays release whose rules the holidays come from: package.json pins exactly this one. */
export const DATE_HOLIDAYS_VERSION = '3.37.0';

/** Holiday names in English, where the package has them (otherwise in the country's language). */
const LANGUAGES = ['en'];

const DAY_MS = 86_400_000;

export interface CalendarDay {
  /** YYYY-MM-DD, the local date in the country. */
  date: string;
  name: string;
  type: HolidayType;
}

let knownCodes: ReadonlyMap<string, string> | undefined;
const codesByCountry = new Map<string, ReadonlyMap<string, string>>();
let library: InstanceType<ReturnType<typeof dateHolidays>> | undefined;
/** One instance for the code lists: they only read the package's data. */
const codeLibrary = () => (library ??= new (dateHolidays())());

/** Every code the package knows ('GB', 'GB-ENG', 'DE-BY-A') with its name in English: read once per process (the package is pinned). */
export function calendarCodes(): ReadonlyMap<string, string> {
  if (!knownCodes) {
    const codes = new Map<string, string>();
    for (const [country, name] of Object.entries(codeLibrary().getCountries('en'))) for (const entry of countryCodes(country, name)) codes.set(...entry);
    knownCodes = codes;
  }
  return knownCodes;
}

/**
 * Whether the package knows `code`: calendarCodes().has(code), reading only the code's country.
 * Every country's states and regions take about 20 ms to list in a fresh process; the full list
 * is only read for the message about a code that is not there.
 */
export function isCalendarCode(code: string): boolean {
  // Country codes have no hyphen, so a code's first part names the only country it can belong to.
  const country = code.split('-')[0]!;
  let codes = codesByCountry.get(country);
  if (!codes) {
    const countries = codeLibrary().getCountries('en');
    codesByCountry.set(country, (codes = new Map(Object.hasOwn(countries, country) ? countryCodes(country, countries[country]!) : [])));
  }
  return codes.has(code);
}

/** One country's codes with their names: the country, its states, their regions. */
function countryCodes(country: string, name: string): [string, string][] {
  const lib = codeLibrary();
  const codes: [string, string][] = [[country, name]];
  for (const [state, stateName] of Object.entries(lib.getStates(country, 'en') ?? {})) {
    codes.push([`${country}-${state}`, `${stateName}, ${name}`]);
    for (const [region, regionName] of Object.entries(lib.getRegions(country, state, 'en') ?? {})) codes.push([`${country}-${state}-${region}`, `${regionName}, ${stateName}, ${name}`]);
  }
  return codes;
}

/** Why a code is unknown, in words that list what exists, with the closest code. */
export function unknownCode(code: string, codes: ReadonlyMap<string, string>): { message: string; suggestion?: string } {
  const parts = code.split('-');
  // UK is the usual slip for the United Kingdom, whose ISO code is GB.
  const meant = parts[0] === 'UK' ? ['GB', ...parts.slice(1)].join('-') : undefined;
  const parent = parts.slice(0, -1).join('-');
  const children = [...codes.keys()].filter((c) => c.startsWith(`${parent}-`) && c.split('-').length === parts.length).sort(cmp);
  const suggestion = meant && codes.has(meant) ? `did you mean '${meant}'?` : didYouMean(code, parts.length === 1 ? [...codes.keys()].filter((c) => !c.includes('-')) : children);
  if (parts.length === 1 || !codes.has(parent)) {
    const country = parts[0]!;
    return {
      message: codes.has(country)
        ? `'${code}' is not a calendar date-holidays knows. Write a country code, or a country and region code, such as GB, GB-ENG or US-CA.`
        : `'${country}' is not a country date-holidays knows. Use the country's two-letter ISO 3166 code, such as GB, US or DE, optionally with a region: GB-ENG.`,
      ...(suggestion ? { suggestion } : {}),
    };
  }
  const shown = children.slice(0, 12).map((c) => `${c} (${codes.get(c)!.split(', ')[0]})`);
  const more = children.length > shown.length ? `, and ${children.length - shown.length} more` : '';
  return {
    message: `${codes.get(parent)} (${parent}) has no region '${parts.at(-1)}' in date-holidays. Use one of ${shown.join(', ')}${more}; or ${parent} alone.`,
    ...(suggestion ? { suggestion } : {}),
  };
}

/**
 * The days of one calendar, year by year, each year computed once. They depend only on the
 * pinned package, so one instance serves every policy version a run reads (SHARED_HOLIDAYS):
 * a pull request's base and head name the same calendars. Callers must not change the days.
 */
export class PublicHolidays {
  private readonly calendars = new Map<string, InstanceType<ReturnType<typeof dateHolidays>>>();
  private readonly years = new Map<string, CalendarDay[]>();

  /** Every day of `code` in `year`, by date; a day the package spans over several dates gives each date. */
  days(code: string, year: number): CalendarDay[] {
    const key = `${code}/${year}`;
    let days = this.years.get(key);
    if (!days) {
      days = this.calendar(code).getHolidays(year).flatMap((h) => {
        const first = h.date.slice(0, 10);
        // Most days run midnight to midnight; Eid al-Fitr spans three. Christmas Eve from 14:00 still closes its date.
        const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
        return Array.from({ length: span }, (_, i) => ({ date: addDays(first, i), name: h.name, type: h.type }));
      });
      days.sort((a, b) => cmp(a.date, b.date) || cmp(a.name, b.name));
      this.years.set(key, days);
    }
    return days;
  }

  private calendar(code: string): InstanceType<ReturnType<typeof dateHolidays>> {
    let calendar = this.calendars.get(code);
    if (!calendar) {
      const [country, state, region] = code.split('-') as [string, string?, string?];
      const Holidays = dateHolidays();
      calendar = new Holidays({ country, ...(state ? { state } : {}), ...(region ? { region } : {}) }, { languages: LANGUAGES });
      this.calendars.set(code, calendar);
    }
    return calendar;
  }
}

/** The process's calendars, shared by every version read (see PublicHolidays). */
export const SHARED_HOLIDAYS = new PublicHolidays();
