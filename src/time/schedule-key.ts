/**
 * A schedule spec's content, for the compile cache: equal specs read again from a file, copied
 * or sent anew share one compiled schedule and the blocks it has already expanded.
 *
 * The content is what compilation reads, as a list of parts: the zone; each weekday's intervals
 * (text, or start and end when parsed); the holiday dates; each override's date and hours. Counts and end marks (numbers) sit between the texts, so two different contents never
 * give the same list. Names of holidays and overrides are left out: compilation never reads them.
 * A spec of any other shape (a number where text belongs, hours that are not a list) has no
 * content list and is compiled, or refused, on its own.
 */
import { WEEKDAYS, type ScheduleSpec } from './spec.js';
import { isRecord } from './structure.js';

export type ContentPart = string | number;

const END = -1;

/** Each entry as its text, or as start and end when parsed; false for anything else. */
function addHours(hours: unknown, parts: ContentPart[]): boolean {
  if (!Array.isArray(hours)) return false;
  parts.push(hours.length);
  for (const entry of hours as unknown[]) {
    if (typeof entry === 'string') parts.push(entry);
    else if (isRecord(entry) && typeof entry['start'] === 'number' && typeof entry['end'] === 'number') parts.push(entry['start'], entry['end']);
    else return false;
  }
  return true;
}

/** Each weekday's hours in WEEKDAYS order (END when absent); false when `weekly` has other keys. */
function addWeekly(weekly: unknown, parts: ContentPart[]): boolean {
  if (!isRecord(weekly)) return false;
  let present = 0;
  for (const day of WEEKDAYS) {
    const hours = weekly[day];
    if (hours === undefined) parts.push(END);
    else if (!addHours(hours, parts)) return false;
    else present++;
  }
  // Any other key is a weekday compilation refuses, so such a spec is never shared.
  return Object.keys(weekly).length === present;
}

function addHolidays(holidays: unknown, parts: ContentPart[]): boolean {
  if (holidays === undefined) return parts.push(END) > 0;
  if (!Array.isArray(holidays)) return false;
  parts.push(holidays.length);
  for (const entry of holidays as unknown[]) {
    const date = isRecord(entry) ? entry['date'] : entry;
    if (typeof date !== 'string') return false;
    parts.push(date);
  }
  return true;
}

function addOverrides(overrides: unknown, parts: ContentPart[]): boolean {
  if (overrides === undefined) return parts.push(END) > 0;
  if (!Array.isArray(overrides)) return false;
  parts.push(overrides.length);
  for (const entry of overrides as unknown[]) {
    if (!isRecord(entry) || typeof entry['date'] !== 'string') return false;
    parts.push(entry['date']);
    if (!addHours(entry['hours'], parts)) return false;
  }
  return true;
}

/** The spec's content as parts, or undefined when the spec is not plainly shaped. */
export function scheduleContent(spec: ScheduleSpec): ContentPart[] | undefined {
  if (!isRecord(spec) || typeof spec.timeZone !== 'string') return undefined;
  const parts: ContentPart[] = [spec.timeZone];
  const plain = addWeekly(spec.weekly, parts) && addHolidays(spec.holidays, parts) && addOverrides(spec.overrides, parts);
  return plain ? parts : undefined;
}

/*
 * Matching a spec against stored parts reads it without building anything, so a new but equal
 * spec costs one walk: named property reads (one shape for every spec read from YAML or JSON), no
 * key lists, no closures. Each step returns the index after what it matched, or -1.
 */

function hoursAt(hours: unknown, parts: readonly ContentPart[], i: number): number {
  if (!Array.isArray(hours) || parts[i] !== hours.length) return -1;
  let at = i + 1;
  for (let k = 0; k < hours.length; k++) {
    const entry: unknown = hours[k];
    if (typeof entry === 'string') {
      if (parts[at++] !== entry) return -1;
    } else if (!isRecord(entry) || parts[at++] !== entry['start'] || parts[at++] !== entry['end']) return -1;
  }
  return at;
}

/** One weekday's hours, or END when the weekday is absent; -1 when it does not match. */
function dayAt(hours: unknown, parts: readonly ContentPart[], i: number): number {
  if (hours === undefined) return parts[i] === END ? i + 1 : -1;
  return hoursAt(hours, parts, i);
}

/** Whether every own key of `weekly` is a weekday (any other key is one compilation refuses). */
function weekdayCount(weekly: Record<string, unknown>): boolean {
  let present = 0;
  if (weekly['mon'] !== undefined) present++;
  if (weekly['tue'] !== undefined) present++;
  if (weekly['wed'] !== undefined) present++;
  if (weekly['thu'] !== undefined) present++;
  if (weekly['fri'] !== undefined) present++;
  if (weekly['sat'] !== undefined) present++;
  if (weekly['sun'] !== undefined) present++;
  let keys = 0;
  for (const key in weekly) if (Object.hasOwn(weekly, key)) keys++;
  return keys === present;
}

/** The weekdays in WEEKDAYS order (mon … sun), as addWeekly lists them. */
function weeklyAt(weekly: unknown, parts: readonly ContentPart[], i: number): number {
  if (!isRecord(weekly)) return -1;
  let at = dayAt(weekly['mon'], parts, i);
  if (at >= 0) at = dayAt(weekly['tue'], parts, at);
  if (at >= 0) at = dayAt(weekly['wed'], parts, at);
  if (at >= 0) at = dayAt(weekly['thu'], parts, at);
  if (at >= 0) at = dayAt(weekly['fri'], parts, at);
  if (at >= 0) at = dayAt(weekly['sat'], parts, at);
  if (at >= 0) at = dayAt(weekly['sun'], parts, at);
  return at >= 0 && weekdayCount(weekly) ? at : -1;
}

function holidaysAt(holidays: unknown, parts: readonly ContentPart[], i: number): number {
  if (holidays === undefined) return parts[i] === END ? i + 1 : -1;
  if (!Array.isArray(holidays) || parts[i] !== holidays.length) return -1;
  let at = i + 1;
  for (let k = 0; k < holidays.length; k++) {
    const entry: unknown = holidays[k];
    if (parts[at++] !== (isRecord(entry) ? entry['date'] : entry)) return -1;
  }
  return at;
}

function overridesAt(overrides: unknown, parts: readonly ContentPart[], i: number): number {
  if (overrides === undefined) return parts[i] === END ? i + 1 : -1;
  if (!Array.isArray(overrides) || parts[i] !== overrides.length) return -1;
  let at = i + 1;
  for (let k = 0; k < overrides.length; k++) {
    const entry: unknown = overrides[k];
    if (!isRecord(entry) || parts[at] !== entry['date']) return -1;
    at = hoursAt(entry['hours'], parts, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Whether the spec's content is `parts`, as scheduleContent would give it. */
export function hasContent(spec: ScheduleSpec, parts: readonly ContentPart[]): boolean {
  if (!isRecord(spec) || spec.timeZone !== parts[0]) return false;
  let at = weeklyAt(spec.weekly, parts, 1);
  if (at >= 0) at = holidaysAt(spec.holidays, parts, at);
  if (at >= 0) at = overridesAt(spec.overrides, parts, at);
  return at === parts.length;
}
