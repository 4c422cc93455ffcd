// Worked examples: the published checks and each documented semantic rule.
import { describe, expect, it } from 'vitest';
import {
  CALENDAR,
  CALENDAR_CLOCK,
  addBusinessMinutes,
  businessMinutesBetween,
  openIntervals,
  type ScheduleSpec,
} from '../../src/time/index.js';

const at = (iso: string): Date => new Date(iso);
const iso = (d: Date): string => d.toISOString();
const weekdays = (hours: string[]) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const allWeek = (hours: string[]) => ({ ...weekdays(hours), sat: hours, sun: hours });
const nineToFive = (timeZone: string): ScheduleSpec => ({ timeZone, weekly: weekdays(['09:00-17:00']) });
const spans = (spec: ScheduleSpec | typeof CALENDAR, from: string, to: string): string[] =>
  openIntervals(spec, at(from), at(to)).map((i) => `${iso(i.start)}/${iso(i.end)}`);

describe('published checks (Monday–Friday 09–17)', () => {
  it('Tuesday 11:00 + 8 business hours = Wednesday 11:00', () => {
    expect(iso(addBusinessMinutes(at('2024-06-04T11:00:00Z'), 8 * 60, nineToFive('UTC')))).toBe('2024-06-05T11:00:00.000Z');
  });
  it('Thursday 15:00 + 4 business hours = Friday 11:00', () => {
    expect(iso(addBusinessMinutes(at('2024-06-06T15:00:00Z'), 4 * 60, nineToFive('UTC')))).toBe('2024-06-07T11:00:00.000Z');
  });
  it('New York, Friday 2024-03-08 16:00 + 2 business hours = 2024-03-11T14:00Z (across the DST change)', () => {
    const start = at('2024-03-08T21:00:00Z'); // 16:00 EST
    expect(iso(addBusinessMinutes(start, 120, nineToFive('America/New_York')))).toBe('2024-03-11T14:00:00.000Z');
  });
  it('the calendar day 2024-03-10 in New York has 1380 minutes', () => {
    const midnight = at('2024-03-10T05:00:00Z');
    const next = at('2024-03-11T04:00:00Z');
    expect(businessMinutesBetween(midnight, next, { timeZone: 'America/New_York', weekly: allWeek(['00:00-24:00']) })).toBe(1380);
    expect(businessMinutesBetween(midnight, next, CALENDAR)).toBe(1380);
    expect(businessMinutesBetween(midnight, next, CALENDAR_CLOCK)).toBe(1380);
  });
});

describe('add and between edge rules', () => {
  const spec = nineToFive('UTC');
  it('0 minutes returns the start, even when closed', () => {
    expect(iso(addBusinessMinutes(at('2024-06-08T03:00:00Z'), 0, spec))).toBe('2024-06-08T03:00:00.000Z');
  });
  it('a target reached exactly at closing returns the closing instant', () => {
    expect(iso(addBusinessMinutes(at('2024-06-04T16:00:00Z'), 60, spec))).toBe('2024-06-04T17:00:00.000Z');
  });
  it('starting while closed counts from the next opening', () => {
    expect(iso(addBusinessMinutes(at('2024-06-08T12:00:00Z'), 30, spec))).toBe('2024-06-10T09:30:00.000Z');
  });
  it('negative, NaN and infinite minutes are programming errors', () => {
    expect(() => addBusinessMinutes(at('2024-06-04T10:00:00Z'), -1, spec)).toThrow(RangeError);
    expect(() => addBusinessMinutes(at('2024-06-04T10:00:00Z'), Number.NaN, spec)).toThrow(RangeError);
    expect(() => addBusinessMinutes(at('2024-06-04T10:00:00Z'), Number.POSITIVE_INFINITY, spec)).toThrow(RangeError);
    expect(() => addBusinessMinutes(new Date(Number.NaN), 1, spec)).toThrow(RangeError);
  });
  it('a schedule with no hours never reaches a target', () => {
    expect(() => addBusinessMinutes(at('2024-06-04T10:00:00Z'), 1, { timeZone: 'UTC', weekly: {} })).toThrow(RangeError);
  });
  it('between is 0 when end ≤ start and fractional with seconds', () => {
    expect(businessMinutesBetween(at('2024-06-04T12:00:00Z'), at('2024-06-04T11:00:00Z'), spec)).toBe(0);
    expect(businessMinutesBetween(at('2024-06-04T12:00:00Z'), at('2024-06-04T12:00:30.500Z'), spec)).toBeCloseTo(30.5 / 60, 12);
  });
});

