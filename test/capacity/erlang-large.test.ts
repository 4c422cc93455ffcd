import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangB, requiredAgents } from '../../src/capacity/index.js';
import { erlangBLarge, LARGE_TRAFFIC } from '../../src/capacity/erlang-large.js';

/** The exact recursion, run past the switch for comparison. */
function exactB(agents: number, traffic: number): number {
  let inverse = 1;
  for (let k = 1; k <= agents; k++) inverse = 1 + (k / traffic) * inverse;
  return 1 / inverse;
}

describe('Erlang B for heavy traffic', () => {
  it('agrees with the exact recursion within 0.5% where it takes over, around the staffing that matters', () => {
    fc.assert(fc.property(fc.integer({ min: LARGE_TRAFFIC, max: 4 * LARGE_TRAFFIC }), fc.double({ min: -1, max: 3, noNaN: true }), (a, beta) => {
      const n = Math.round(a + beta * Math.sqrt(a));
      const exact = exactB(n, a);
      expect(Math.abs(erlangBLarge(n, a) - exact) / exact).toBeLessThan(0.005);
    }), { numRuns: 30 });
  });

  it('is what erlangB returns from LARGE_TRAFFIC on', () => {
    expect(erlangB(20_100, 20_000)).toBe(erlangBLarge(20_100, 20_000));
    expect(erlangB(100, 90)).toBeCloseTo(exactB(100, 90), 12);
  });

  it('staffs a hundred million Erlangs with the square-root margin, without one step per agent', () => {
    const arrivals = 1e8 / 180 * 3600;
    const r = requiredAgents({ arrivals, intervalSeconds: 3600, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8 });
    expect(r.agents - r.trafficErlangs).toBeGreaterThan(0);
    expect(r.agents - r.trafficErlangs).toBeLessThan(5 * Math.sqrt(r.trafficErlangs));
    expect(r.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });

  it('matches the exact search at the switch: the same required agents either side', () => {
    const just = requiredAgents({ arrivals: LARGE_TRAFFIC * 20, intervalSeconds: 3600, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8 });
    const below = requiredAgents({ arrivals: (LARGE_TRAFFIC - 1) * 20, intervalSeconds: 3600, ahtSeconds: 180, targetSeconds: 20, targetServiceLevel: 0.8 });
    expect(just.agents - below.agents).toBeGreaterThanOrEqual(0);
    expect(just.agents - below.agents).toBeLessThanOrEqual(2);
  });
});
