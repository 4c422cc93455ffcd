/**
 * Weekly hours in plain words: "Monday–Friday 08:00–18:00", "Monday–Friday 09:00–12:30 and
 * 13:30–18:00; Saturday 10:00–14:00", "around the clock, every day". Spans are kept on the
 * day they start, so an overnight shift reads "22:00–06:00 (next day)" (DOMAIN §5).
 */
import type { ScheduleSpec } from '../../schema/kinds/schedule.js';
import { WEEKDAYS } from '../../schema/primitives.js';
import { DAY_NAMES } from './dates.js';

/** Minutes after local midnight of the day it starts; `end` may pass 1440 (overnight). */
export interface Span {
  start: number;
  end: number;
}

/** Index 0 is Monday. */
export type WeekHours = Span[][];

const DAY = 1440;
const WEEK = 7 * DAY;

/** "08:00-18:00" → { start: 480, end: 1080 }; an end at or before the start runs overnight. */
export function parseSpan(range: string): Span | undefined {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(range);
  if (!m) return undefined;
  const start = Number(m[1]) * 60 + Number(m[2]);
  let end = Number(m[3]) * 60 + Number(m[4]);
  if (end === start) return undefined; // zero-length: open for nothing
  if (end < start) end += DAY;
  return { start, end };
}

export function weekFromSpec(weekly: ScheduleSpec['weekly']): WeekHours {
  return WEEKDAYS.map((day) => (weekly[day] ?? []).flatMap((r) => parseSpan(r) ?? []).sort((a, b) => a.start - b.start || a.end - b.end));
}

/** The same hours seen from a clock `minutes` ahead (a constant offset difference). */
export function shiftWeek(week: WeekHours, minutes: number): WeekHours {
  const out: WeekHours = WEEKDAYS.map(() => []);
  week.forEach((spans, day) => {
    for (const span of spans) {
      const start = (((day * DAY + span.start + minutes) % WEEK) + WEEK) % WEEK;
      const d = Math.floor(start / DAY);
      out[d]!.push({ start: start - d * DAY, end: start - d * DAY + (span.end - span.start) });
    }
  });
  return out.map((spans) => spans.sort((a, b) => a.start - b.start || a.end - b.end));
}

/** Whether the spans cover every minute of the week. */
export function isAroundTheClock(week: WeekHours): boolean {
  const pieces: [number, number][] = [];
  week.forEach((spans, day) => {
    for (const s of spans) {
      const a = day * DAY + s.start;
      const b = day * DAY + s.end;
      if (b <= WEEK) pieces.push([a, b]);
      else pieces.push([a, WEEK], [0, b - WEEK]);
    }
  });
  pieces.sort((x, y) => x[0] - y[0]);
  let reached = 0;
  for (const [a, b] of pieces) {
    if (a > reached) return false;
    reached = Math.max(reached, b);
  }
  return reached >= WEEK;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "08:00–18:00", "22:00–06:00 (next day)", "08:00–24:00". */
export function spanWords(span: Span): string {
  const end = span.end > DAY ? `${hhmm(span.end - DAY)} (next day)` : hhmm(span.end);
  return `${hhmm(span.start)}–${end}`;
}

/** "Monday–Friday", "Saturday and Sunday", "Monday, Wednesday and Friday", "Sunday–Thursday", "every day". */
export function daysWords(days: readonly number[]): string {
  const member = DAY_NAMES.map((_, i) => days.includes(i));
  if (member.every(Boolean)) return 'every day';
  const runs: [number, number][] = [];
  // Walk the week as a circle, starting each run where the previous day is not a member.
  for (let i = 0; i < 7; i++) {
    if (!member[i] || member[(i + 6) % 7]) continue;
    let j = i;
    while (member[(j + 1) % 7]) j++;
    runs.push([i, j - i + 1]);
  }
  // One run of two reads "Saturday and Sunday"; among several runs, short ones list their days.
  const words = runs.flatMap(([start, length]) => {
    const name = (k: number) => DAY_NAMES[(start + k) % 7]!;
    if (length >= 3) return [`${name(0)}–${name(length - 1)}`];
    if (length === 2 && runs.length === 1) return [`${name(0)} and ${name(1)}`];
    return Array.from({ length }, (_, k) => name(k));
  });
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The whole week in words; "closed" when no day has hours. */
export function weekWords(week: WeekHours): string {
  if (isAroundTheClock(week)) return 'around the clock, every day';
  const groups = new Map<string, number[]>();
  week.forEach((spans, day) => {
    if (spans.length === 0) return;
    const key = spans.map(spanWords).join(' and ');
    groups.set(key, [...(groups.get(key) ?? []), day]);
  });
  if (groups.size === 0) return 'closed';
  return [...groups].map(([hours, days]) => `${daysWords(days)} ${hours}`).join('; ');
}
