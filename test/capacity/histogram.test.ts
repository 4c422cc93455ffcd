import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WaitHistogram } from '../../src/capacity/index.js';

function exactQuantile(sorted: number[], p: number): number {
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
}

describe('WaitHistogram', () => {
  it('percentiles are within 1/32 s below 8 s and 0.8 % above', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 60 * 24 * 30, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.constantFrom(0.5, 0.9, 0.95, 1),
        (values, p) => {
          const h = new WaitHistogram();
          values.forEach((v) => h.record(v));
          const exact = exactQuantile([...values].sort((a, b) => a - b), p);
          const tolerance = Math.max(1 / 32 / 60, exact * 0.0079);
          return Math.abs(h.quantile(p) - exact) <= tolerance;
        },
      ),
    );
  });

  it('keeps count, mean and max exact and merges', () => {
    const a = new WaitHistogram();
    const b = new WaitHistogram();
    [1, 2, 3].forEach((v) => a.record(v));
    [10, Infinity].forEach((v) => b.record(v));
    a.merge(b);
    expect(a.count).toBe(5);
    expect(a.maxMinutes).toBe(Infinity);
    expect(a.quantile(1)).toBe(Infinity); // the overflow bin reports the exact max
    expect(Math.abs(a.quantile(0.4) - 2) / 2).toBeLessThan(0.008);
  });

  it('an empty histogram reports 0', () => {
    expect(new WaitHistogram().quantile(0.5)).toBe(0);
  });
});

describe('WaitHistogram zeros', () => {
  it('reads a percentile that falls among waits of exactly 0 as 0, not half a bin', () => {
    const h = new WaitHistogram();
    for (let i = 0; i < 95; i++) h.recordZero();
    for (let i = 0; i < 5; i++) h.record(3);
    expect([h.quantile(0.5), h.quantile(0.9), h.quantile(0.95)]).toEqual([0, 0, 0]);
    expect(h.quantile(0.96)).toBeCloseTo(3, 1);
    expect(h.count).toBe(100);
  });
});
