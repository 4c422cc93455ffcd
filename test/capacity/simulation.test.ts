import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erlangC, simulateQueue, type SimulationInput } from '../../src/capacity/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2025, 0, 6);

/** A constant-rate, constant-staff 24/7 queue over `days`. */
function stationary(days: number, perHour: number, agents: number, extra: Partial<SimulationInput> = {}): SimulationInput {
  return {
    startMs: START,
    endMs: START + days * DAY,
    arrivalsPerHour: new Float64Array(days * 24).fill(perHour),
    tiers: [{ name: 'all', share: 1, priority: 1, firstResponseTargetsMinutes: [20 / 60, 1] }],
    staffing: { atMs: [START], agents: [agents] },
    ahtSeconds: 180,
    mode: 'sync',
    seed: 42,
    replications: 4,
    ...extra,
  };
}

describe('simulateQueue against Erlang C (stationary 24/7, sync)', () => {
  // 200 calls an hour × 180 s = 10 Erlangs on 12 agents, 20 replications of 30 days after
  // one day of warm-up from empty (~2.9 M calls). The seed is fixed, so the outcome is too;
  // each check is a 95 % interval, as a planner would read it.
  const result = simulateQueue(
    stationary(31, 200, 12, {
      measureFromMs: START + DAY,
      replications: 20,
      seed: 2025,
      tiers: [{ name: 'all', share: 1, priority: 1, firstResponseTargetsMinutes: [20 / 60, 0] }],
    }),
  );
  const analytic = erlangC({ arrivals: 200, intervalSeconds: 3600, ahtSeconds: 180, agents: 12, targetSeconds: 20 });
  const tier = result.tiers[0]!;
  const expectWithin = (e: { ci95: { low: number; high: number } | null }, value: number): void => {
    expect(e.ci95).not.toBeNull();
    expect(e.ci95!.low).toBeLessThanOrEqual(value);
    expect(e.ci95!.high).toBeGreaterThanOrEqual(value);
  };

  it('service level within 20 s', () => {
    expect(tier.firstResponse.attainment[0]!.attainment.samples).toBe(20);
    expectWithin(tier.firstResponse.attainment[0]!.attainment, analytic.serviceLevel);
  });

  it('share answered without waiting = 1 − P(wait)', () => {
    expectWithin(tier.firstResponse.attainment[1]!.attainment, 1 - analytic.probabilityOfWaiting);
  });

  it('average speed of answer', () => {
    expectWithin(tier.firstResponse.meanMinutes, analytic.averageSpeedOfAnswerSeconds / 60);
    expect(tier.unanswered).toBe(0);
    expect(tier.tickets).toBeGreaterThan(2_800_000);
  });
});

describe('simulateQueue determinism', () => {
  const input = stationary(3, 300, 16, { replications: 3 });

  it('the same seed gives identical results', () => {
    expect(simulateQueue(input)).toEqual(simulateQueue(input));
  });

  it('a different seed gives different results', () => {
    expect(simulateQueue({ ...input, seed: 43 }).arrivals).not.toBe(simulateQueue(input).arrivals);
  });

  it('pins the numbers of a fixed seed, whatever the host time zone', () => {
    const r = simulateQueue(input);
    const t = r.tiers[0]!;
    expect(r.arrivals).toBe(PINNED.arrivals);
    expect(t.firstResponse.meanMinutes.mean).toBe(PINNED.meanMinutes);
    expect(t.firstResponse.p90Minutes).toBe(PINNED.p90Minutes);
  });

  it('for any seed, a replay is identical', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const small = stationary(1, 60, 4, { seed, replications: 2 });
        return JSON.stringify(simulateQueue(small)) === JSON.stringify(simulateQueue(small));
      }),
      { numRuns: 20 },
    );
  });
});

// Recorded from a run; any change means the stream or the model changed.
const PINNED = { arrivals: 64531, meanMinutes: 2.096950519738522, p90Minutes: 5.566666666666666 };

