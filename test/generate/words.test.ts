import { describe, expect, it } from 'vitest';
import { written } from './helpers.js';
import { dateWords, rangeWords } from '../../src/generate/words/date-words.js';
import { durationWords, percentWords, plainDuration } from '../../src/generate/words/duration-words.js';
import { dateSpansInZone } from '../../src/generate/words/dated-hours.js';
import { hoursInZone, zoneLabel } from '../../src/generate/words/zone-words.js';
import { weekFromSpec } from '../../src/generate/words/week-runs.js';

const WEEKDAYS = { mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] };

describe('durations and dates in words', () => {
  it.each([
    [900, 'business', '15 business minutes'],
    [60, 'business', '1 business minute'],
    [3600, 'business', '1 business hour'],
    [86400, 'business', '24 business hours'],
    [5400, 'business', '1 hour 30 minutes of business time'],
    [90, 'business', '1 minute 30 seconds of business time'],
    [900, 'calendar', '15 minutes'],
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
  const london = weekFromSpec(written(WEEKDAYS));
  const window = { from: '2026-11-23', days: 365 };

  it('labels zones by city, adding the generic name only when it says more than the city or country', () => {
    expect(zoneLabel('America/New_York')).toBe('New York time (Eastern Time)');
    expect(zoneLabel('Europe/Berlin')).toBe('Berlin time (Central European Time)');
    expect(zoneLabel('America/Los_Angeles')).toBe('Los Angeles time (Pacific Time)');
    // "United Kingdom Time", "India Standard Time", "Singapore Standard Time" only repeat the place.
    expect(zoneLabel('Europe/London')).toBe('London time');
    expect(zoneLabel('Asia/Kolkata')).toBe('Kolkata time');
    expect(zoneLabel('Asia/Singapore')).toBe('Singapore time');
    expect(zoneLabel('UTC')).toBe('UTC');
  });

  it('restates one date\'s hours in another zone with that date\'s offset, naming the date when it moves', () => {
    const eve = [{ start: 8 * 60, end: 13 * 60 }];
    expect(dateSpansInZone('2026-12-24', eve, 'Europe/London', 'America/New_York')).toBe('03:00–08:00');
    expect(dateSpansInZone('2026-12-24', eve, 'Europe/London', 'Asia/Singapore')).toBe('16:00–21:00');
    // 30 March 2027: London is on summer time, so an hour later in Singapore than in winter.
    expect(dateSpansInZone('2027-03-30', eve, 'Europe/London', 'Asia/Singapore')).toBe('15:00–20:00');
    expect(dateSpansInZone('2026-12-24', [{ start: 60, end: 120 }], 'Europe/London', 'America/New_York')).toBe('20:00–21:00 on Wednesday 23 December 2026');
    expect(dateSpansInZone('2026-12-24', [{ start: 20 * 60, end: 23 * 60 }], 'Europe/London', 'Asia/Singapore')).toBe('04:00–07:00 on Friday 25 December 2026');
    expect(dateSpansInZone('2026-12-24', [{ start: 16 * 60, end: 18 * 60 }], 'Europe/London', 'Asia/Singapore')).toBe('00:00–02:00 on Friday 25 December 2026');
    expect(dateSpansInZone('2026-12-24', [{ start: 12 * 60, end: 18 * 60 }], 'Europe/London', 'Asia/Singapore')).toBe('20:00–02:00 (next day)');
    // Touching spans read as one; a whole day names both ends, never "19:00–19:00 (next day)".
    expect(dateSpansInZone('2026-12-24', [{ start: 480, end: 720 }, { start: 720, end: 780 }], 'Europe/London', 'Europe/London')).toBe('08:00–13:00');
    expect(dateSpansInZone('2026-12-24', [{ start: 0, end: 1440 }], 'Europe/London', 'America/New_York')).toBe('Wednesday 23 December 2026 19:00 to Thursday 24 December 2026 19:00');
    // The same whole day where it lands on that date's own midnights stays "00:00–24:00", even on a 23-hour day.
    expect(dateSpansInZone('2026-12-24', [{ start: 0, end: 1440 }], 'Europe/London', 'Europe/London')).toBe('00:00–24:00');
    expect(dateSpansInZone('2026-12-24', [{ start: 0, end: 1440 }], 'Europe/London', 'UTC')).toBe('00:00–24:00');
    expect(dateSpansInZone('2027-03-28', [{ start: 0, end: 1440 }], 'Europe/London', 'Europe/London')).toBe('00:00–24:00');
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

  it('Los Angeles: a weekday 24-hour clock reads as one span, and hours that meet there read as one', () => {
    const A = ['00:00-24:00'];
    expect(hoursInZone(weekFromSpec(written({ mon: A, tue: A, wed: A, thu: A, fri: A })), 'UTC', 'America/Los_Angeles', window).text)
      .toBe('Los Angeles time (Pacific Time): Sunday 17:00 to Friday 17:00, except Sunday 16:00 to Friday 16:00 until 13 March 2027 and from 7 November 2027');
    expect(hoursInZone(weekFromSpec(written({ fri: ['22:00-24:00'], sat: ['00:00-06:00', '06:00-08:00'] })), 'Asia/Singapore', 'America/Los_Angeles', window).text)
      .toBe('Los Angeles time (Pacific Time): Friday 07:00–17:00, except Friday 06:00–16:00 until 14 March 2027 and from 8 November 2027');
  });

  it('property: every day of the window belongs to exactly one variant', () => {
    for (const zone of ['America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Europe/London', 'Pacific/Chatham']) {
      const result = hoursInZone(london, 'Europe/London', zone, window);
      const days = result.variants.flatMap((v) => v.periods).reduce((n, p) => n + (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 + 1, 0);
      expect(days, zone).toBe(365);
    }
  });
});
