// readSpec reads exactly the specs with no fatal structural problem: compilation uses it in one
// pass and asks structuralProblems only for what it refuses, so the two must agree on every spec.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSpec } from '../../src/time/read-spec.js';
import { structuralProblems } from '../../src/time/structure.js';
import { FATAL_PROBLEMS, type ScheduleSpec } from '../../src/time/spec.js';
import { compileSchedule, InvalidScheduleError } from '../../src/time/index.js';
import { intervalValue } from '../../src/values/wall-clock.js';
import { caseArb, ZONES } from './support/arbitraries.js';

type Loose = Record<string, unknown> & { weekly: Record<string, unknown> };

/** One change each, fatal or not: the spec's parts replaced by what a careless file could hold. */
const BREAKS: ((s: Loose) => unknown)[] = [
  (s) => s,
  (s) => ({ ...s, weekly: { ...s.weekly, funday: ['09:00-17:00'] } }),
  (s) => ({ ...s, weekly: { ...s.weekly, mon: 'x' } }),
  (s) => ({ ...s, weekly: { ...s.weekly, mon: undefined } }),
  (s) => ({ ...s, weekly: { ...s.weekly, tue: [42] } }),
  (s) => ({ ...s, weekly: { ...s.weekly, wed: ['25:00-26:00'] } }),
  (s) => ({ ...s, weekly: { ...s.weekly, thu: ['09:00-09:00'] } }),
  (s) => ({ ...s, weekly: { ...s.weekly, fri: [{ start: 60, end: 60, overnight: false }] } }),
  (s) => ({ ...s, weekly: { ...s.weekly, sat: [intervalValue('22:00-06:00')] } }),
  (s) => ({ ...s, weekly: { ...s.weekly, sun: [{ start: 0, end: 3000, overnight: true }] } }),
  (s) => ({ ...s, weekly: [] }),
  (s) => ({ ...s, weekly: null }),
  (s) => ({ ...s, holidays: 'x' }),
  (s) => ({ ...s, holidays: [42] }),
  (s) => ({ ...s, holidays: ['2026-02-30'] }),
  (s) => ({ ...s, holidays: [{ date: 5 }] }),
  (s) => ({ ...s, holidays: [{ name: 'x' }] }),
  (s) => ({ ...s, holidays: ['2026-12-25', { date: '2026-12-25', name: 'again' }] }),
  (s) => ({ ...s, overrides: {} }),
  (s) => ({ ...s, overrides: [42] }),
  (s) => ({ ...s, overrides: [{ date: '2026-01-01' }] }),
  (s) => ({ ...s, overrides: [{ date: 'bad', hours: [] }] }),
  (s) => ({ ...s, overrides: [{ date: '2026-01-01', hours: ['x'] }] }),
  (s) => ({ ...s, overrides: [{ date: '2026-01-01', hours: ['09:00-09:00'] }, { date: '2026-01-01', hours: [] }] }),
  (s) => ({ ...s, holidays: ['2026-01-01'], overrides: [{ date: '2026-01-01', hours: ['10:00-12:00'] }] }),
  (s) => ({ ...s, timeZone: 'Mars/Olympus_Mons' }),
  (s) => ({ ...s, timeZone: 42 }),
  (s) => ({ ...s, timeZone: ' ' }),
  () => null,
  () => [],
];

const fatalOf = (spec: unknown) => structuralProblems(spec as ScheduleSpec).filter((p) => FATAL_PROBLEMS.has(p.code));

describe('readSpec', () => {
  it('reads a spec exactly when it has no fatal problem, and compilation agrees (random schedules, one change each)', () => {
    const arb = fc.tuple(fc.constantFrom(...ZONES).chain((zone) => caseArb(zone)), fc.nat({ max: BREAKS.length - 1 }));
    fc.assert(
      fc.property(arb, ([{ spec }, which]) => {
        const changed = BREAKS[which]!(structuredClone(spec) as unknown as Loose) as ScheduleSpec;
        const fatal = fatalOf(changed);
        expect(readSpec(changed) !== undefined).toBe(fatal.length === 0);
        if (changed === null) return; // compileSchedule takes an object (or 'calendar')
        if (fatal.length === 0) expect(() => compileSchedule(changed)).not.toThrow();
        else expect(() => compileSchedule(changed)).toThrow(InvalidScheduleError);
      }),
      { numRuns: 400, seed: 5 },
    );
  });

  it('unions a date overridden twice and sorts each list by start', () => {
    const read = readSpec({
      timeZone: 'UTC',
      weekly: { mon: ['13:00-17:00', '09:00-12:00', '09:00-09:00'] },
      overrides: [{ date: '2026-01-01', hours: ['14:00-15:00'] }, { date: '2026-01-01', hours: ['08:00-09:00'] }],
    });
    expect(read?.weekly[0]).toEqual([{ start: 540, end: 720 }, { start: 780, end: 1020 }]);
    expect([...(read?.overrides.values() ?? [])]).toEqual([[{ start: 480, end: 540 }, { start: 840, end: 900 }]]);
  });
});
