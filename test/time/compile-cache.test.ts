// The compile cache is keyed by a schedule's content: equal specs in new objects share one
// compiled schedule, and any change that compilation reads gives a schedule of its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchedule, InvalidScheduleError, openIntervalsMs, type ScheduleSpec } from '../../src/time/index.js';
import { clearCompiledByContent } from '../../src/time/compile.js';
import { hasContent, scheduleContent } from '../../src/time/schedule-key.js';
import { intervalValue } from '../../src/values/wall-clock.js';
import { caseArb, ZONES } from './support/arbitraries.js';

const office = (): ScheduleSpec => ({
  timeZone: 'Europe/London',
  weekly: { mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-12:00', '13:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] },
  holidays: [{ date: '2026-12-25', name: 'Christmas Day' }, '2026-12-28'],
  overrides: [{ date: '2026-12-24', hours: ['08:00-13:00'], name: 'Christmas Eve' }],
});

const FROM = Date.UTC(2026, 11, 1);
const TO = Date.UTC(2027, 0, 31);

describe('compile cache by content', () => {
  it('gives equal specs in new objects the same compiled schedule', () => {
    const first = compileSchedule(office());
    expect(compileSchedule(office())).toBe(first);
    expect(compileSchedule(structuredClone(office()))).toBe(first);
    expect(compileSchedule(JSON.parse(JSON.stringify(office())) as ScheduleSpec)).toBe(first);
  });

  it('shares across names, which compilation never reads', () => {
    const renamed = office();
    renamed.holidays = [{ date: '2026-12-25', name: 'Xmas' }, { date: '2026-12-28' }];
    renamed.overrides = [{ date: '2026-12-24', hours: ['08:00-13:00'] }];
    expect(compileSchedule(renamed)).toBe(compileSchedule(office()));
  });

  it('gives a changed spec its own compiled schedule, with its own hours', () => {
    const base = compileSchedule(office());
    const changes: ((s: ScheduleSpec & { weekly: Record<string, string[]> }) => void)[] = [
      (s) => { s.weekly['fri'] = ['08:00-16:00']; },
      (s) => { s.weekly['sat'] = ['10:00-14:00']; },
      (s) => { delete s.weekly['mon']; },
      (s) => { s.timeZone = 'Europe/Dublin'; },
      (s) => { s.holidays = ['2026-12-25']; },
      (s) => { s.holidays = [...(s.holidays ?? []), '2027-01-01']; },
      (s) => { s.overrides = [{ date: '2026-12-24', hours: ['08:00-12:00'] }]; },
      (s) => { s.overrides = [{ date: '2026-12-31', hours: ['08:00-13:00'] }]; },
      (s) => { s.overrides = []; },
      (s) => { delete s.overrides; },
    ];
    const seen = new Set([base]);
    for (const change of changes) {
      const spec = office() as ScheduleSpec & { weekly: Record<string, string[]> };
      change(spec);
      const compiled = compileSchedule(spec);
      expect(seen.has(compiled)).toBe(false);
      seen.add(compiled);
    }
    const shorter = office() as ScheduleSpec & { weekly: Record<string, string[]> };
    shorter.weekly['fri'] = ['08:00-16:00'];
    expect(Array.from(openIntervalsMs(compileSchedule(shorter), FROM, TO))).not.toEqual(Array.from(openIntervalsMs(base, FROM, TO)));
  });

  it('still refuses a spec compilation cannot read, even beside an equal-looking valid one', () => {
    compileSchedule(office());
    const extraDay = { ...office(), weekly: { ...office().weekly, funday: ['09:00-17:00'] } } as ScheduleSpec;
    expect(() => compileSchedule(extraDay)).toThrow(InvalidScheduleError);
    expect(() => compileSchedule({ ...office(), holidays: null } as unknown as ScheduleSpec)).toThrow(InvalidScheduleError);
    expect(scheduleContent(extraDay)).toBeUndefined();
  });

  it('keeps parsed intervals apart from their text, and shares equal parsed ones', () => {
    const parsed = (): ScheduleSpec => ({ timeZone: 'UTC', weekly: { mon: [intervalValue('09:00-17:00')] } });
    const text = compileSchedule({ timeZone: 'UTC', weekly: { mon: ['09:00-17:00'] } });
    const first = compileSchedule(parsed());
    expect(compileSchedule(parsed())).toBe(first);
    expect(Array.from(openIntervalsMs(first, FROM, TO))).toEqual(Array.from(openIntervalsMs(text, FROM, TO)));
  });

  it('matches a spec against its own content, and never against a different one (random schedules)', () => {
    const two = fc.constantFrom(...ZONES).chain((zone) => fc.tuple(caseArb(zone), caseArb(zone)));
    fc.assert(
      fc.property(two, ([a, b]) => {
        const parts = scheduleContent(a.spec)!;
        expect(hasContent(structuredClone(a.spec), parts)).toBe(true);
        const same = JSON.stringify(parts) === JSON.stringify(scheduleContent(b.spec));
        expect(hasContent(b.spec, parts)).toBe(same);
        expect(compileSchedule(structuredClone(a.spec))).toBe(compileSchedule(a.spec));
        if (!same) expect(compileSchedule(b.spec)).not.toBe(compileSchedule(a.spec));
      }),
      { numRuns: 200, seed: 6 },
    );
  });

  it('tells a spec from each one-place change of it, whichever was compiled first (random schedules)', () => {
    type Weekly = Record<string, unknown[]>;
    // Each change alters one thing compilation reads, in a new object beside the original.
    const changes: ((s: ScheduleSpec & { weekly: Weekly }) => void)[] = [
      (s) => { s.weekly['wed'] = [...(s.weekly['wed'] ?? []), '23:00-23:30']; },
      (s) => { if (s.weekly['sun'] === undefined) s.weekly['sun'] = []; else delete s.weekly['sun']; },
      (s) => { s.weekly['mon'] = (s.weekly['mon'] ?? []).length > 0 ? (s.weekly['mon'] ?? []).slice(1) : ['00:00-00:01']; },
      (s) => { s.holidays = [...(s.holidays ?? []), '2031-02-03']; },
      (s) => { s.holidays = s.holidays === undefined ? [] : undefined; },
      (s) => { s.overrides = [...(s.overrides ?? []), { date: '2031-02-04', hours: [] }]; },
      (s) => { s.timeZone = s.timeZone === 'UTC' ? 'Etc/UTC' : 'UTC'; },
    ];
    const arb = fc.tuple(fc.constantFrom(...ZONES).chain((zone) => caseArb(zone)), fc.nat({ max: changes.length - 1 }), fc.boolean());
    fc.assert(
      fc.property(arb, ([{ spec, from, to }, which, changedFirst]) => {
        const changed = structuredClone(spec) as ScheduleSpec & { weekly: Weekly };
        changes[which]!(changed);
        const [a, b] = changedFirst ? [changed, structuredClone(spec)] : [structuredClone(spec), changed];
        const first = compileSchedule(a);
        const second = compileSchedule(b);
        expect(second).not.toBe(first);
        // Asked for again in new objects, each finds its own.
        expect(compileSchedule(structuredClone(a))).toBe(first);
        expect(compileSchedule(structuredClone(b))).toBe(second);
        // And its hours are those of the changed spec compiled afresh.
        const found = compileSchedule(structuredClone(changed));
        clearCompiledByContent();
        const afresh = compileSchedule(structuredClone(changed));
        expect(afresh).not.toBe(found);
        expect(Array.from(openIntervalsMs(found, from, to + 86_400_000))).toEqual(Array.from(openIntervalsMs(afresh, from, to + 86_400_000)));
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});

describe('the last open intervals kept on a compiled schedule', () => {
  it('answers a range asked again with an equal copy the caller may change', () => {
    const compiled = compileSchedule(office());
    const first = openIntervalsMs(compiled, FROM, TO);
    const again = openIntervalsMs(compiled, FROM, TO);
    expect(again).not.toBe(first);
    expect(Array.from(again)).toEqual(Array.from(first));
    first.fill(0);
    expect(Array.from(openIntervalsMs(compiled, FROM, TO))).toEqual(Array.from(again));
  });

  it('computes another range afresh, equal to the same range on a schedule that never kept one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 90 }), (startDay, days) => {
        const compiled = compileSchedule(office());
        openIntervalsMs(compiled, FROM, TO);
        const from = FROM + startDay * 86_400_000 + 3_600_000;
        const to = from + days * 86_400_000;
        clearCompiledByContent();
        const afresh = compileSchedule(office());
        expect(afresh).not.toBe(compiled);
        expect(Array.from(openIntervalsMs(compiled, from, to))).toEqual(Array.from(openIntervalsMs(afresh, from, to)));
      }),
      { numRuns: 50, seed: 16 },
    );
  });
});
