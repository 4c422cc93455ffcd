// Wall-clock text parsing and calendar arithmetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatDay, parseDay, weekdayOf } from '../../src/time/civil.js';
import { formatLocalTime, parseInterval, parseLocalTime } from '../../src/time/index.js';

describe('parseLocalTime', () => {
  it.each([
    ['00:00', 0],
    ['9:05', 545],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('%s → %i minutes', (text, minutes) => {
    expect(parseLocalTime(text)).toEqual({ ok: true, value: minutes });
  });
  it.each(['25:00', '24:01', '12:60', '12', 'noon', '12:5', ''])('rejects %j with a plain-words reason', (text) => {
    const result = parseLocalTime(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(`"${text}"`);
  });
});

describe('parseInterval', () => {
  it('reads a day interval', () => {
    expect(parseInterval('09:00-17:00')).toEqual({ ok: true, value: { start: 540, end: 1020, overnight: false } });
  });
  it('reads 24:00 as the end of the day, not overnight', () => {
    expect(parseInterval('00:00-24:00')).toEqual({ ok: true, value: { start: 0, end: 1440, overnight: false } });
    expect(parseInterval('22:00-24:00')).toEqual({ ok: true, value: { start: 1320, end: 1440, overnight: false } });
  });
  it('reads an end before the start as overnight, measured from the start date', () => {
    expect(parseInterval('22:00-06:00')).toEqual({ ok: true, value: { start: 1320, end: 1800, overnight: true } });
    expect(parseInterval('22:00-00:00')).toEqual({ ok: true, value: { start: 1320, end: 1440, overnight: true } });
  });
  it('treats equal start and end as a zero-length mistake, not 24 hours', () => {
    expect(parseInterval('09:00-09:00')).toMatchObject({ ok: false, code: 'zero-length-interval' });
    expect(parseInterval('00:00-00:00')).toMatchObject({ ok: false, code: 'zero-length-interval' });
  });
  it.each(['25:00-26:00', '09:00', '09:00-17:00-18:00', '24:00-02:00', '9-17'])('rejects %j', (text) => {
    expect(parseInterval(text)).toMatchObject({ ok: false, code: 'invalid-interval' });
  });
  it('formats minutes back', () => {
    expect([0, 545, 1440, 1800].map(formatLocalTime)).toEqual(['00:00', '09:05', '24:00', '06:00']);
  });
});

describe('civil dates', () => {
  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        const { year, month, day } = civilFromDays(n);
        expect(daysFromCivil(year, month, day)).toBe(n);
      }),
    );
  });
  it('agrees with Date.UTC and knows weekdays', () => {
    expect(daysFromCivil(2024, 3, 10) * 86_400_000).toBe(Date.UTC(2024, 2, 10));
    expect(weekdayOf(daysFromCivil(2024, 3, 10))).toBe(6); // Sunday
    expect(weekdayOf(daysFromCivil(1969, 12, 29))).toBe(0); // Monday
    expect(formatDay(daysFromCivil(2024, 2, 29))).toBe('2024-02-29');
  });
  it('parses only real dates', () => {
    expect(parseDay('2024-02-29')).toBe(daysFromCivil(2024, 2, 29));
    for (const bad of ['2023-02-29', '2024-04-31', '2024-13-01', '24-01-01', '2024-1-1', '2024-01-01T00:00']) expect(parseDay(bad)).toBeUndefined();
  });
});
