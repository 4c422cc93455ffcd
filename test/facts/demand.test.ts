import { describe, expect, it } from 'vitest';
import { arrivalsPerHour } from '../../src/facts/demand.js';
import { horizonFrom } from '../../src/facts/horizon.js';
import type { Entity } from '../../src/model/model.js';

const channel = (profile: object) => ({ spec: { demand: { ticketsPerDay: 100, tierMix: { all: '100%' }, profile } } }) as unknown as Entity<'Channel'>;
// 2026-11-23 is a Monday; UTC keeps local hours equal to horizon hours.
const week = horizonFrom('2026-11-23', 7);
const day = (series: Float64Array, d: number) => Array.from(series.slice(d * 24, d * 24 + 24));
const total = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0);

describe('arrivals by hour of the week', () => {
  const evening = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0];
  const office = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];

  it("gives a weekday its own hours when `weekdayHours` names it, keeping the week's volume", () => {
    const series = arrivalsPerHour(channel({ timeZone: 'UTC', hours: office, weekdayHours: { sat: evening, sun: evening } }), week);
    expect(total(series)).toBeCloseTo(700, 9);
    // Every day carries the same volume (day weights are 1); weekdays in office hours, weekends in the evening.
    expect(total(day(series, 0))).toBeCloseTo(100, 9);
    expect(day(series, 0).map((x) => (x > 0 ? 1 : 0))).toEqual(office);
    expect(day(series, 5).map((x) => (x > 0 ? 1 : 0))).toEqual(evening);
    expect(day(series, 5)[18]).toBeCloseTo(25, 9);
  });

  it('scales each weekday by its day weight, whichever hours it has', () => {
    const series = arrivalsPerHour(channel({ timeZone: 'UTC', days: { sat: 0.5, sun: 0.5 }, hours: office, weekdayHours: { sat: evening } }), week);
    expect(total(series)).toBeCloseTo(700, 9);
    expect(total(day(series, 5)) / total(day(series, 0))).toBeCloseTo(0.5, 9);
    expect(total(day(series, 6)) / total(day(series, 0))).toBeCloseTo(0.5, 9);
  });
});
