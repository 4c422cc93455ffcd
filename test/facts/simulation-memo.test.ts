import { describe, expect, it } from 'vitest';
import { indexClock, simulateQueue, type SimulationInput } from '../../src/capacity/index.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { simulateOnce } from '../../src/facts/simulation-memo.js';
import { businessMsBetween, compileSchedule, openIntervalsMs, type CompiledSchedule } from '../../src/time/index.js';

const HOUR = 3_600_000;
const START = Date.UTC(2027, 0, 4); // a Monday
const DAYS = 14;
const END = START + DAYS * 24 * HOUR;

const weekdays = (holidays: string[] = []) => compileSchedule({ timeZone: 'Europe/London', weekly: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] }, holidays: holidays.map((date) => ({ date, name: 'Closed' })) });

/** A fresh input each call (new arrays, new clock index), equal in content unless changed. */
function input(clock: CompiledSchedule, perHour = 4): SimulationInput {
  return {
    startMs: START,
    endMs: END,
    drainUntilMs: END,
    arrivalsPerHour: new Float64Array(DAYS * 24).fill(perHour),
    tiers: [{ name: 'all', share: 1, priority: 1, firstResponseTargetsMinutes: [60] }],
    staffing: { atMs: [START], agents: [2] },
    ahtSeconds: 600,
    mode: 'async',
    elapsed: indexClock(openIntervalsMs(clock, START, END), START, END, (a, b) => businessMsBetween(clock, a, b) / 60_000),
    seed: 7,
    replications: 2,
  };
}

describe('simulateOnce', () => {
  it('gives what simulateQueue gives, and the same result again for an equal input built anew', () => {
    const cache = new FactsCache();
    const clock = weekdays();
    const first = simulateOnce(input(clock), clock, cache);
    expect(first).toEqual(simulateQueue(input(clock)));
    // Another compile of the same schedule: the key reads the definition, not the object.
    const again = weekdays();
    expect(simulateOnce(input(again), again, cache)).toBe(first);
  });

  it('simulates again when the arrivals, the staffing or the clock differ', () => {
    const cache = new FactsCache();
    const clock = weekdays();
    const first = simulateOnce(input(clock), clock, cache);
    const busier = simulateOnce(input(clock, 5), clock, cache);
    expect(busier).not.toBe(first);
    expect(busier.arrivals).toBeGreaterThan(first.arrivals);
    const moreStaff = simulateOnce({ ...input(clock), staffing: { atMs: [START], agents: [3] } }, clock, cache);
    expect(moreStaff).not.toBe(first);
    // A holiday closes the clock on the Tuesday: waits over it count differently.
    const closed = weekdays(['2027-01-05']);
    const holiday = simulateOnce(input(closed), closed, cache);
    expect(holiday).not.toBe(first);
    expect(holiday).toEqual(simulateQueue(input(closed)));
  });

  it('measures other versions\' targets in the same run and keeps each result under its own key', () => {
    const asked: string[] = [];
    const cache = new FactsCache({ read: (key) => void asked.push(key), write: () => {} });
    const clock = weekdays();
    const own = input(clock);
    const looser = { ...input(clock), tiers: [{ ...own.tiers[0]!, firstResponseTargetsMinutes: [120] }] };
    const first = simulateOnce(own, clock, cache, [looser, input(clock)]);
    expect(first).toEqual(simulateQueue(own));
    const kept = simulateOnce({ ...input(clock), tiers: looser.tiers }, clock, cache);
    expect(kept).toEqual(simulateQueue(looser));
    // Found in memory, never missed: the store was asked for the first input only.
    expect(asked).toHaveLength(1);
    expect(kept.tiers[0]!.firstResponse.attainment[0]!.targetMinutes).toBe(120);
  });
});
