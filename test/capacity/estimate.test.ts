import { describe, expect, it } from 'vitest';
import { estimate, tCritical95, tCritical999 } from '../../src/capacity/index.js';

describe('estimate', () => {
  it('computes a 95 % Student-t interval', () => {
    const e = estimate([1, 2, 3, 4, 5]);
    expect(e.mean).toBe(3);
    // s = √2.5, t(0.975, 4) = 2.776: half-width 2.776 × √2.5 / √5.
    expect(e.ci95!.high - 3).toBeCloseTo(2.776 * Math.sqrt(2.5 / 5), 10);
    expect(e.samples).toBe(5);
  });

  it('clips to bounds and degrades with too few samples', () => {
    expect(estimate([0.99, 1, 1], 0, 1).ci95!.high).toBe(1);
    expect(estimate([0.5])).toEqual({ mean: 0.5, ci95: null, samples: 1 });
    expect(estimate([])).toEqual({ mean: null, ci95: null, samples: 0 });
  });

  it('t critical values approach the normal 1.96 smoothly', () => {
    expect(tCritical95(1)).toBe(12.706);
    expect(tCritical95(30)).toBe(2.042);
    expect(tCritical95(31)).toBeLessThan(2.042);
    expect(tCritical95(31)).toBeCloseTo(2.0395, 3);
    expect(tCritical95(120)).toBeCloseTo(1.9799, 3);
    expect(tCritical95(1e9)).toBeCloseTo(1.96, 3);
  });

  it('99.9 % critical values match the published table and go on smoothly past it', () => {
    // Student's t, upper 0.0005 point (NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    expect(tCritical999(1)).toBe(636.62);
    expect(tCritical999(12)).toBe(4.318);
    expect(tCritical999(30)).toBe(3.646);
    expect(tCritical999(31)).toBeLessThan(3.646);
    expect(tCritical999(60)).toBeCloseTo(3.46, 2);
    expect(tCritical999(100)).toBeCloseTo(3.39, 2);
    expect(tCritical999(1e9)).toBeCloseTo(3.2905, 3);
    expect(tCritical999(0)).toBe(Infinity);
  });
});
