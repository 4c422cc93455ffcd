// The simulation's modelling choices beyond a plain M/M/N queue: agents who are away part of
// the time (availability), a follow-up touch before resolution, triage acknowledgement, and
// batch-means intervals.
import { describe, expect, it } from 'vitest';
import { erlangC, simulateQueue, type SimulationInput } from '../../src/capacity/index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2025, 0, 6); // a Monday

function stationary(days: number, perHour: number, agents: number, extra: Partial<SimulationInput> = {}): SimulationInput {
  return {
    startMs: START,
    endMs: START + days * DAY,
    arrivalsPerHour: new Float64Array(days * 24).fill(perHour),
    tiers: [{ name: 'all', share: 1, priority: 1, firstResponseTargetsMinutes: [20 / 60] }],
    staffing: { atMs: [START], agents: [agents] },
    ahtSeconds: 180,
    mode: 'sync',
    seed: 7,
    replications: 4,
    ...extra,
  };
}

describe('availability: whole agents who answer part of the time', () => {
  // 12 agents at 80% availability hold each call for 180 s ÷ 0.8: Erlang C with that handling time.
  const result = simulateQueue(stationary(21, 200, 12, { staffing: { atMs: [START], agents: [12], availability: [0.8] }, measureFromMs: START + DAY, replications: 12, seed: 11 }));
  const analytic = erlangC({ arrivals: 200, intervalSeconds: 3600, ahtSeconds: 180 / 0.8, agents: 12, targetSeconds: 20 });
  const tier = result.tiers[0]!;

  it('answers like Erlang C with handling ÷ availability (within the 95% interval)', () => {
    const sl = tier.firstResponse.attainment[0]!.attainment;
    expect(sl.ci95!.low).toBeLessThanOrEqual(analytic.serviceLevel);
    expect(sl.ci95!.high).toBeGreaterThanOrEqual(analytic.serviceLevel);
  });

  it('keeps the customer’s handling time: the call still lasts 3 minutes on average', () => {
    const handling = tier.resolution.meanMinutes.mean! - tier.firstResponse.meanMinutes.mean!;
    expect(handling).toBeCloseTo(3, 1);
  });

  it('is what a smaller full-time staff gives: availability 1 reproduces the plain queue', () => {
    const plain = stationary(2, 200, 12);
    expect(simulateQueue({ ...plain, staffing: { atMs: [START], agents: [12], availability: [1] } })).toEqual(simulateQueue(plain));
  });
});

describe('follow-up touch before resolution (async)', () => {
  const tiers = [{ name: 'all', share: 1, priority: 1, firstResponseTargetsMinutes: [60], resolutionTargetsMinutes: [60, 240] }];
  const single = simulateQueue(stationary(7, 200, 14, { mode: 'async', tiers }));
  const twoTouch = simulateQueue(stationary(7, 200, 14, { mode: 'async', tiers, followUpShare: 0.5 }));

  it('sends the first reply after half the work, and resolves after the rest', () => {
    const [one, two] = [single.tiers[0]!, twoTouch.tiers[0]!];
    expect(one.firstResponse.meanMinutes.mean).toBe(one.resolution.meanMinutes.mean);
    expect(two.firstResponse.meanMinutes.mean!).toBeLessThan(one.firstResponse.meanMinutes.mean!);
    expect(two.resolution.meanMinutes.mean! - two.firstResponse.meanMinutes.mean!).toBeGreaterThan(1.5); // ≥ the second half of 3 min
    expect(two.resolution.p90Minutes).toBeGreaterThan(two.firstResponse.p90Minutes);
    expect(two.unresolved).toBe(0);
  });

  it('adds no work: the same staff clears every ticket either way (the streams differ, so counts are close, not equal)', () => {
    expect(Math.abs(twoTouch.tiers[0]!.tickets / single.tiers[0]!.tickets - 1)).toBeLessThan(0.01);
    expect(twoTouch.tiers[0]!.unanswered + single.tiers[0]!.unanswered).toBe(0);
  });

  it('counts a follow-up still waiting at the cut-off as unresolved, and misses the resolution targets', () => {
    const stuck = simulateQueue(stationary(1, 40, 0, { mode: 'async', tiers, followUpShare: 0.5, staffing: { atMs: [START, START + 2 * HOUR, START + 6 * HOUR], agents: [0, 4, 0] }, drainUntilMs: START + 2 * DAY, replications: 1 }));
    const t = stuck.tiers[0]!;
    expect(t.unanswered + t.unresolved).toBeGreaterThan(0);
    expect(t.resolution.attainment[1]!.attainment.mean!).toBeLessThan(1);
  });
});

describe('acknowledgement (async): a triage pass whenever anyone is on shift', () => {
  // Staff 09:00–17:00 on the first day only; tickets arrive all day.
  const staffing = { atMs: [START + 9 * HOUR, START + 17 * HOUR], agents: [1, 0] };
  const tiers = [{ name: 'all', share: 1, priority: 1, acknowledgeTargetsMinutes: [0], firstResponseTargetsMinutes: [60] }];
  const r = simulateQueue(stationary(1, 30, 0, { mode: 'async', tiers, staffing, drainUntilMs: START + 2 * DAY, replications: 1 }));
  const t = r.tiers[0]!;

  it('acknowledges tickets on arrival while someone is on shift, however busy, and before 09:00 at 09:00', () => {
    // Only tickets arriving 09:00–17:00 are acknowledged at once: a third of the day.
    expect(t.acknowledge.attainment[0]!.attainment.mean!).toBeGreaterThan(0.25);
    expect(t.acknowledge.attainment[0]!.attainment.mean!).toBeLessThan(0.42);
    // One agent cannot answer 30 an hour: first responses lag far behind the acknowledgements.
    expect(t.firstResponse.p50Minutes).toBeGreaterThan(60);
  });

  it('leaves tickets after 17:00 unacknowledged (nobody comes on again), waiting until the cut-off', () => {
    expect(t.acknowledge.maxMinutes).toBeGreaterThan(24 * 60);
  });
});

describe('batch means', () => {
  it('takes one sample per batch of each replication, and keeps the replication means', () => {
    const plain = simulateQueue(stationary(4, 200, 12, { replications: 2 }));
    const batched = simulateQueue(stationary(4, 200, 12, { replications: 2, batchMs: DAY }));
    expect(batched.batches).toBe(4);
    expect(batched.tiers[0]!.firstResponse.attainment[0]!.attainment.samples).toBe(8);
    expect(plain.tiers[0]!.firstResponse.attainment[0]!.attainment.samples).toBe(2);
    // Same runs, counted differently: the pooled figures agree.
    expect(batched.tiers[0]!.tickets).toBe(plain.tiers[0]!.tickets);
    expect(batched.tiers[0]!.firstResponse.p90Minutes).toBe(plain.tiers[0]!.firstResponse.p90Minutes);
    expect(batched.tiers[0]!.firstResponse.attainment[0]!.attainment.mean!).toBeCloseTo(plain.tiers[0]!.firstResponse.attainment[0]!.attainment.mean!, 2);
  });
});
