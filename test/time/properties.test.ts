// fast-check properties of the business-time functions on random schedules and DST-heavy instants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  addBusinessMs,
  businessMinutesBetween,
  businessMsBetween,
  compileSchedule,
  openIntervals,
  openIntervalsMs,
  type CompiledSchedule,
} from '../../src/time/index.js';
import { ZONES, caseArb, instantArb } from './support/arbitraries.js';

const MIN = 60_000;
const RUNS = 150;

/** A random schedule with some weekly open time, a start instant and an amount of business time. */
const scenario = fc
  .constantFrom(...ZONES)
  .chain((zone) => fc.tuple(caseArb(zone), instantArb(zone), fc.integer({ min: 0, max: 3 * 1440 }), fc.integer({ min: 0, max: 3 * 1440 })))
  .map(([c, start, m1, m2]) => ({ ...c, compiled: compileSchedule(c.spec), start: start + (c.from % 1000), m1, m2 }))
  .filter(({ compiled }) => compiled.weekly.some((day) => day.length > 0));

const between = (c: CompiledSchedule, a: number, b: number) => businessMsBetween(c, a, b);

describe('business-time properties', () => {
  it('add then between round-trips, and the result is the earliest such instant', () => {
    fc.assert(
      fc.property(scenario, ({ compiled, start, m1 }) => {
        const end = addBusinessMs(compiled, start, m1 * MIN);
        expect(end).toBeGreaterThanOrEqual(start);
        expect(between(compiled, start, end)).toBe(m1 * MIN);
        if (m1 > 0) expect(between(compiled, start, end - 1)).toBeLessThan(m1 * MIN);
      }),
      { numRuns: RUNS, seed: 1 },
    );
  });

  it('is monotone in the amount, the start and the end', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 5 * 1440 }), ({ compiled, start, m1, m2 }, shift) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(addBusinessMs(compiled, start, lo * MIN)).toBeLessThanOrEqual(addBusinessMs(compiled, start, hi * MIN));
        const later = start + shift * MIN;
        expect(addBusinessMs(compiled, start, lo * MIN)).toBeLessThanOrEqual(addBusinessMs(compiled, later, lo * MIN));
        expect(between(compiled, start, start + lo * MIN)).toBeLessThanOrEqual(between(compiled, start, start + hi * MIN));
      }),
      { numRuns: RUNS, seed: 2 },
    );
  });

  it('is additive when a span or an amount is split', () => {
    fc.assert(
      fc.property(scenario, ({ compiled, from, to, start, m1, m2 }) => {
        const mid = from + Math.floor((to - from) / 3);
        expect(between(compiled, from, mid) + between(compiled, mid, to)).toBe(between(compiled, from, to));
        const once = addBusinessMs(compiled, start, (m1 + m2) * MIN);
        const twice = addBusinessMs(compiled, addBusinessMs(compiled, start, m1 * MIN), m2 * MIN);
        expect(m2 === 0 ? once >= twice : once === twice).toBe(true);
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });

  it('openIntervals are merged, sorted, clipped, and add up to between', () => {
    fc.assert(
      fc.property(scenario, ({ compiled, from, to }) => {
        const flat = openIntervalsMs(compiled, from, to);
        let total = 0;
        for (let i = 0; i < flat.length; i += 2) {
          const s = flat[i] as number;
          const e = flat[i + 1] as number;
          expect(s).toBeGreaterThanOrEqual(from);
          expect(e).toBeLessThanOrEqual(to);
          expect(e).toBeGreaterThan(s);
          if (i > 0) expect(s).toBeGreaterThan(flat[i - 1] as number); // touching intervals would have merged
          total += e - s;
        }
        expect(total).toBe(between(compiled, from, to));
        // Splitting the window and joining the pieces gives the same list.
        const mid = from + Math.floor((to - from) / 2);
        const left = Array.from(openIntervalsMs(compiled, from, mid));
        const right = Array.from(openIntervalsMs(compiled, mid, to));
        if (left.length > 0 && right.length > 0 && left[left.length - 1] === right[0]) {
          left.pop();
          right.shift();
        }
        expect([...left, ...right]).toEqual(Array.from(flat));
      }),
      { numRuns: RUNS, seed: 4 },
    );
  });

  it('the Date API agrees with the ms API and memoizes compilation per spec', () => {
    fc.assert(
      fc.property(scenario, ({ spec, compiled, start, from, to, m1 }) => {
        expect(compileSchedule(spec)).toBe(compiled);
        expect(addBusinessMinutes(new Date(start), m1, spec).getTime()).toBe(addBusinessMs(compiled, start, m1 * MIN));
        expect(businessMinutesBetween(new Date(from), new Date(to), spec)).toBe(between(compiled, from, to) / MIN);
        expect(openIntervals(spec, new Date(from), new Date(to)).flatMap((i) => [i.start.getTime(), i.end.getTime()])).toEqual(
          Array.from(openIntervalsMs(compiled, from, to)),
        );
      }),
      { numRuns: 50, seed: 5 },
    );
  });
});
