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

  // Student's t, two-sided: the published tables (NIST/SEMATECH e-Handbook, table 1.3.6.7.2) up to
  // 30 degrees of freedom, then an expansion that goes on smoothly to the normal quantile.
  it.each([
    ['95 %', tCritical95, [[1, 12.706], [30, 2.042]], [[31, 2.0395, 3], [120, 1.9799, 3], [1e9, 1.96, 3]]],
    ['99.9 %', tCritical999, [[1, 636.62], [12, 4.318], [30, 3.646]], [[60, 3.46, 2], [100, 3.39, 2], [1e9, 3.2905, 3]]],
  ] as const)('%s critical values match the table and go on smoothly past it', (_, critical, table, beyond) => {
    for (const [df, value] of table) expect(critical(df)).toBe(value);
    expect(critical(31)).toBeLessThan(critical(30));
    for (const [df, value, digits] of beyond) expect(critical(df)).toBeCloseTo(value, digits);
    expect(critical(0)).toBe(Infinity);
  });
});
