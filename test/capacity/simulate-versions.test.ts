import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateQueue, simulateQueues, type SimulationInput, type SimulationTier } from '../../src/capacity/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2025, 0, 6);

/** Four weeks of a two-tier queue in weekly batches, staffed by day; each tier's targets from `targets`. */
function queue(mode: 'async' | 'sync', perHour: number, agents: number, targets: readonly TierTargets[], stopWhenMet: boolean): SimulationInput {
  const tiers: SimulationTier[] = targets.map((t, i) => ({ name: `tier-${i}`, share: i === 0 ? 0.3 : 0.7, priority: i + 1, ...t }));
  const atMs = Array.from({ length: 28 * 2 }, (_, k) => START + Math.floor(k / 2) * DAY + (k % 2 === 0 ? 8 : 18) * HOUR);
  return {
    startMs: START,
    endMs: START + 28 * DAY,
    arrivalsPerHour: new Float64Array(28 * 24).fill(perHour),
    tiers,
    staffing: { atMs, agents: atMs.map((_, k) => (k % 2 === 0 ? agents : 0)) },
    ahtSeconds: 900,
    mode,
    seed: 11,
    replications: 3,
    batchMs: 7 * DAY,
    stopWhenMet,
  };
}

type TierTargets = Pick<SimulationTier, 'acknowledgeTargetsMinutes' | 'firstResponseTargetsMinutes' | 'resolutionTargetsMinutes' | 'acknowledgeShares' | 'firstResponseShares' | 'resolutionShares'>;

const minutes = fc.integer({ min: 0, max: 3000 });
const share = fc.constantFrom(0.5, 0.8, 0.9, 0.95, 1);
const timed = fc.array(fc.tuple(minutes, share), { maxLength: 2 });
const tierTargets: fc.Arbitrary<TierTargets> = fc.record({ acknowledge: timed, firstResponse: timed, resolution: timed }).map((t) => ({
  acknowledgeTargetsMinutes: t.acknowledge.map(([m]) => m),
  acknowledgeShares: t.acknowledge.map(([, s]) => s),
  firstResponseTargetsMinutes: t.firstResponse.map(([m]) => m),
  firstResponseShares: t.firstResponse.map(([, s]) => s),
  resolutionTargetsMinutes: t.resolution.map(([m]) => m),
  resolutionShares: t.resolution.map(([, s]) => s),
}));

describe('simulateQueues: versions that differ only in their targets share one run', () => {
  it('gives each version exactly the result it gets alone, whatever the targets, shares and stops', () => {
    const stops = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom<'async' | 'sync'>('async', 'sync'),
        fc.constantFrom(0.5, 2, 3.2),
        fc.array(fc.tuple(tierTargets, tierTargets), { minLength: 1, maxLength: 3 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        (mode, perHour, versions, stopWhenMet) => {
          const inputs = versions.map((targets, v) => queue(mode, perHour, 4, targets, stopWhenMet[v]!));
          const together = simulateQueues(inputs);
          const alone = inputs.map(simulateQueue);
          expect(together).toEqual(alone);
          stops.add(alone.map((r) => r.replications).join());
        },
      ),
      { numRuns: 40, seed: 20261203 },
    );
    // The versions stopped at different replications in some cases: the stops were tried apart.
    expect([...stops].some((s) => new Set(s.split(',')).size > 1)).toBe(true);
  });

  it('runs until the last version that needs more replications stops, and no further', () => {
    const met: TierTargets = { firstResponseTargetsMinutes: [2000], firstResponseShares: [0.5] };
    const never: TierTargets = { firstResponseTargetsMinutes: [0], firstResponseShares: [1] };
    const [early, late] = simulateQueues([queue('async', 2, 4, [met, met], true), queue('async', 2, 4, [never, met], true)]);
    expect(early!.replications).toBe(1);
    expect(late!.replications).toBe(3);
  });

  it('refuses versions with different tiers, and names a version\'s bad target as alone', () => {
    const one: TierTargets = { firstResponseTargetsMinutes: [60], firstResponseShares: [0.9] };
    expect(() => simulateQueues([queue('async', 2, 4, [one, one], true), queue('async', 2, 4, [one], true)])).toThrow(/same tiers/);
    const bad: TierTargets = { firstResponseTargetsMinutes: [-1], firstResponseShares: [0.9] };
    const message = (() => {
      try {
        simulateQueue(queue('async', 2, 4, [one, bad], true));
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toMatch(/tiers\[1\]\.firstResponseTargetsMinutes\[0\]/);
    expect(() => simulateQueues([queue('async', 2, 4, [one, one], true), queue('async', 2, 4, [one, bad], true)])).toThrow(message);
  });

  it('gives nothing for no versions', () => {
    expect(simulateQueues([])).toEqual([]);
  });
});
