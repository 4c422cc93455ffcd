/**
 * Reading a .ics file with ical.js into the events that close a schedule: all-day events with a
 * name, repeating or not, with their moved or cancelled occurrences attached. Every problem is
 * located at the line that causes it; an event with a problem closes nothing.
 */
import { TEXT_LIMITS } from '../../schema/primitives.js';
import { isRealDate } from '../../values/calendar-dates.js';
import { bidiControlIn } from '../../values/text-controls.js';
import { outline, type EventLines, type IcsProblem } from './ics-lines.js';
import { icalJs, type IcalLibrary } from './libraries.js';

type Lib = IcalLibrary;
type Component = InstanceType<Lib['Component']>;
type Property = InstanceType<Lib['Property']>;
export type IcalEvent = InstanceType<Lib['Event']>;

export interface IcsEvent {
  /** With its moved and cancelled occurrences (RECURRENCE-ID) related. */
  event: IcalEvent;
  lines: EventLines;
}

export interface IcsCalendar {
  events: IcsEvent[];
  problems: IcsProblem[];
}

/** A holiday repeats by the day at most: an hourly rule on an all-day event means nothing. */
const REPEATS = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** ical.js's complaint about one content line, in words that say what to do. */
function unreadable(lib: Lib, line: string): string | undefined {
  try {
    lib.parse.property(line);
    return undefined;
  } catch (error) {
    const reason = errorText(error);
    if (/no token/.test(reason)) return 'This line is not an iCalendar property, which is written NAME:value (such as SUMMARY:Christmas Day). Fix or delete it.';
    return `This line cannot be read as iCalendar (${reason}). Fix or delete it.`;
  }
}

function components(lib: Lib, text: string): Component[] {
  const jcal = lib.parse(text) as unknown[];
  const roots = (typeof jcal[0] === 'string' ? [jcal] : jcal) as unknown[][];
  return roots.filter((r) => r[0] === 'vcalendar').flatMap((r) => new lib.Component(r as never).getAllSubcomponents('vevent'));
}

export function readIcs(text: string): IcsCalendar {
  const lib = icalJs();
  const shape = outline(text, (line) => unreadable(lib, line));
  if (shape.problems.length) return { events: [], problems: shape.problems };
  if (shape.calendars === 0) return { events: [], problems: [{ line: 1, column: 1, message: 'This file holds no calendar. An iCalendar file starts with BEGIN:VCALENDAR and ends with END:VCALENDAR, with its events between.' }] };
  let found: Component[];
  try {
    found = components(lib, text);
  } catch (error) {
    return { events: [], problems: [{ line: 1, column: 1, message: `This file cannot be read as iCalendar (${errorText(error)}).` }] };
  }
  const problems: IcsProblem[] = [];
  const valid: { component: Component; lines: EventLines }[] = [];
  found.forEach((component, i) => {
    const lines = shape.events[i] ?? { line: 1, properties: new Map() };
    const before = problems.length;
    checkEvent(component, lines, problems);
    if (problems.length === before) valid.push({ component, lines });
  });
  return { events: related(lib, valid), problems };
}

/** Each event that is not a moved occurrence, with the moved occurrences of the same UID. */
function related(lib: Lib, valid: { component: Component; lines: EventLines }[]): IcsEvent[] {
  const uid = (c: Component) => String(c.getFirstPropertyValue('uid') ?? '');
  const moved = (c: Component) => c.hasProperty('recurrence-id');
  const masters = new Set(valid.filter((v) => !moved(v.component)).map((v) => uid(v.component)));
  return valid
    .filter((v) => !moved(v.component) || !masters.has(uid(v.component)))
    .map((v) => {
      const exceptions = moved(v.component) ? [] : valid.filter((o) => moved(o.component) && uid(o.component) === uid(v.component)).map((o) => o.component);
      // Exceptions are always passed: without them ical.js relates every moved occurrence in the file, whatever its UID.
      return { event: new lib.Event(v.component, { exceptions, strictExceptions: true }), lines: v.lines };
    });
}

function checkEvent(component: Component, lines: EventLines, problems: IcsProblem[]): void {
  const at = (name: string, message: string) => problems.push({ line: lines.properties.get(name)?.line ?? lines.line, column: 1, message });
  const start = component.getFirstProperty('dtstart');
  if (!start) at('DTSTART', 'This event has no start date. Give it one, such as DTSTART;VALUE=DATE:20261225.');
  else checkDate(start, 'DTSTART', at);
  const end = component.getFirstProperty('dtend');
  if (end && start && checkDate(end, 'DTEND', at) && rawDate(end) <= rawDate(start)) at('DTEND', 'This event ends on or before the day it starts. DTEND is the day after the last day closed: for one day, give the next date, or leave DTEND out.');
  const duration = component.getFirstPropertyValue('duration') as InstanceType<Lib['Duration']> | null;
  if (duration && (duration.hours || duration.minutes || duration.seconds || duration.isNegative || duration.toSeconds() <= 0)) {
    at('DURATION', 'This event lasts part of a day. supportops closes whole dates: give the duration in days (DURATION:P1D) or weeks (P1W).');
  }
  const recurrence = component.getFirstProperty('recurrence-id');
  if (recurrence) checkDate(recurrence, 'RECURRENCE-ID', at);
  checkSummary(component, at);
  for (const rule of component.getAllProperties('rrule')) {
    const freq = String((rule.getFirstValue() as { freq?: string } | null)?.freq ?? '');
    if (!REPEATS.has(freq)) at('RRULE', `This event repeats ${freq.toLowerCase() || 'without a frequency'}; a closed date repeats daily, weekly, monthly or yearly (FREQ=YEARLY).`);
  }
}

/** The date as written, YYYY-MM-DD: ical.js would turn 2026-02-30 into 2 March. */
function rawDate(property: Property): string {
  return String((property.toJSON() as unknown[])[3]);
}

function checkDate(property: Property, name: string, at: (name: string, message: string) => void): boolean {
  if (property.type !== 'date') {
    at(name, `This event has a time of day (${name}:${rawDate(property).replace(/[-:]/g, '')}). supportops closes whole dates only: make it an all-day event (${name};VALUE=DATE:20261224), or write shorter hours as an override in the schedule.`);
    return false;
  }
  if (!isRealDate(rawDate(property))) {
    at(name, `${rawDate(property)} is not a real date: that month has no such day. Correct the date.`);
    return false;
  }
  return true;
}

/** The name customers read in the list of closed dates: the same limits as a name written in a policy. */
function checkSummary(component: Component, at: (name: string, message: string) => void): void {
  const summary = component.getFirstPropertyValue('summary');
  const text = typeof summary === 'string' ? summary.trim() : '';
  if (!text) return at('SUMMARY', 'This event has no name. Give it a SUMMARY, such as SUMMARY:Company day: customers see it in the list of closed dates.');
  if ([...text].length > TEXT_LIMITS.short) return at('SUMMARY', `This event's SUMMARY is ${[...text].length} characters long; it may be at most ${TEXT_LIMITS.short}. Shorten it.`);
  const control = bidiControlIn(text);
  if (control) at('SUMMARY', `This event's SUMMARY contains the invisible control character ${control.codePoint} (${control.name}), which makes text display in another order than it is stored. Delete it.`);
}
