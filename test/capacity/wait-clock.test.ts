import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexClock } from '../../src/capacity/index.js';
import { businessMsBetween, compileSchedule, openIntervalsMs } from '../../src/time/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FROM = Date.UTC(2026, 10, 23);

/** Open ms in [a, b) by summing the intervals directly. */
function exact(open: number[], a: number, b: number): number {
  let sum = 0;
  for (let i = 0; i < open.length; i += 2) sum += Math.max(0, Math.min(b, open[i + 1]!) - Math.max(a, open[i]!));
  return sum;
}

describe('indexClock', () => {
  const noFallback = () => {
    throw new Error('asked outside the span');
  };

  it('agrees with summing the open intervals, at any instants inside the span', () => {
    const intervals = fc
      .uniqueArray(fc.integer({ min: 0, max: 20 * 24 * 60 }), { minLength: 0, maxLength: 40 })
      .map((minutes) => [...minutes].sort((x, y) => x - y).map((m) => FROM + m * 60_000));
    fc.assert(
      fc.property(intervals, fc.double({ min: 0, max: 20 * DAY, noNaN: true }), fc.double({ min: 0, max: 20 * DAY, noNaN: true }), (edges, x, y) => {
        const open = edges.length % 2 ? edges.slice(1) : edges;
        const clock = indexClock(open, FROM, FROM + 20 * DAY, noFallback);
        const [a, b] = [FROM + Math.min(x, y), FROM + Math.max(x, y)];
        return Math.abs(clock.minutes(a, b) * 60_000 - exact(open, a, b)) < 1e-3;
      }),
    );
  });

  it('agrees with the time engine on a real schedule: DST, a holiday and a short day', () => {
    const schedule = compileSchedule({
      timeZone: 'Europe/London',
      weekly: { mon: ['08:00-18:00'], tue: ['08:00-12:30', '13:30-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] },
      holidays: ['2027-03-26'],
      overrides: [{ date: '2026-12-24', hours: ['08:00-13:00'] }],
    });
    const to = FROM + 200 * DAY;
    const clock = indexClock(openIntervalsMs(schedule, FROM, to), FROM, to, noFallback);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 24 * 60 }), fc.integer({ min: 0, max: 30 * 24 * 60 }), (start, length) => {
        const a = FROM + start * 60_000 + 123.25;
        const b = Math.min(to, a + length * 60_000);
        return Math.abs(clock.minutes(a, b) - businessMsBetween(schedule, a, b) / 60_000) < 1e-6;
      }),
    );
  });

  it('asks the fallback outside its span, and reads nothing for an empty or reversed interval', () => {
    const clock = indexClock([FROM + HOUR, FROM + 2 * HOUR], FROM, FROM + DAY, () => -1);
    expect(clock.minutes(FROM - HOUR, FROM + 3 * HOUR)).toBe(-1);
    expect(clock.minutes(FROM, FROM + 3 * HOUR)).toBe(60);
    expect(clock.minutes(FROM + 3 * HOUR, FROM)).toBe(0);
    expect(clock.openBeforeStep[24]).toBe(HOUR);
  });
});
