/**
 * Weekly hours as minutes of a week: the spans a schedule lists per weekday, and the same
 * hours merged into runs on the week's circle. Words are written from merged runs, so
 * touching spans (a 22:00–24:00 shift and a 00:00–06:00 one, or hours that a time-zone
 * shift moves next to each other) read as one span, and a span never ends where it starts.
 */
import type { ScheduleSpec } from '../../model/typed-specs.js';
import { WEEKDAYS } from '../../schema/primitives.js';
import type { LocalInterval } from '../../values/wall-clock.js';

/** Minutes after local midnight of the day it starts; `end` may pass 1440 (overnight, or several days). */
export interface Span {
  start: number;
  end: number;
}

/** Index 0 is Monday. */
export type WeekHours = Span[][];

/** A merged run of open minutes, counted from Monday 00:00: `start` in [0, WEEK), `end` may pass WEEK (it wraps). */
export type Run = [start: number, end: number];

export const DAY = 1440;
export const WEEK = 7 * DAY;

/** A date's or weekday's intervals as spans (an end before the start ran overnight); zero-length ones say nothing. */
export function spansOf(intervals: readonly LocalInterval[]): Span[] {
  return intervals.filter((i) => i.end !== i.start).map((i) => ({ start: i.start, end: i.end }));
}

export function weekFromSpec(weekly: ScheduleSpec['weekly']): WeekHours {
  return WEEKDAYS.map((day) => spansOf(weekly[day] ?? []).sort((a, b) => a.start - b.start || a.end - b.end));
}

/**
 * The open minutes as merged runs, by start. Touching and overlapping spans merge, across
 * midnight and across Sunday into Monday; a week open throughout is the one run [0, WEEK).
 */
export function weekRuns(week: WeekHours): Run[] {
  const pieces: Run[] = [];
  week.forEach((spans, day) => {
    for (const s of spans) {
      if (s.end <= s.start) continue;
      const a = day * DAY + s.start;
      const length = Math.min(s.end - s.start, WEEK);
      const start = ((a % WEEK) + WEEK) % WEEK;
      if (start + length <= WEEK) pieces.push([start, start + length]);
      else pieces.push([start, WEEK], [0, start + length - WEEK]);
    }
  });
  pieces.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: Run[] = [];
  for (const [a, b] of pieces) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  // A run that reaches Sunday 24:00 continues into one that starts Monday 00:00.
  const first = merged[0];
  const last = merged[merged.length - 1];
  if (merged.length > 1 && first && last && first[0] === 0 && last[1] === WEEK) {
    merged.shift();
    last[1] = WEEK + first[1];
  }
  return merged;
}

/** Runs back to weekly spans, each on the day it starts. */
function weekFromRuns(runs: readonly Run[]): WeekHours {
  const out: WeekHours = WEEKDAYS.map(() => []);
  for (const [a, b] of runs) {
    const day = Math.floor(a / DAY);
    out[day]!.push({ start: a - day * DAY, end: b - day * DAY });
  }
  return out.map((spans) => spans.sort((x, y) => x.start - y.start || x.end - y.end));
}

/** The same hours with touching spans merged. */
export function normalizeWeek(week: WeekHours): WeekHours {
  return weekFromRuns(weekRuns(week));
}

/** The same hours seen from a clock `minutes` ahead (a constant offset difference), merged. */
export function shiftWeek(week: WeekHours, minutes: number): WeekHours {
  const shifted = weekRuns(week).map(([a, b]): Span => {
    const start = (((a + minutes) % WEEK) + WEEK) % WEEK;
    return { start, end: start + (b - a) };
  });
  // As spans of Monday, so weekRuns wraps and merges them again.
  return normalizeWeek([shifted, [], [], [], [], [], []]);
}

/** Whether the spans cover every minute of the week. */
export function isAroundTheClock(week: WeekHours): boolean {
  const runs = weekRuns(week);
  return runs.length === 1 && runs[0]![1] - runs[0]![0] >= WEEK;
}
