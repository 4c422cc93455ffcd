import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateQueue, type SimulationInput, type TicketObserver } from '../../src/capacity/index.js';
import { DAY, HOUR, officeHours, START } from '../helpers/office-hours.js';


/** A week of office hours with a night backlog, async, one tier with resolution targets. */
function input(extra: Partial<SimulationInput> = {}): SimulationInput {
  const days = 7;
  return {
    startMs: START,
    endMs: START + days * DAY,
    arrivalsPerHour: new Float64Array(days * 24).fill(6),
    tiers: [{ name: 'standard', share: 1, priority: 1, firstResponseTargetsMinutes: [240], resolutionTargetsMinutes: [480, 1440] }],
    staffing: officeHours(days, 2),
    ahtSeconds: 600,
    mode: 'async',
    seed: 11,
    replications: 2,
    drainUntilMs: START + (days + 2) * DAY,
    ...extra,
  };
}

const WAIT = { customerReplyShare: 0.4, customerWaitMs: 4 * HOUR };

describe('the customer\'s wait in the simulation', () => {
  it('changes nothing, byte for byte, while no wait is declared (a share or a wait of 0, or a sync channel)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.constantFrom({ customerReplyShare: 0 }, { customerWaitMs: 0, customerReplyShare: 0.5 }, { customerReplyShare: 0, customerWaitMs: HOUR, pauseResolutionWhilePending: true }), (seed, none) => {
        const base = JSON.stringify(simulateQueue(input({ seed, replications: 1 })));
        expect(JSON.stringify(simulateQueue(input({ seed, replications: 1, ...none })))).toBe(base);
      }),
      { numRuns: 6 },
    );
    const sync = input({ mode: 'sync', replications: 1 });
    expect(JSON.stringify(simulateQueue({ ...sync, ...WAIT, pauseResolutionWhilePending: true }))).toBe(JSON.stringify(simulateQueue(sync)));
  });

  it('never lengthens resolution by pausing it, and leaves the first response alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const runs = simulateQueue(input({ seed, replications: 1, ...WAIT })).tiers[0]!;
        const paused = simulateQueue(input({ seed, replications: 1, ...WAIT, pauseResolutionWhilePending: true })).tiers[0]!;
        expect(paused.firstResponse).toEqual(runs.firstResponse);
        expect(paused.resolution.p50Minutes).toBeLessThanOrEqual(runs.resolution.p50Minutes);
        expect(paused.resolution.p90Minutes).toBeLessThanOrEqual(runs.resolution.p90Minutes);
        paused.resolution.attainment.forEach((a, j) => expect(a.attainment.mean!).toBeGreaterThanOrEqual(runs.resolution.attainment[j]!.attainment.mean!));
      }),
      { numRuns: 5 },
    );
  });

  it('holds the asked share pending from the reply, for about the declared mean, and resolves after the answer', () => {
    const replies = new Map<number, number>();
    const resolved = new Map<number, number>();
    const answered = new Map<number, number>();
    const waits: number[] = [];
    let tickets = 0;
    let bad = 0;
    const observer: TicketObserver = {
      arrived: () => void tickets++,
      acknowledged: () => undefined,
      responded: (at, t) => void replies.set(at, t),
      resolved: (at, t) => void resolved.set(at, t),
      pending: (at, from, to) => {
        if (from !== replies.get(at) || !(to > from)) bad++;
        waits.push(to - from);
        answered.set(at, to);
      },
    };
    const result = simulateQueue(input({ ...WAIT, replications: 1, observer }));
    expect(bad).toBe(0);
    expect(waits.length / tickets).toBeGreaterThan(0.35);
    expect(waits.length / tickets).toBeLessThan(0.45);
    const mean = waits.reduce((a, b) => a + b, 0) / waits.length;
    expect(mean / HOUR).toBeGreaterThan(3.5);
    expect(mean / HOUR).toBeLessThan(4.5);
    // Every ticket not asked anything is resolved with its reply; the others once the customer has answered.
    for (const [at, reply] of replies) {
      if (!resolved.has(at)) continue;
      const answer = answered.get(at);
      if (answer === undefined) expect(resolved.get(at)).toBe(reply);
      else expect(resolved.get(at)!).toBeGreaterThanOrEqual(answer);
    }
    expect(result.tiers[0]!.tickets).toBe(tickets);
  });

  it('rejects a share above 1 or a negative wait, naming the field', () => {
    expect(() => simulateQueue(input({ customerReplyShare: 1.5, customerWaitMs: HOUR }))).toThrow(/customerReplyShare/);
    expect(() => simulateQueue(input({ customerReplyShare: 0.5, customerWaitMs: -1 }))).toThrow(/customerWaitMs/);
  });
});
