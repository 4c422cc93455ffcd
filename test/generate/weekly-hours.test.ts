import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { written } from './helpers.js';
import { DAY_NAMES } from '../../src/generate/words/date-words.js';
import { DAY, isAroundTheClock, shiftWeek, weekFromSpec, WEEK, type WeekHours } from '../../src/generate/words/week-runs.js';
import { daysWords, weekWords } from '../../src/generate/words/weekly-hours.js';

const WEEKDAYS = { mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] };
const ALL_DAY = ['00:00-24:00'];

/** Which minutes of the week (from Monday 00:00) the spans open, wrapping past Sunday. */
function openSet(week: WeekHours, shift = 0): boolean[] {
  const open = Array<boolean>(WEEK).fill(false);
  week.forEach((spans, day) => {
    for (const s of spans) for (let m = s.start; m < s.end; m++) open[((((day * DAY + m + shift) % WEEK) + WEEK) % WEEK)] = true;
  });
  return open;
}

/** Runs of open minutes on the week's circle. */
function runCount(open: boolean[]): number {
  return open.filter((o, i) => o && !open[(i + WEEK - 1) % WEEK]).length;
}

const time = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
const dayIndex = (name: string) => {
  const i = DAY_NAMES.indexOf(name as (typeof DAY_NAMES)[number]);
  if (i < 0) throw new Error(`not a day: ${name}`);
  return i;
};

function parseDays(text: string): number[] {
  if (text === 'every day') return [0, 1, 2, 3, 4, 5, 6];
  return text.split(/, | and /).flatMap((part) => {
    const [a, b] = part.split('–');
    if (b === undefined) return [dayIndex(a!)];
    const out: number[] = [];
    for (let d = dayIndex(a!); ; d = (d + 1) % 7) {
      out.push(d);
      if (d === dayIndex(b)) return out;
    }
  });
}

/**
 * Reads weekWords output back into open minutes, failing on anything a reader could
 * misread: overlapping items, a "(next day)" span of a day or more, an end not after its start.
 * Returns the minutes and how many spans the words name.
 */
function readWeekWords(words: string): { open: boolean[]; spans: number } {
  const open = Array<boolean>(WEEK).fill(false);
  if (words === 'around the clock, every day') return { open: open.fill(true), spans: 1 };
  if (words === 'closed') return { open, spans: 0 };
  let spans = 0;
  const mark = (start: number, end: number) => {
    expect(end, words).toBeGreaterThan(start);
    spans++;
    for (let m = start; m < end; m++) {
      // A plain throw: expect() per minute would make the property run for minutes.
      if (open[m % WEEK]) throw new Error(`${words}: minute ${m % WEEK} named twice`);
      open[m % WEEK] = true;
    }
  };
  for (const item of words.split('; ')) {
    const long = /^(\w+) (\d\d:\d\d) to (the following )?(\w+) (\d\d:\d\d)$/.exec(item);
    if (long) {
      const start = dayIndex(long[1]!) * DAY + time(long[2]!);
      let end = dayIndex(long[4]!) * DAY + time(long[5]!);
      if (end <= start) end += WEEK;
      expect(Boolean(long[3]), `${item}: "the following" iff it ends on the weekday it starts`).toBe(long[1] === long[4]);
      expect(end - start, `${item} is a long span`).toBeGreaterThanOrEqual(DAY);
      mark(start, end);
      continue;
    }
    const cut = item.search(/\d/);
    const days = parseDays(item.slice(0, cut - 1));
    for (const span of item.slice(cut).split(' and ')) {
      const m = /^(\d\d:\d\d)–(\d\d:\d\d)( \(next day\))?$/.exec(span);
      expect(m, `${item}: span "${span}"`).not.toBeNull();
      const start = time(m![1]!);
      const end = time(m![2]!) + (m![3] ? DAY : 0);
      expect(end - start, `${span} is shorter than a day`).toBeLessThan(DAY);
      expect(end > DAY, `${span}: "(next day)" iff it passes midnight`).toBe(Boolean(m![3]));
      for (const d of days) mark(d * DAY + start, d * DAY + end);
    }
  }
  return { open, spans };
}

