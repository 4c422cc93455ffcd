/**
 * The differential sweep: the engine against the luxon reference on seeded random schedules and
 * windows, in every zone of the arbitraries. The fast suite runs a few cases per zone; the slow
 * suite (reference.slow.test.ts) runs many more from the same seeds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessMs, businessMsBetween, compileSchedule, openIntervalsMs, type ScheduleSpec } from '../../../src/time/index.js';
import { ZONES, caseArb } from './arbitraries.js';
import { refAddBusinessMs, refBusinessMs, refOpenIntervals } from './reference.js';

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

export function referenceSweep(runs: number): void {
  describe.each(ZONES)('engine = reference in %s', (zone) => {
    it(`agrees on ${runs} random schedules and windows`, () => {
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
        { numRuns: runs, seed: 20_240_310 + ZONES.indexOf(zone) },
      );
    });
  });
}
