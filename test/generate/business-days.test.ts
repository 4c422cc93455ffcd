import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDays } from '../../src/generate/words/business-days.js';
import { durationWords } from '../../src/generate/words/duration-words.js';

const H = 3600;
const TEN_HOUR_WEEKDAYS = [10 * H, 10 * H, 10 * H, 10 * H, 10 * H];

describe('business time in business days', () => {
  it('says 24 business hours on a 10-hour day as 3 business days, and 10d (240 business hours) as 24', () => {
    expect(durationWords(24 * H, 'business', TEN_HOUR_WEEKDAYS)).toBe('3 business days');
    expect(durationWords(240 * H, 'business', TEN_HOUR_WEEKDAYS)).toBe('24 business days');
    expect(durationWords(10 * H, 'business', TEN_HOUR_WEEKDAYS)).toBe('1 business day');
  });

  it('keeps hours below a full working day, and without a schedule', () => {
    expect(durationWords(9 * H, 'business', TEN_HOUR_WEEKDAYS)).toBe('9 business hours');
    expect(durationWords(24 * H, 'business', null)).toBe('24 business hours');
    expect(durationWords(24 * H, 'calendar', TEN_HOUR_WEEKDAYS)).toBe('1 day');
  });

  it('rounds up on uneven weeks so that any run of that many open days holds the time', () => {
    // Monday–Friday 8 hours, Saturday 4: 12 hours can fall on Saturday and Monday (4 + 8), never on fewer than 2 days.
    const days = [8 * H, 8 * H, 8 * H, 8 * H, 8 * H, 4 * H];
    expect(businessDays(12 * H, days)).toBe(2);
    expect(businessDays(13 * H, days)).toBe(3);
  });

  it('never says a shorter time, and its work does not grow with the duration', () => {
    const week = fc.array(fc.integer({ min: 1, max: 24 }), { minLength: 1, maxLength: 7 }).map((d) => d.map((h) => h * H));
    fc.assert(fc.property(week, fc.integer({ min: 1, max: 365 * 24 }), (days, hours) => {
      const n = businessDays(hours * H, days);
      if (n === undefined) {
        expect(hours * H).toBeLessThan(Math.max(...days));
        return;
      }
      // Every run of n open days, from any weekday, holds the time (brute force).
      for (let start = 0; start < days.length; start++) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += days[(start + i) % days.length]!;
        expect(sum).toBeGreaterThanOrEqual(hours * H);
      }
    }), { numRuns: 200 });
  });
});
