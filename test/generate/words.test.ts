import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateWords, rangeWords } from '../../src/generate/words/dates.js';
import { durationWords, percentWords, plainDuration } from '../../src/generate/words/durations.js';
import { hoursInZone, zoneLabel } from '../../src/generate/words/time-zones.js';
import { daysWords, isAroundTheClock, shiftWeek, weekFromSpec, weekWords, type WeekHours } from '../../src/generate/words/weekly-hours.js';

const WEEKDAYS = { mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] };

describe('weekly hours in words', () => {
  it.each([
    [WEEKDAYS, 'Monday–Friday 08:00–18:00'],
    [{ mon: ['09:00-12:30', '13:30-18:00'], tue: ['09:00-12:30', '13:30-18:00'], sat: ['10:00-14:00'] }, 'Monday and Tuesday 09:00–12:30 and 13:30–18:00; Saturday 10:00–14:00'],
    [{ fri: ['22:00-06:00'], sat: ['22:00-06:00'] }, 'Friday and Saturday 22:00–06:00 (next day)'],
    [{ mon: ['08:00-24:00'], wed: ['08:00-24:00'], fri: ['08:00-24:00'] }, 'Monday, Wednesday and Friday 08:00–24:00'],
    [{ mon: ['00:00-24:00'], tue: ['00:00-24:00'], wed: ['00:00-24:00'], thu: ['00:00-24:00'], fri: ['00:00-24:00'], sat: ['00:00-24:00'], sun: ['00:00-24:00'] }, 'around the clock, every day'],
    [{ mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'], sat: ['09:00-17:00'], sun: ['09:00-17:00'] }, 'every day 09:00–17:00'],
    [{}, 'closed'],
  ])('%j → %s', (weekly, words) => {
    expect(weekWords(weekFromSpec(weekly))).toBe(words);
  });

  it('names day runs around the week, Sunday into Thursday', () => {
    expect(daysWords([6, 0, 1, 2, 3])).toBe('Sunday–Thursday');
    expect(daysWords([0, 1, 2, 4])).toBe('Monday–Wednesday and Friday');
  });

  it('shifting by an offset moves hours across midnight and days', () => {
    expect(weekWords(shiftWeek(weekFromSpec(WEEKDAYS), -7 * 60))).toBe('Monday–Friday 01:00–11:00');
    expect(weekWords(shiftWeek(weekFromSpec({ mon: ['01:00-09:00'] }), -5 * 60))).toBe('Sunday 20:00–04:00 (next day)');
  });

  const week = fc.array(fc.array(fc.record({ start: fc.integer({ min: 0, max: 1439 }), length: fc.integer({ min: 1, max: 1440 }) }), { maxLength: 3 }), { minLength: 7, maxLength: 7 })
    .map((days): WeekHours => days.map((spans) => spans.map((s) => ({ start: s.start, end: s.start + s.length })).sort((a, b) => a.start - b.start || a.end - b.end)));
  const minutes = (w: WeekHours) => w.flat().reduce((sum, s) => sum + s.end - s.start, 0);

  it('property: a shift keeps every open minute and undoes itself', () => {
    fc.assert(fc.property(week, fc.integer({ min: -14 * 60, max: 14 * 60 }).map((m) => m - (m % 15)), (w, offset) => {
      const there = shiftWeek(w, offset);
      expect(minutes(there)).toBe(minutes(w));
      expect(weekWords(shiftWeek(there, -offset))).toBe(weekWords(w));
      expect(isAroundTheClock(there)).toBe(isAroundTheClock(w));
    }));
  });
});

describe('durations and dates in words', () => {
  it.each([
    [900, 'business', '15 minutes'],
    [3600, 'business', '1 business hour'],
    [86400, 'business', '24 business hours'],
    [5400, 'business', '1 hour 30 minutes of business time'],
    [86400, 'calendar', '1 day'],
    [60, 'calendar', '1 minute'],
    [30, 'calendar', '30 seconds'],
  ] as const)('%d s on a %s clock → %s', (seconds, clock, words) => {
    expect(durationWords(seconds, clock)).toBe(words);
  });

  it('writes shares, dates and ranges without the host locale', () => {
    expect(percentWords(0.9)).toBe('90%');
    expect(percentWords(0.935)).toBe('93.5%');
    expect(plainDuration(7200)).toBe('2 hours');
    expect(dateWords('2026-12-25', true)).toBe('Friday 25 December 2026');
    expect(rangeWords('2027-03-14', '2027-03-27')).toBe('14 to 27 March 2027');
    expect(rangeWords('2027-10-31', '2027-11-06')).toBe('31 October to 6 November 2027');
    expect(rangeWords('2026-12-28', '2027-01-03')).toBe('28 December 2026 to 3 January 2027');
  });
});

describe('hours restated in customer time zones', () => {
  const london = weekFromSpec(WEEKDAYS);
  const window = { from: '2026-11-23', days: 365 };

  it('labels zones by city and generic name', () => {
    expect(zoneLabel('Europe/London')).toBe('London time (United Kingdom Time)');
    expect(zoneLabel('America/New_York')).toBe('New York time (Eastern Time)');
    expect(zoneLabel('Asia/Singapore')).toBe('Singapore time');
    expect(zoneLabel('UTC')).toBe('UTC');
  });

  it('New York: the same hours all year except the weeks the US and the UK change clocks on different dates', () => {
    const ny = hoursInZone(london, 'Europe/London', 'America/New_York', window);
    expect(ny.text).toBe('New York time (Eastern Time): Monday–Friday 03:00–13:00, except Monday–Friday 04:00–14:00 from 14 to 27 March 2027 and from 31 October to 6 November 2027');
    expect(ny.variants[1]!.periods).toEqual([{ from: '2027-03-14', to: '2027-03-27' }, { from: '2027-10-31', to: '2027-11-06' }]);
  });

  it('Singapore (no daylight saving): winter and summer equivalents, past midnight', () => {
    const sg = hoursInZone(london, 'Europe/London', 'Asia/Singapore', window);
    expect(sg.variants.map((v) => v.hours)).toEqual(['Monday–Friday 15:00–01:00 (next day)', 'Monday–Friday 16:00–02:00 (next day)']);
    expect(sg.text).toBe('Singapore time: Monday–Friday 15:00–01:00 (next day), except Monday–Friday 16:00–02:00 (next day) until 27 March 2027 and from 31 October 2027');
  });

  it('property: every day of the window belongs to exactly one variant', () => {
    for (const zone of ['America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Europe/London', 'Pacific/Chatham']) {
      const result = hoursInZone(london, 'Europe/London', zone, window);
      const days = result.variants.flatMap((v) => v.periods).reduce((n, p) => n + (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 + 1, 0);
      expect(days, zone).toBe(365);
    }
  });
});
