/**
 * Hours restated in a customer's time zone. Offsets come from the time engine's Intl-backed
 * zones (explicit timeZone, never the host's), sampled at local noon on each day of a window:
 * wherever the offset difference is constant the weekly hours shift as a whole, so every
 * distinct difference becomes one variant with the dates it applies to. That states winter and
 * summer equivalents, and the odd weeks when two places change clocks on different dates.
 */
import { cmp } from '../../values/order.js';
import { DAY_MS, HOUR_MS } from '../../time/civil.js';
import { getZone } from '../../time/zone.js';
import { ENGLISH, type Phrases } from '../locale/phrases.js';
import { dateWords, dayNumber, formatDay, rangeWords } from './date-words.js';
import { joinAnd, joinWith } from './lists.js';
import { shiftWeek, type WeekHours } from './week-runs.js';
import { weekWords } from './weekly-hours.js';

export interface DateWindow {
  /** YYYY-MM-DD, the first day. */
  from: string;
  days: number;
}

export interface Period {
  from: string;
  to: string;
}

export interface ZoneVariant {
  hours: string;
  /** Inclusive date ranges (in the window) on which these hours apply. */
  periods: Period[];
}

export interface ZoneHours {
  timeZone: string;
  label: string;
  /** "New York time (Eastern Time): Monday–Friday 03:00–13:00, except Monday–Friday 04:00–14:00 from 14 to 27 March 2027". */
  text: string;
  /** The hours for most of the window first, then the others by date. */
  variants: ZoneVariant[];
}

/** "Buenos Aires" from America/Argentina/Buenos_Aires. */
function city(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

const genericNames = new Map<string, string | undefined>();
const regions = new Map<string, Set<string>>();

/** Country and region names in the locale ("United Kingdom", "Vereinigtes Königreich"), from ICU like the zone names. */
function regionNames(locale: string): Set<string> {
  let set = regions.get(locale);
  if (!set) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    set = new Set();
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
      const name = names.of(String.fromCharCode(a, b));
      if (name) set.add(name);
    }
    regions.set(locale, set);
  }
  return set;
}

/**
 * The zone's generic name from ICU in the locale ("Eastern Time", "Nordamerikanische
 * Ostküstenzeit"), when it tells the reader more than the city does: undefined when it is only
 * an offset ("GMT+8"), repeats the city ("Singapore Standard Time") or only names the country
 * ("United Kingdom Time", "India Standard Time").
 */
function genericName(timeZone: string, locale: string): string | undefined {
  const key = `${locale}\n${timeZone}`;
  if (!genericNames.has(key)) {
    // English as before: en-GB's names; every other locale its own.
    const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { timeZone, timeZoneName: 'longGeneric' });
    const raw = format.formatToParts(Date.UTC(2026, 0, 15)).find((p) => p.type === 'timeZoneName')?.value;
    const name = locale === 'en' ? raw?.replace(' Standard Time', ' Time') : raw;
    const place = locale === 'en' ? name?.replace(/ Time$/, '') : name;
    const countries = regionNames(locale);
    const redundant = !name || /^(GMT|UTC)/.test(name) || name.includes(city(timeZone)) || countries.has(place!) || (locale !== 'en' && [...countries].some((c) => name.includes(c)));
    genericNames.set(key, redundant ? undefined : name);
  }
  return genericNames.get(key);
}

/** "New York time (Eastern Time)", "London time", "Singapore time", "UTC"; the city is the IANA name's (docs/locales.md). */
export function zoneLabel(timeZone: string, p: Phrases = ENGLISH): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return p.say('zone.utc');
  const generic = genericName(timeZone, p.locale);
  return generic ? p.say('zone.cityGeneric', { city: city(timeZone), generic }) : p.say('zone.city', { city: city(timeZone) });
}

/** Offset difference target − source in minutes at local noon (source) of each day in the window. */
function differences(source: string, target: string, window: DateWindow): number[] {
  const from = getZone(source);
  const to = getZone(target);
  const first = dayNumber(window.from);
  const out: number[] = [];
  for (let d = 0; d < window.days; d++) {
    const instant = from.fromLocalMs((first + d) * DAY_MS + 12 * HOUR_MS);
    out.push((to.offsetAt(instant) - from.offsetAt(instant)) / 60_000);
  }
  return out;
}

function periodWords(period: Period, window: DateWindow, p: Phrases): string {
  const last = formatDay(dayNumber(window.from) + window.days - 1);
  if (period.from === window.from) return p.say('period.until', { date: dateWords(period.to, false, p) });
  if (period.to === last) return p.say('period.from', { date: dateWords(period.from, false, p) });
  return p.say('period.fromRange', { range: rangeWords(period.from, period.to, p) });
}

export function hoursInZone(week: WeekHours, source: string, target: string, window: DateWindow, p: Phrases = ENGLISH): ZoneHours {
  const diffs = differences(source, target, window);
  const first = dayNumber(window.from);
  const byHours = new Map<string, ZoneVariant & { days: number }>();
  let previous: string | undefined;
  // The offset difference changes a few times a year at most: word each difference once.
  const wordsOf = new Map<number, string>();
  diffs.forEach((diff, d) => {
    let hours = wordsOf.get(diff);
    if (hours === undefined) wordsOf.set(diff, (hours = weekWords(shiftWeek(week, diff), p)));
    const date = formatDay(first + d);
    const variant = byHours.get(hours) ?? { hours, periods: [], days: 0 };
    byHours.set(hours, variant);
    variant.days++;
    const open = variant.periods[variant.periods.length - 1];
    if (open && previous === hours) open.to = date;
    else variant.periods.push({ from: date, to: date });
    previous = hours;
  });
  const ordered = [...byHours.values()].sort((a, b) => b.days - a.days || cmp(a.periods[0]!.from, b.periods[0]!.from));
  const variants = ordered.map(({ hours, periods }) => ({ hours, periods }));
  const label = zoneLabel(target, p);
  const [main, ...others] = variants;
  const exceptions = others.map((v) => p.say('zone.variant', { hours: v.hours, periods: joinAnd(v.periods.map((period) => periodWords(period, window, p)), p) }));
  const hours = main?.hours ?? p.say('hours.closed');
  const all = exceptions.length ? p.say('zone.except', { main: hours, others: joinWith(exceptions, 'zone.exceptSeparator', p) }) : hours;
  const text = p.say('zone.hours', { label, hours: all });
  return { timeZone: target, label, text, variants };
}
