/** The words helpers in German: plural rules, percentages, dates, hours and promises from the de catalog. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseBook } from '../../../src/generate/locale/catalogs.js';
import { ENGLISH } from '../../../src/generate/locale/phrases.js';
import { dateWords, rangeWords } from '../../../src/generate/words/date-words.js';
import { durationWords, percentWords, plainDuration } from '../../../src/generate/words/duration-words.js';
import { promiseClause, rangeClause } from '../../../src/generate/words/promise-words.js';
import { weekWords } from '../../../src/generate/words/weekly-hours.js';
import { weekFromSpec } from '../../../src/generate/words/week-runs.js';
import { hoursInZone } from '../../../src/generate/words/zone-words.js';
import { written } from '../helpers.js';

const de = new PhraseBook().get('de');

describe('German durations', () => {
  it('property: one is singular, every other count plural, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        expect(durationWords(n * 3600, 'business', null, de)).toBe(n === 1 ? '1 Geschäftsstunde' : `${n} Geschäftsstunden`);
        expect(durationWords(n * 86400, 'calendar', null, de)).toBe(n === 1 ? '1 Tag' : `${n} Tagen`);
        const minutes = (n % 59) + 1;
        expect(durationWords(minutes * 60, 'calendar', null, de)).toBe(minutes === 1 ? '1 Minute' : `${minutes} Minuten`);
        expect(durationWords(n * 3600, 'business', null, ENGLISH)).toBe(n === 1 ? '1 business hour' : `${n} business hours`);
      }),
    );
  });

  it('words business days in the dative, as "innerhalb von" needs', () => {
    const days = [36000, 36000, 36000, 36000, 36000];
    expect(durationWords(86400, 'business', days, de)).toBe('3 Geschäftstagen');
    expect(durationWords(36000, 'business', days, de)).toBe('1 Geschäftstag');
    expect(durationWords(5400, 'business', null, de)).toBe('1 Stunde 30 Minuten Geschäftszeit');
    expect(plainDuration(2 * 86400, true, de)).toBe('2 Tagen');
  });

  it('writes numbers without grouping, so counts read alike in every language', () => {
    expect(durationWords(1234 * 3600, 'business', null, de)).toBe('1234 Geschäftsstunden');
  });
});

describe('German percentages', () => {
  it('puts a no-break space before the sign and a decimal comma', () => {
    expect(percentWords(0.9, de)).toBe('90\u00a0%');
    expect(percentWords(0.995, de)).toBe('99,5\u00a0%');
    expect(percentWords(0.995)).toBe('99.5%');
  });
});

describe('German dates and hours', () => {
  it('writes dates as "Freitag, 25. Dezember 2026" and ranges with "bis"', () => {
    expect(dateWords('2026-12-25', true, de)).toBe('Freitag, 25. Dezember 2026');
    expect(rangeWords('2027-03-14', '2027-03-27', de)).toBe('14. bis 27. März 2027');
    expect(rangeWords('2027-10-31', '2027-11-06', de)).toBe('31. Oktober bis 6. November 2027');
    expect(rangeWords('2026-12-28', '2027-01-03', de)).toBe('28. Dezember 2026 bis 3. Januar 2027');
  });

  it('takes a region\'s own names from Intl: Austrian German says "Jänner"', () => {
    expect(dateWords('2027-01-04', true, new PhraseBook().get('de-AT'))).toBe('Montag, 4. Jänner 2027');
  });

  it('writes weekly hours with "Uhr" and German day names', () => {
    const week = (weekly: Record<string, string[]>) => weekFromSpec(written(weekly));
    expect(weekWords(week({ mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] }), de)).toBe('Montag–Freitag 08:00–18:00 Uhr');
    expect(weekWords(week({ sat: ['22:00-06:00'], sun: ['22:00-06:00'] }), de)).toBe('Samstag und Sonntag 22:00–06:00 Uhr (am Folgetag)');
    expect(weekWords(week({ mon: ['09:00-12:30', '13:30-18:00'], wed: ['10:00-14:00'], fri: ['10:00-14:00'] }), de)).toBe('Montag 09:00–12:30 Uhr und 13:30–18:00 Uhr; Mittwoch und Freitag 10:00–14:00 Uhr');
  });

  it('names customer zones by their IANA city, with the German generic name when it says more', () => {
    const week = weekFromSpec(written({ mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] }));
    const zone = hoursInZone(week, 'Europe/London', 'America/New_York', { from: '2026-11-23', days: 365 }, de);
    expect(zone.text).toBe('Ortszeit New York (Nordamerikanische Ostküstenzeit): Montag–Freitag 03:00–13:00 Uhr, außer Montag–Freitag 04:00–14:00 Uhr vom 14. bis 27. März 2027 und vom 31. Oktober bis 6. November 2027');
  });
});

describe('German promises never say more than the policy', () => {
  const at = (share: number) => ({ share, words: '4 Geschäftsstunden' });
  it('states the share, hedges only above one half, and says nothing of a share at 100%', () => {
    expect(promiseClause(at(0.9), 'share', 'reply', 'requests', de)).toBe('antworten auf 90\u00a0% der Anfragen innerhalb von 4 Geschäftsstunden');
    expect(promiseClause(at(0.9), 'hedged', 'reply', 'requests', de)).toBe('antworten in der Regel innerhalb von 4 Geschäftsstunden');
    expect(promiseClause(at(0.5), 'hedged', 'reply', 'requests', de)).toBe('antworten auf 50\u00a0% der Anfragen innerhalb von 4 Geschäftsstunden');
    expect(promiseClause(at(1), 'share', 'receipt', 'requests', de)).toBe('bestätigen den Eingang innerhalb von 4 Geschäftsstunden');
    expect(promiseClause(at(0.8), 'share', 'answer', 'calls', de)).toBe('beantworten 80\u00a0% der Anrufe innerhalb von 4 Geschäftsstunden');
    expect(rangeClause([0.9, 0.8], '1 bis 8 Geschäftsstunden', 'share', 'requests', de)).toBe('wir antworten auf mindestens 80\u00a0% der Anfragen innerhalb von 1 bis 8 Geschäftsstunden');
  });
});