describe('24:00 ends the day', () => {
  it('a 24/7 schedule written 00:00-24:00 has no gap at midnight, even over DST', () => {
    const spec = { timeZone: 'America/New_York', weekly: allWeek(['00:00-24:00']) };
    expect(spans(spec, '2024-03-08T00:00:00Z', '2024-03-14T00:00:00Z')).toEqual(['2024-03-08T00:00:00.000Z/2024-03-14T00:00:00.000Z']);
  });
  it('23:59 would close the last minute of every day', () => {
    const spec = { timeZone: 'UTC', weekly: allWeek(['00:00-23:59']) };
    expect(businessMinutesBetween(at('2024-01-01T00:00:00Z'), at('2024-01-08T00:00:00Z'), spec)).toBe(7 * 1439);
  });
});

describe('overnight, split shifts, holidays and overrides', () => {
  const night: ScheduleSpec = { timeZone: 'Europe/Berlin', weekly: { fri: ['22:00-06:00'] } };
  it('an overnight interval runs from its start date into the next', () => {
    expect(spans(night, '2024-06-07T00:00:00Z', '2024-06-10T00:00:00Z')).toEqual(['2024-06-07T20:00:00.000Z/2024-06-08T04:00:00.000Z']);
  });
  it('it belongs to its start date: a holiday on Friday drops it all', () => {
    const spec = { ...night, holidays: ['2024-06-07'] };
    expect(spans(spec, '2024-06-07T00:00:00Z', '2024-06-10T00:00:00Z')).toEqual([]);
  });
  it('a holiday on Saturday closes it at local midnight', () => {
    const spec = { ...night, holidays: [{ date: '2024-06-08', name: 'Sat' }] };
    expect(spans(spec, '2024-06-07T00:00:00Z', '2024-06-10T00:00:00Z')).toEqual(['2024-06-07T20:00:00.000Z/2024-06-07T22:00:00.000Z']);
  });
  it('an override on Friday replaces it; an empty override on Saturday does not cut it', () => {
    const replaced = { ...night, overrides: [{ date: '2024-06-07', hours: ['10:00-12:00'] }] };
    expect(spans(replaced, '2024-06-07T00:00:00Z', '2024-06-10T00:00:00Z')).toEqual(['2024-06-07T08:00:00.000Z/2024-06-07T10:00:00.000Z']);
    const closedSat = { ...night, overrides: [{ date: '2024-06-08', hours: [] }] };
    expect(spans(closedSat, '2024-06-07T00:00:00Z', '2024-06-10T00:00:00Z')).toEqual(['2024-06-07T20:00:00.000Z/2024-06-08T04:00:00.000Z']);
  });
  it('an override with [] closes a working date', () => {
    const spec = { ...nineToFive('UTC'), overrides: [{ date: '2024-06-04', hours: [] }] };
    expect(businessMinutesBetween(at('2024-06-03T00:00:00Z'), at('2024-06-06T00:00:00Z'), spec)).toBe(2 * 480);
  });
  it('split shifts skip the lunch break', () => {
    const spec = { timeZone: 'UTC', weekly: weekdays(['09:00-12:00', '13:00-17:00']) };
    expect(iso(addBusinessMinutes(at('2024-06-03T10:00:00Z'), 240, spec))).toBe('2024-06-03T15:00:00.000Z');
  });
  it('holidays are local dates in the schedule zone, not a day early', () => {
    const tokyo = { timeZone: 'Asia/Tokyo', weekly: allWeek(['00:00-24:00']), holidays: ['2024-01-01'] };
    // 2023-12-31T15:00Z is midnight on 1 January in Tokyo.
    expect(spans(tokyo, '2023-12-31T00:00:00Z', '2024-01-02T00:00:00Z')).toEqual([
      '2023-12-31T00:00:00.000Z/2023-12-31T15:00:00.000Z',
      '2024-01-01T15:00:00.000Z/2024-01-02T00:00:00.000Z',
    ]);
    const la = { timeZone: 'America/Los_Angeles', weekly: allWeek(['00:00-24:00']), holidays: ['2024-12-25'] };
    // 25 December 06:00Z is still Christmas Eve in Los Angeles: open.
    expect(businessMinutesBetween(at('2024-12-25T06:00:00Z'), at('2024-12-25T08:00:00Z'), la)).toBe(120);
    expect(businessMinutesBetween(at('2024-12-25T08:00:00Z'), at('2024-12-26T08:00:00Z'), la)).toBe(0);
  });
});

