import { describe, expect, it } from 'vitest';
import { estimate, tCritical95 } from '../../src/capacity/index.js';

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
});
