// Interval algebra on flat ms pairs, and follow-the-sun coverage over real dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageGaps, gaps, intersectIntervals, mergeIntervals, subtractIntervals, totalLength, unionIntervals } from '../../src/time/index.js';

const list = (...xs: number[]) => Float64Array.from(xs);

describe('interval algebra', () => {
  it('merges overlapping and touching intervals, drops empty ones, sorts', () => {
    expect(Array.from(mergeIntervals([5, 7, 1, 3, 3, 4, 6, 9, 10, 10]))).toEqual([1, 4, 5, 9]);
    expect(Array.from(unionIntervals([list(1, 2), list(), list(2, 3, 8, 9), list(0, 1)]))).toEqual([0, 3, 8, 9]);
  });
  it('finds gaps inside a window', () => {
    expect(Array.from(gaps(list(2, 4, 6, 8), 0, 10))).toEqual([0, 2, 4, 6, 8, 10]);
    expect(Array.from(gaps(list(0, 10), 2, 8))).toEqual([]);
    expect(Array.from(gaps(list(), 2, 8))).toEqual([2, 8]);
    expect(Array.from(gaps(list(1, 2), 5, 5))).toEqual([]);
  });
  it('subtracts and intersects', () => {
    expect(subtractIntervals(list(0, 10, 20, 30), list(2, 3, 5, 25))).toEqual([0, 2, 3, 5, 25, 30]);
    expect(Array.from(intersectIntervals(list(0, 10, 20, 30), list(5, 25)))).toEqual([5, 10, 20, 25]);
  });
  it('union agrees with a point-by-point model', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 })), { maxLength: 12 });
    fc.assert(
      // Up to 12 lists: past 8 the union sweeps even when each list is sorted.
      fc.property(fc.array(pairs, { maxLength: 12 }), fc.boolean(), (lists, sortEach) => {
        const flat = lists.map((l) => (sortEach ? [...l].sort((a, b) => a[0] - b[0]) : l).flatMap(([s, len]) => [s, s + len]));
        const merged = unionIntervals(flat);
        const covered = (t: number) => flat.some((l) => l.some((_, i) => i % 2 === 0 && (l[i] as number) <= t && t < (l[i + 1] as number)));
        for (let t = 0; t < 52; t++) {
          const inMerged = Array.from(merged).some((_, i) => i % 2 === 0 && (merged[i] as number) <= t && t < (merged[i + 1] as number));
          expect(inMerged).toBe(covered(t));
        }
        for (let i = 2; i < merged.length; i += 2) expect(merged[i]).toBeGreaterThan(merged[i - 1] as number);
        expect(totalLength(merged) + totalLength(gaps(merged, 0, 60))).toBe(60);
        // gaps() takes lists that are not merged (overlapping, empty, unsorted) and answers the same.
        expect(Array.from(gaps(flat.flat(), 0, 60))).toEqual(Array.from(gaps(merged, 0, 60)));
        const byStart = flat.flat().flatMap((_, i, all) => (i % 2 === 0 ? [[all[i]!, all[i + 1]!]] : [])).sort((a, b) => a[0]! - b[0]!).flat();
        expect(Array.from(gaps(byStart, 0, 60))).toEqual(Array.from(gaps(merged, 0, 60)));
      }),
      { seed: 7 },
    );
  });
  it('union of lists each sorted by start (merged pairwise, no sort) agrees with the general sweep', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 })), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(pairs, { maxLength: 7 }), (lists) => {
        const sorted = lists.map((l) => [...l].sort((a, b) => a[0] - b[0]).flatMap(([s, len]) => [s, s + len]));
        // Reversed, a list with two or more starts is no longer sorted, so the sweep runs.
        const swept = unionIntervals([...sorted.map((l) => l.slice()), [50, 51, 45, 46]]);
        const merged = unionIntervals([...sorted, [45, 46, 50, 51]]);
        expect(Array.from(merged)).toEqual(Array.from(swept));
      }),
      { seed: 8 },
    );
  });
});

describe('coverageGaps (follow the sun)', () => {
  // Singapore, Berlin and New York, each 09:00–18:00 local, every day.
  const every = ['09:00-18:00'];
  const week = { mon: every, tue: every, wed: every, thu: every, fri: every, sat: every, sun: every };
  const teams = ['Asia/Singapore', 'Europe/Berlin', 'America/New_York'].map((timeZone) => ({ timeZone, weekly: week }));
  const dayOf = (iso: string) => [Date.parse(`${iso}T12:00:00Z`), Date.parse(`${iso}T12:00:00Z`) + 86_400_000] as const;

  it('covers 22 of 24 hours in January, gap 23:00–01:00 UTC', () => {
    const report = coverageGaps(teams, ...dayOf('2024-01-15'));
    expect(report.coveredMs).toBe(22 * 3_600_000);
    expect(report.gaps.map((g) => [new Date(g.start).toISOString(), new Date(g.end).toISOString(), g.dates])).toEqual([
      ['2024-01-15T23:00:00.000Z', '2024-01-16T01:00:00.000Z', ['2024-01-15', '2024-01-16']],
    ]);
  });
  it('covers only 21 in summer, and already in the weeks when only the US has moved its clocks', () => {
    for (const day of ['2024-07-15', '2024-03-12']) {
      const report = coverageGaps(teams, ...dayOf(day));
      expect(report.longest?.durationMs).toBe(3 * 3_600_000);
      expect(report.uncoveredMs).toBe(3 * 3_600_000);
    }
    expect(coverageGaps(teams, ...dayOf('2024-03-05')).longest?.durationMs).toBe(2 * 3_600_000);
  });
  it('finds the longest gap over a year and names its dates in the chosen zone', () => {
    const weekdays = { mon: every, tue: every, wed: every, thu: every, fri: every };
    const report = coverageGaps(
      [{ timeZone: 'Europe/Berlin', weekly: weekdays, holidays: ['2024-12-24', '2024-12-25', '2024-12-26'] }],
      Date.UTC(2024, 0, 1),
      Date.UTC(2025, 0, 1),
      { timeZone: 'Europe/Berlin' },
    );
    // Monday 23 December 18:00 until Friday 27 December 09:00, Berlin time (longer than a weekend).
    expect(report.longest?.dates).toEqual(['2024-12-23', '2024-12-24', '2024-12-25', '2024-12-26', '2024-12-27']);
    expect(report.longest?.durationMs).toBe((3 * 24 + 15) * 3_600_000);
    expect(new Date(report.longest?.start ?? 0).toISOString()).toBe('2024-12-23T17:00:00.000Z');
  });
  it('reports no gap for the calendar clock', () => {
    expect(coverageGaps(['calendar'], 0, 1e9)).toMatchObject({ gaps: [], longest: undefined, uncoveredMs: 0 });
  });
});
