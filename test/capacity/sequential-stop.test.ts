import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateQueue, type SimulationInput, type SimulationTier } from '../../src/capacity/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2025, 0, 6);
const BATCH = 7 * DAY;

/** Eight weeks of a 24/7 async queue in weekly batches: `perHour` tickets an hour on `agents` agents, a first reply in 4 h promised to `share`. */
function queue(perHour: number, agents: number, share: number, extra: Partial<SimulationInput> = {}): SimulationInput {
  const tier: SimulationTier = { name: 'all', share: 1, priority: 1, firstResponseTargetsMinutes: [240], firstResponseShares: [share] };
  return {
    startMs: START,
    endMs: START + 56 * DAY,
    arrivalsPerHour: new Float64Array(56 * 24).fill(perHour),
    tiers: [tier],
    staffing: { atMs: [START], agents: [agents] },
    ahtSeconds: 1200,
    mode: 'async',
    seed: 7,
    replications: 4,
    batchMs: BATCH,
    stopWhenMet: true,
    ...extra,
  };
}

describe('sequential stopping (stopWhenMet)', () => {
  it('stops after the first replication when every target is met by a clear margin, with exactly that replication\'s figures', () => {
    // 6 tickets an hour of 20 minutes on 4 agents: half loaded, nobody waits near 4 hours.
    const stopped = simulateQueue(queue(6, 4, 0.9));
    expect(stopped.replications).toBe(1);
    expect(stopped).toEqual(simulateQueue(queue(6, 4, 0.9, { replications: 1, stopWhenMet: false })));
  });

  it('runs every replication without the flag', () => {
    expect(simulateQueue(queue(6, 4, 0.9, { stopWhenMet: false })).replications).toBe(4);
  });

  it('runs every replication for a target near its share or missed, so the figures a finding quotes are unchanged', () => {
    // 2.9 tickets an hour of 20 minutes on one agent: 97% loaded, waits of hours.
    const strained = queue(2.9, 1, 0.5);
    const stopped = simulateQueue(strained);
    expect(stopped.replications).toBe(4);
    expect(stopped).toEqual(simulateQueue({ ...strained, stopWhenMet: false }));
  });

  it('never decides a 100% target early: one late ticket in a later replication would miss it', () => {
    expect(simulateQueue(queue(6, 4, 1)).replications).toBe(4);
  });

  it('does not stop while a tier with a share has no ticket yet', () => {
    const rare: SimulationTier = { name: 'rare', share: 1e-7, priority: 0, firstResponseTargetsMinutes: [240], firstResponseShares: [0.5] };
    const input = queue(6, 4, 0.9);
    expect(simulateQueue({ ...input, tiers: [rare, ...input.tiers] }).replications).toBe(4);
  });

  it('needs a share for every target, and says which is missing', () => {
    const input = queue(6, 4, 0.9);
    expect(() => simulateQueue({ ...input, tiers: [{ ...input.tiers[0]!, firstResponseShares: [] }] })).toThrow(/tiers\[0\]\.firstResponseShares needs one share per target/);
    expect(() => simulateQueue({ ...input, tiers: [{ ...input.tiers[0]!, firstResponseShares: [1.5] }] })).toThrow(/firstResponseShares\[0\] must be in \(0, 1\]/);
  });

  it('when it stops before the last replication, every target\'s reported 95% interval lies above its share', () => {
    let early = 0;
    let full = 0;
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 8, noNaN: true }), fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.3, max: 0.99, noNaN: true }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (perHour, agents, share, seed) => {
        const result = simulateQueue(queue(perHour, agents, share, { endMs: START + 28 * DAY, seed, replications: 3 }));
        if (result.replications === 3) return void full++;
        early++;
        const attainment = result.tiers[0]!.firstResponse.attainment[0]!.attainment;
        expect(attainment.ci95!.low).toBeGreaterThan(share);
        expect(attainment.mean!).toBeGreaterThan(share);
      }),
      { numRuns: 40 },
    );
    // The cases cover both outcomes, so the property is not held by stops that never happen.
    expect(early).toBeGreaterThan(0);
    expect(full).toBeGreaterThan(0);
  });

  it('keeps counts per cell without changing the figures of two replications or more', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 8, noNaN: true }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (perHour, agents, seed) => {
        const whole = simulateQueue(queue(perHour, agents, 0.9, { seed, replications: 2, stopWhenMet: false, batchMs: 2 * BATCH }));
        const cells = simulateQueue(queue(perHour, agents, 0.9, { seed, replications: 2, stopWhenMet: false, batchMs: 2 * BATCH, subBatches: 2 }));
        const a = whole.tiers[0]!.firstResponse;
        const b = cells.tiers[0]!.firstResponse;
        expect(b.attainment).toEqual(a.attainment);
        expect(b.meanMinutes.mean!).toBeCloseTo(a.meanMinutes.mean!, 9);
        expect(cells.tiers[0]!.tickets).toBe(whole.tiers[0]!.tickets);
      }),
      { numRuns: 15 },
    );
  });

  it('with one replication, compares the cells within each batch, so a difference between batches is not counted as noise', () => {
    // Busy and quiet fortnights in turn over 16 weeks; each fortnight is one batch of two weekly cells.
    const rates = new Float64Array(112 * 24).map((_, h) => (Math.floor(h / (14 * 24)) % 2 === 0 ? 10 : 3));
    const tiers: SimulationTier[] = [{ name: 'all', share: 1, priority: 1, firstResponseTargetsMinutes: [30], firstResponseShares: [0.5] }];
    const input = queue(0, 4, 0.5, { endMs: START + 112 * DAY, arrivalsPerHour: rates, tiers, replications: 1, stopWhenMet: false, batchMs: 2 * BATCH });
    const attainment = (subBatches: number) => simulateQueue({ ...input, subBatches }).tiers[0]!.firstResponse.attainment[0]!.attainment;
    const halfWidth = (subBatches: number) => (attainment(subBatches).ci95!.high - attainment(subBatches).ci95!.low) / 2;
    // The same tickets (the mean of 16 weeks' shares, not of 8 fortnights', so nearly the same
    // mean); the interval no longer spans busy and quiet batches alike.
    expect(attainment(2).mean).toBeCloseTo(attainment(1).mean!, 2);
    expect(halfWidth(2)).toBeLessThan(halfWidth(1) / 3);
  });

  it('rejects a number of cells per batch that is not a whole number from 1 to 64', () => {
    for (const subBatches of [0, 1.5, 65]) expect(() => simulateQueue(queue(6, 4, 0.9, { subBatches }))).toThrow(/subBatches must be a whole number from 1 to 64/);
  });
});