describe('simulateQueue behaviour', () => {
  it('serves the more urgent tier first', () => {
    const r = simulateQueue(
      stationary(7, 330, 16, {
        mode: 'async',
        tiers: [
          { name: 'standard', share: 0.7, priority: 3, firstResponseTargetsMinutes: [60] },
          { name: 'urgent', share: 0.3, priority: 1, firstResponseTargetsMinutes: [60] },
        ],
      }),
    );
    const [standard, urgent] = r.tiers;
    expect(urgent!.firstResponse.p90Minutes).toBeLessThan(standard!.firstResponse.p90Minutes);
    expect(urgent!.firstResponse.attainment[0]!.attainment.mean!).toBeGreaterThan(standard!.firstResponse.attainment[0]!.attainment.mean!);
    expect(urgent!.peakBacklog).toBeLessThan(standard!.peakBacklog);
  });

  it('async first response is the reply (handling end), sync the pick-up', () => {
    const sync = simulateQueue(stationary(2, 200, 14));
    const async = simulateQueue(stationary(2, 200, 14, { mode: 'async' }));
    const t = async.tiers[0]!;
    expect(t.firstResponse.meanMinutes.mean).toBe(t.resolution.meanMinutes.mean);
    // Same arrivals and draws: async adds one handling time (mean 3 min) to each first response.
    expect(t.firstResponse.meanMinutes.mean! - sync.tiers[0]!.firstResponse.meanMinutes.mean!).toBeCloseTo(3, 0);
  });

  it('concurrency c pools slots: N agents × c behave like N × c single agents', () => {
    const chat = simulateQueue(stationary(2, 400, 7, { concurrency: 3 }));
    expect(chat).toEqual(simulateQueue(stationary(2, 400, 21)));
  });

  it('an explicit calendar clock gives the same numbers as the fast path', () => {
    const input = stationary(2, 200, 12);
    expect(simulateQueue({ ...input, elapsed: (a, b) => (b - a) / 60_000 })).toEqual(simulateQueue(input));
  });

  it('measures waits in the supplied clock', () => {
    // A clock that runs at half speed halves every wait.
    const half = simulateQueue({ ...stationary(2, 200, 12), elapsed: (a, b) => (b - a) / 120_000 });
    const full = simulateQueue(stationary(2, 200, 12));
    expect(half.tiers[0]!.firstResponse.meanMinutes.mean).toBeCloseTo(full.tiers[0]!.firstResponse.meanMinutes.mean! / 2, 12);
  });

  it('with nobody on shift every ticket is unanswered, misses every target and waits until the cut-off', () => {
    const r = simulateQueue(stationary(1, 10, 0, { replications: 2 }));
    const t = r.tiers[0]!;
    expect(t.unanswered).toBe(t.tickets);
    expect(t.firstResponse.attainment.every((a) => a.attainment.mean === 0)).toBe(true);
    expect(t.oldestWaitMinutes).toBeGreaterThan(7 * 24 * 60); // drain runs a week past the horizon
    expect(t.oldestWaitMinutes).toBeLessThanOrEqual(8 * 24 * 60);
    expect(r.peakBacklog).toBe(t.peakBacklog);
  });

  it('a 09–17 team leaves night tickets waiting until morning, and finishes the queue after the horizon', () => {
    const days = 3;
    const atMs: number[] = [];
    const agents: number[] = [];
    for (let d = 0; d <= days + 7; d++) {
      atMs.push(START + d * DAY + 9 * HOUR, START + d * DAY + 17 * HOUR);
      agents.push(6, 0);
    }
    const r = simulateQueue(stationary(days, 10, 0, { mode: 'async', staffing: { atMs, agents } }));
    const t = r.tiers[0]!;
    expect(t.unanswered).toBe(0);
    expect(t.oldestWaitMinutes).toBeGreaterThan(15 * 60); // a ticket at 17:00 waits ~16 h
    expect(t.oldestWaitMinutes).toBeLessThan(17 * 60);
    expect(t.firstResponse.attainment[1]!.attainment.mean!).toBeLessThan(0.5);
  });

  it('warm-up tickets are not measured', () => {
    const all = simulateQueue(stationary(2, 200, 12, { replications: 1 }));
    const later = simulateQueue(stationary(2, 200, 12, { replications: 1, measureFromMs: START + DAY }));
    expect(later.arrivals).toBe(all.arrivals);
    expect(later.tiers[0]!.tickets).toBeLessThan(all.tiers[0]!.tickets * 0.6);
  });

  it('rejects inputs it cannot run', () => {
    expect(() => simulateQueue(stationary(1, 10, 1, { endMs: START }))).toThrow(/endMs/);
    expect(() => simulateQueue(stationary(2, 10, 1, { arrivalsPerHour: new Float64Array(24) }))).toThrow(/arrivalsPerHour/);
    expect(() => simulateQueue(stationary(1, 10, 1, { staffing: { atMs: [2, 1], agents: [1, 1] } }))).toThrow(/sorted/);
    expect(() => simulateQueue(stationary(1, 10, 1, { tiers: [] }))).toThrow(/tier/);
  });
});
