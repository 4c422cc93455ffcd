// Zone offsets from Intl against luxon, and conversions over long spans.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { getZone } from '../../src/time/zone.js';
import { addBusinessMs, businessMsBetween, compileSchedule, isValidTimeZone } from '../../src/time/index.js';
import { ZONES, transitionsOf } from './support/arbitraries.js';
import { refBusinessMs, refLocalToInstant } from './support/reference.js';

const ALL_ZONES = Intl.supportedValuesOf('timeZone');

describe('zone offsets', () => {
  it(`match luxon in all ${ALL_ZONES.length} zones at random instants, 1970–2040`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_ZONES), fc.integer({ min: 0, max: Date.UTC(2040, 0, 1) / 1000 }), (name, seconds) => {
        const ms = seconds * 1000;
        expect(getZone(name).offsetAt(ms) / 60_000).toBe(DateTime.fromMillis(ms, { zone: name }).offset);
      }),
      { numRuns: 4000, seed: 11 },
    );
  });

  it('find each transition to the second (checked one second either side with luxon)', () => {
    for (const name of ZONES) {
      for (const approx of transitionsOf(name).slice(0, 6)) {
        const found = getZone(name).transitionsBetween(approx - 86_400_000, approx + 86_400_000);
        expect(found.length).toBe(1);
        const { at, before, after } = found[0] as { at: number; before: number; after: number };
        expect(DateTime.fromMillis(at - 1000, { zone: name }).offset * 60_000).toBe(before);
        expect(DateTime.fromMillis(at, { zone: name }).offset * 60_000).toBe(after);
      }
    }
  });

  it('convert wall-clock times near transitions like the luxon reference', () => {
    for (const name of ZONES) {
      const zone = getZone(name);
      for (const approx of transitionsOf(name).slice(0, 8)) {
        const day = DateTime.fromMillis(approx, { zone: name }).toISODate() as string;
        const date = DateTime.fromISO(day, { zone: 'UTC' });
        for (let minutes = -60; minutes < 1500; minutes += 15) {
          expect(zone.fromLocalMs(date.toMillis() + minutes * 60_000)).toBe(refLocalToInstant(name, date.minus({ days: 1 }), minutes + 1440));
        }
      }
    }
  });

  it('rejects unknown zones', () => {
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
    expect(isValidTimeZone('Australia/Lord_Howe')).toBe(true);
  });
});

describe('long spans', () => {
  const spec = { timeZone: 'America/New_York', weekly: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] }, holidays: ['2024-12-25', '2025-01-01'] };
  it('two years of business time equal the reference, across many 32-day blocks', () => {
    const from = Date.UTC(2024, 0, 3, 15, 17);
    const to = Date.UTC(2026, 0, 9, 4, 2);
    expect(businessMsBetween(compileSchedule(spec), from, to)).toBe(refBusinessMs(spec, from, to));
  });
  it('600,000 business minutes round-trip', () => {
    const compiled = compileSchedule(spec);
    const from = Date.UTC(2024, 5, 1);
    const end = addBusinessMs(compiled, from, 600_000 * 60_000);
    expect(businessMsBetween(compiled, from, end)).toBe(600_000 * 60_000);
    expect(new Date(end).getUTCFullYear()).toBe(2029);
  });
});
