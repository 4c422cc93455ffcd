// Differential tests: the engine against a simple luxon reference on seeded random cases.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addBusinessMs, businessMsBetween, compileSchedule, openIntervalsMs, type ScheduleSpec } from '../../src/time/index.js';
import { ZONES, caseArb } from './support/arbitraries.js';
import { refAddBusinessMs, refBusinessMs, refLocalToInstant, refOpenIntervals } from './support/reference.js';

const RUNS = 250;

function pairs(flat: Float64Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i] as number, flat[i + 1] as number]);
  return out;
}

/** Open wall-clock minutes in a week (overlaps counted twice; only a size hint). */
function weeklyMinutes(weekly: ScheduleSpec['weekly']): number {
  let sum = 0;
  for (const list of Object.values(weekly)) {
    for (const text of list as string[]) {
      const [a, b] = text.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
      sum += ((b as number) - (a as number) + 1440) % 1440;
    }
  }
  return sum;
}

describe('the luxon reference follows our rules', () => {
  const date = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });
  it('moves a time in a spring-forward gap forward by the gap', () => {
    expect(new Date(refLocalToInstant('America/New_York', date('2024-03-10'), 150)).toISOString()).toBe('2024-03-10T07:30:00.000Z');
    expect(new Date(refLocalToInstant('Australia/Lord_Howe', date('2024-10-06'), 135)).toISOString()).toBe('2024-10-05T15:45:00.000Z');
  });
  it('takes the earlier instant of an ambiguous time', () => {
    expect(new Date(refLocalToInstant('America/New_York', date('2024-11-03'), 90)).toISOString()).toBe('2024-11-03T05:30:00.000Z');
    expect(new Date(refLocalToInstant('Europe/Dublin', date('2024-10-27'), 90)).toISOString()).toBe('2024-10-27T00:30:00.000Z');
  });
});

describe.each(ZONES)('engine = reference in %s', (zone) => {
  it(`agrees on ${RUNS} random schedules and windows`, () => {
    fc.assert(
      fc.property(caseArb(zone), fc.integer({ min: 0, max: 5 * 1440 }), fc.double({ min: 0, max: 1, noNaN: true }), ({ spec, from, to }, addMinutes, split) => {
        const compiled = compileSchedule(spec);
        expect(pairs(openIntervalsMs(compiled, from, to))).toEqual(refOpenIntervals(spec, from, to));
        const mid = from + Math.floor((to - from) * split);
        expect(businessMsBetween(compiled, mid, to)).toBe(refBusinessMs(spec, mid, to));
        // Keep targets within ~10 weeks of open time so the reference's walk stays short.
        const weekly = weeklyMinutes(spec.weekly);
        if (weekly > 0) {
          const ms = Math.min(addMinutes, weekly * 10) * 60_000;
          expect(addBusinessMs(compiled, from, ms)).toBe(refAddBusinessMs(spec, from, ms));
        }
      }),
      { numRuns: RUNS, seed: 20_240_310 + ZONES.indexOf(zone) },
    );
  });
});
