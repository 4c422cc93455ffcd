// Properties of the expansion over any --as-of and horizon: every date the run looks at is
// covered once, nothing outside it is kept, and except: drops exactly what it names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/values/calendar-dates.js';
import { holidayYears, isExpanded } from '../../../src/model/holidays/holiday.js';
import { HolidayResolver } from '../../../src/model/holidays/resolve-holidays.js';

const at = { file: 'hours.yaml', document: 0, pointer: '/spec' };
const ICS = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', 'BEGIN:VEVENT', 'UID:d', 'DTSTART;VALUE=DATE:20100704', 'RRULE:FREQ=YEARLY', 'SUMMARY:Company day', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
const asOf = fc.integer({ min: 0, max: 365 * 30 }).map((d) => addDays('2020-01-01', d));
const horizon = fc.integer({ min: 1, max: 800 });

describe('holiday expansion', () => {
  it('keeps every Christmas Day and Company day in the window, once, sorted, and nothing outside it', () => {
    fc.assert(
      fc.property(asOf, horizon, (date, days) => {
        const years = holidayYears(date, days);
        const resolver = new HolidayResolver(new Map([['company.ics', ICS]]), years);
        const { holidays = [] } = resolver.resolve([{ calendar: 'GB-ENG' }, { ics: 'company.ics' }], at);
        expect(resolver.problems).toEqual([]);
        const dates = holidays.map((h) => h.date);
        expect(dates).toEqual([...new Set(dates)].sort());
        expect(dates.every((d) => isExpanded(d, years))).toBe(true);
        for (let year = years.first; year <= years.last; year++) {
          for (const day of [`${year}-12-25`, `${year}-07-04`]) expect(dates.includes(day)).toBe(isExpanded(day, years));
        }
        // The window always reaches a month past the later of the horizon and the 12 months listed.
        expect(years.to >= addDays(date, Math.max(days, 365))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('drops by except: exactly the named days, in every year', () => {
    fc.assert(
      fc.property(asOf, (date) => {
        const years = holidayYears(date);
        const resolver = new HolidayResolver(new Map(), years);
        const all = resolver.resolve({ calendar: 'GB-ENG' }, at).holidays ?? [];
        const kept = resolver.resolve({ calendar: 'GB-ENG', except: ['christmas day'] }, at).holidays ?? [];
        expect(kept).toEqual(all.filter((h) => h.name !== 'Christmas Day'));
      }),
      { numRuns: 30 },
    );
  });
});
