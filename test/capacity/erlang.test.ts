import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erlangB, erlangC, requiredAgents, roster, trafficErlangs } from '../../src/capacity/index.js';

// Call Centre Helper's example (docs/domain.md): 100 calls per 30 min, AHT 180 s, 80 % in 20 s.
const example = { arrivals: 100, intervalSeconds: 1800, ahtSeconds: 180, targetSeconds: 20 };

describe('erlangC golden values', () => {
  it('N = 11', () => {
    const r = erlangC({ ...example, agents: 11 });
    expect(r.trafficErlangs).toBe(10);
    expect(r.probabilityOfWaiting).toBeCloseTo(0.6821182, 7);
    expect(r.serviceLevel).toBeCloseTo(0.3896138, 7);
  });

  it('N = 14', () => {
    const r = erlangC({ ...example, agents: 14 });
    expect(r.probabilityOfWaiting).toBeCloseTo(0.1741319, 7);
    expect(r.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(r.averageSpeedOfAnswerSeconds).toBeCloseTo(7.835937, 6);
    expect(r.occupancy).toBeCloseTo(0.7142857, 7);
  });

  it('required 14, rostered 20 at 85 % maximum occupancy', () => {
    const r = requiredAgents({ ...example, targetServiceLevel: 0.8, maxOccupancy: 0.85, shrinkage: 0.3 });
    expect(r.agents).toBe(14);
    expect(r.rostered).toBe(20);
    expect(r.serviceLevel).toBeCloseTo(0.88835, 5);
  });

  it('required 15, rostered 22 at 70 % maximum occupancy', () => {
    const r = requiredAgents({ ...example, targetServiceLevel: 0.8, maxOccupancy: 0.7, shrinkage: 0.3 });
    expect(r.agents).toBe(15);
    expect(r.rostered).toBe(22);
  });
});

describe('erlangC edge cases', () => {
  it('N ≤ A: everyone waits, nobody in time, ASA infinite, occupancy capped', () => {
    for (const agents of [0, 5, 10]) {
      expect(erlangC({ ...example, agents })).toEqual({
        trafficErlangs: 10,
        probabilityOfWaiting: 1,
        serviceLevel: 0,
        averageSpeedOfAnswerSeconds: Infinity,
        occupancy: 1,
      });
    }
  });

  it('no traffic: nobody waits and nobody is needed', () => {
    expect(erlangC({ ...example, arrivals: 0, agents: 3 }).serviceLevel).toBe(1);
    expect(requiredAgents({ ...example, arrivals: 0, targetServiceLevel: 0.8 })).toMatchObject({ agents: 0, rostered: 0 });
  });

  it('stays finite and agrees with a log-space evaluation at 5,000 Erlangs', () => {
    const a = 5000;
    const n = 5100;
    // Reference: C = term_N·N/(N−A) ÷ (Σ_{k<N} term_k + term_N·N/(N−A)), term_k = A^k/k!, in logs.
    const logTerms: number[] = [0];
    for (let k = 1; k <= n; k++) logTerms.push(logTerms[k - 1]! + Math.log(a) - Math.log(k));
    const logTail = logTerms[n]! + Math.log(n / (n - a));
    const top = Math.max(...logTerms.slice(0, n), logTail);
    const head = logTerms.slice(0, n).reduce((s, l) => s + Math.exp(l - top), 0);
    const expected = Math.exp(logTail - top) / (head + Math.exp(logTail - top));
    const r = erlangC({ arrivals: a * 20, intervalSeconds: 3600, ahtSeconds: 180, agents: n, targetSeconds: 20 });
    expect(r.probabilityOfWaiting).toBeCloseTo(expected, 10);
    expect(Number.isFinite(r.averageSpeedOfAnswerSeconds)).toBe(true);
    expect(erlangB(15_100, 15_000)).toBeGreaterThan(0);
    expect(erlangB(20_000, 15_000)).toBe(0); // underflows to the right limit, not NaN
  });

  it('erlangB matches the textbook recursion', () => {
    let b = 1;
    for (let k = 1; k <= 30; k++) b = (7.5 * b) / (k + 7.5 * b);
    expect(erlangB(30, 7.5)).toBeCloseTo(b, 14);
    expect(erlangB(0, 7.5)).toBe(1);
  });

  it('rejects nonsense with a RangeError naming the field', () => {
    expect(() => erlangC({ ...example, agents: 2.5 })).toThrow(/agents/);
    expect(() => trafficErlangs(-1, 1800, 180)).toThrow(/arrivals/);
    expect(() => requiredAgents({ ...example, targetServiceLevel: 1 })).toThrow(/targetServiceLevel/);
    expect(() => requiredAgents({ ...example, targetServiceLevel: 0.8, shrinkage: 1 })).toThrow(/shrinkage/);
  });

  it('roster absorbs float noise but rounds real fractions up', () => {
    expect(roster(14, 0.3)).toBe(20);
    expect(roster(15, 0.3)).toBe(22);
    expect(roster(10, 0)).toBe(10);
  });
});

const traffic = fc.record({
  arrivals: fc.double({ min: 0.1, max: 2000, noNaN: true }),
  intervalSeconds: fc.constantFrom(300, 900, 1800, 3600),
  ahtSeconds: fc.double({ min: 10, max: 1200, noNaN: true }),
  targetSeconds: fc.double({ min: 0, max: 600, noNaN: true }),
});

describe('erlangC properties', () => {
  it('service level and probability of waiting stay in [0, 1]', () => {
    fc.assert(
      fc.property(traffic, fc.integer({ min: 0, max: 3000 }), (t, agents) => {
        const r = erlangC({ ...t, agents });
        return r.serviceLevel >= 0 && r.serviceLevel <= 1 && r.probabilityOfWaiting >= 0 && r.probabilityOfWaiting <= 1;
      }),
    );
  });

  it('more agents never lower the service level', () => {
    fc.assert(
      fc.property(traffic, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 50 }), (t, n, extra) => {
        const fewer = erlangC({ ...t, agents: n }).serviceLevel;
        const more = erlangC({ ...t, agents: n + extra }).serviceLevel;
        return more >= fewer - 1e-12;
      }),
    );
  });

  it('required agents never fall as volume rises', () => {
    fc.assert(
      fc.property(
        traffic,
        fc.double({ min: 1, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (t, growth, sl, occ) => {
          const ask = { ...t, targetServiceLevel: sl, maxOccupancy: occ };
          return requiredAgents(ask).agents <= requiredAgents({ ...ask, arrivals: t.arrivals * growth }).agents;
        },
      ),
    );
  });

  it('required agents is the smallest N meeting every condition', () => {
    fc.assert(
      fc.property(traffic, fc.double({ min: 0, max: 0.99, noNaN: true }), fc.double({ min: 0.5, max: 1, noNaN: true }), (t, sl, occ) => {
        const r = requiredAgents({ ...t, targetServiceLevel: sl, maxOccupancy: occ });
        const a = r.trafficErlangs;
        const meets = (n: number): boolean =>
          n > a && n > 0 && a / n <= occ && erlangC({ ...t, agents: n }).serviceLevel >= sl;
        return meets(r.agents) && !meets(r.agents - 1);
      }),
    );
  });
});