describe('DST gaps and overlaps', () => {
  const ny = (hours: string[]): ScheduleSpec => ({ timeZone: 'America/New_York', weekly: { sun: hours } });
  it('a start inside the spring-forward gap moves forward by the gap', () => {
    // 2024-03-10: 02:30 does not exist; it becomes 03:30 EDT (07:30Z); 05:00 EDT = 09:00Z.
    expect(spans(ny(['02:30-05:00']), '2024-03-10T00:00:00Z', '2024-03-11T00:00:00Z')).toEqual(['2024-03-10T07:30:00.000Z/2024-03-10T09:00:00.000Z']);
  });
  it('an interval lying wholly in the gap is empty', () => {
    expect(spans(ny(['02:00-03:00']), '2024-03-10T00:00:00Z', '2024-03-11T00:00:00Z')).toEqual([]);
  });
  it('an ambiguous fall-back time means its earlier instant', () => {
    // 2024-11-03: 01:30 happens twice; the first is 05:30Z. 02:30 EST is 07:30Z.
    expect(spans(ny(['01:30-02:30']), '2024-11-03T00:00:00Z', '2024-11-04T00:00:00Z')).toEqual(['2024-11-03T05:30:00.000Z/2024-11-03T07:30:00.000Z']);
    expect(businessMinutesBetween(at('2024-11-03T04:00:00Z'), at('2024-11-04T05:00:00Z'), ny(['00:00-24:00']))).toBe(1500);
  });
  it('Lord Howe moves its clocks by 30 minutes', () => {
    const lh = (hours: string[]): ScheduleSpec => ({ timeZone: 'Australia/Lord_Howe', weekly: allWeek(hours) });
    // 2024-10-06 02:00 → 02:30 (+10:30 → +11); 2024-04-07 02:00 → 01:30 (+11 → +10:30).
    expect(businessMinutesBetween(at('2024-10-05T13:30:00Z'), at('2024-10-06T13:00:00Z'), lh(['00:00-24:00']))).toBe(1410);
    expect(businessMinutesBetween(at('2024-04-06T13:00:00Z'), at('2024-04-07T13:30:00Z'), lh(['00:00-24:00']))).toBe(1470);
    expect(spans(lh(['02:00-03:00']), '2024-10-05T14:00:00Z', '2024-10-05T17:00:00Z')).toEqual(['2024-10-05T15:30:00.000Z/2024-10-05T16:00:00.000Z']);
    expect(spans(lh(['01:30-02:00']), '2024-04-06T14:00:00Z', '2024-04-06T17:00:00Z')).toEqual(['2024-04-06T14:30:00.000Z/2024-04-06T15:30:00.000Z']);
  });
  it('Sao Paulo skipped midnight: the date starts at 01:00', () => {
    const sp: ScheduleSpec = { timeZone: 'America/Sao_Paulo', weekly: allWeek(['00:00-08:00']) };
    // 2016-10-16 00:00 → 01:00 (-03 → -02): 01:00 = 03:00Z, 08:00 = 10:00Z.
    expect(spans(sp, '2016-10-16T00:00:00Z', '2016-10-16T12:00:00Z')).toEqual(['2016-10-16T03:00:00.000Z/2016-10-16T10:00:00.000Z']);
    const holiday = { timeZone: 'America/Sao_Paulo', weekly: allWeek(['00:00-24:00']), holidays: ['2016-10-16'] };
    expect(spans(holiday, '2016-10-15T12:00:00Z', '2016-10-17T12:00:00Z')).toEqual([
      '2016-10-15T12:00:00.000Z/2016-10-16T03:00:00.000Z',
      '2016-10-17T02:00:00.000Z/2016-10-17T12:00:00.000Z',
    ]);
  });
  it('Samoa skipped 2011-12-30 entirely', () => {
    const apia: ScheduleSpec = { timeZone: 'Pacific/Apia', weekly: allWeek(['00:00-24:00']), holidays: ['2011-12-30'] };
    expect(businessMinutesBetween(at('2011-12-29T10:00:00Z'), at('2011-12-30T10:00:00Z'), apia)).toBe(1440);
  });
});
