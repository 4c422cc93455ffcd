/**
 * No computation's cost grows with a value's magnitude (docs/rules/schema.md, Limits): the work
 * is counted (Erlang B steps, simulated tickets), never timed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredAgents } from '../../src/capacity/index.js';
import { LARGE_TRAFFIC } from '../../src/capacity/erlang-large.js';

describe('the work of the capacity engine is bounded whatever the values', () => {
  it('requiredAgents takes at most about 2 × LARGE_TRAFFIC steps for any traffic a valid policy can give', () => {
    // Up to 7 million contacts in one hour (a million a day, all on one day and hour) and a day of handling at 1% availability.
    const input = fc.record({
      arrivals: fc.double({ min: 0.01, max: 7e6, noNaN: true }),
      ahtSeconds: fc.double({ min: 1, max: 86_400 * 100, noNaN: true }),
      targetSeconds: fc.integer({ min: 1, max: 365 * 86_400 }),
      targetServiceLevel: fc.double({ min: 0.01, max: 0.999, noNaN: true }),
    });
    fc.assert(fc.property(input, (i) => {
      const r = requiredAgents({ ...i, intervalSeconds: 3600 });
      expect(r.steps).toBeLessThanOrEqual(2.5 * LARGE_TRAFFIC);
      expect(r.agents).toBeGreaterThan(r.trafficErlangs);
      expect(Number.isSafeInteger(r.agents)).toBe(true);
    }), { numRuns: 200 });
  });
});