describe('weekly hours in words', () => {
  it.each([
    [WEEKDAYS, 'Monday–Friday 08:00–18:00'],
    [{ mon: ['09:00-12:30', '13:30-18:00'], tue: ['09:00-12:30', '13:30-18:00'], sat: ['10:00-14:00'] }, 'Monday and Tuesday 09:00–12:30 and 13:30–18:00; Saturday 10:00–14:00'],
    [{ fri: ['22:00-06:00'], sat: ['22:00-06:00'] }, 'Friday and Saturday 22:00–06:00 (next day)'],
    [{ mon: ['08:00-24:00'], wed: ['08:00-24:00'], fri: ['08:00-24:00'] }, 'Monday, Wednesday and Friday 08:00–24:00'],
    [{ mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ALL_DAY }, 'around the clock, every day'],
    [{ mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'], sat: ['09:00-17:00'], sun: ['09:00-17:00'] }, 'every day 09:00–17:00'],
    [{}, 'closed'],
    // Touching spans are one span: on a day, across midnight and from Sunday into Monday.
    [{ sat: ['14:00-16:00', '16:00-22:00'] }, 'Saturday 14:00–22:00'],
    [{ fri: ['22:00-24:00'], sat: ['00:00-06:00'] }, 'Friday 22:00–06:00 (next day)'],
    [{ sun: ['22:00-24:00'], mon: ['00:00-06:00'] }, 'Sunday 22:00–06:00 (next day)'],
    // A day or more names both ends.
    [{ fri: ['17:00-24:00'], sat: ['00:00-19:00'] }, 'Friday 17:00 to Saturday 19:00'],
    [{ mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY }, 'Monday 00:00 to Friday 24:00'],
    [{ mon: ['09:00-12:00'], fri: ['09:00-24:00'], sat: ALL_DAY }, 'Monday 09:00–12:00; Friday 09:00 to Saturday 24:00'],
    // One whole day on its own stays on its day (a property once found "Friday 00:00 to Friday 24:00").
    [{ fri: ALL_DAY }, 'Friday 00:00–24:00'],
    [{ sat: ALL_DAY, sun: ALL_DAY }, 'Saturday 00:00 to Sunday 24:00'],
  ])('%j → %s', (weekly, words) => {
    expect(weekWords(weekFromSpec(written(weekly)))).toBe(words);
  });

  it('names day runs around the week, Sunday into Thursday', () => {
    expect(daysWords([6, 0, 1, 2, 3])).toBe('Sunday–Thursday');
    expect(daysWords([0, 1, 2, 4])).toBe('Monday–Wednesday and Friday');
  });

  it('shifting by an offset moves hours across midnight and days, and merges what then touches', () => {
    expect(weekWords(shiftWeek(weekFromSpec(written(WEEKDAYS)), -7 * 60))).toBe('Monday–Friday 01:00–11:00');
    expect(weekWords(shiftWeek(weekFromSpec(written({ mon: ['01:00-09:00'] })), -5 * 60))).toBe('Sunday 20:00–04:00 (next day)');
    // A whole day seen from 5 hours behind: never "19:00–19:00 (next day)".
    expect(weekWords(shiftWeek(weekFromSpec(written({ mon: ALL_DAY })), -5 * 60))).toBe('Sunday 19:00 to Monday 19:00');
    expect(weekWords(shiftWeek(weekFromSpec(written({ mon: ALL_DAY, tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY })), -5 * 60))).toBe('Sunday 19:00 to Friday 19:00');
    // Nearly the whole week, wrapping past Sunday.
    const allBut = weekFromSpec(written({ mon: ['01:00-24:00'], tue: ALL_DAY, wed: ALL_DAY, thu: ALL_DAY, fri: ALL_DAY, sat: ALL_DAY, sun: ['00:00-23:30'] }));
    expect(weekWords(shiftWeek(allBut, -60))).toBe('Monday 00:00 to Sunday 22:30');
    expect(weekWords(shiftWeek(allBut, 120))).toBe('Monday 03:00 to the following Monday 01:30');
  });

  const week = fc.array(fc.array(fc.record({ start: fc.integer({ min: 0, max: 96 }).map((q) => q * 15), length: fc.integer({ min: 1, max: 112 }).map((q) => q * 15) }), { maxLength: 3 }), { minLength: 7, maxLength: 7 })
    .map((days): WeekHours => days.map((spans) => spans.filter((s) => s.start < DAY).map((s) => ({ start: s.start, end: s.start + s.length })).sort((a, b) => a.start - b.start || a.end - b.end)));
  const offset = fc.integer({ min: -14 * 4, max: 14 * 4 }).map((q) => q * 15);

  it('property: the words name exactly the open minutes, each once, in as few spans as there are runs', () => {
    fc.assert(fc.property(week, (w) => {
      const words = weekWords(w);
      const read = readWeekWords(words);
      const open = openSet(w);
      expect(read.open.join(), words).toBe(open.join());
      if (!open.every(Boolean)) expect(read.spans, words).toBe(runCount(open));
    }), { numRuns: 200 });
  });

  it('property: hours shifted to another zone round-trip, keep every open minute and undo themselves', () => {
    fc.assert(fc.property(week, offset, (w, minutes) => {
      const there = shiftWeek(w, minutes);
      const words = weekWords(there);
      expect(readWeekWords(words).open.join(), words).toBe(openSet(w, minutes).join());
      expect(openSet(there).filter(Boolean).length).toBe(openSet(w).filter(Boolean).length);
      expect(weekWords(shiftWeek(there, -minutes))).toBe(weekWords(w));
      expect(isAroundTheClock(there)).toBe(isAroundTheClock(w));
    }), { numRuns: 200 });
  });
});
