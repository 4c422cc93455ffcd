/**
 * A pull request's base and head usually give most channels exactly the same simulation input
 * (a change to wording, routing or one channel leaves the others alone), and a seeded run is a
 * function of its input. So each distinct input is simulated once per run (facts-cache.ts):
 * the key is a digest of everything the run reads. The same key names the simulation in the
 * on-disk cache between runs (host/simulation-store.ts), so a field it leaves out would serve a
 * stale result: test/facts/simulation-key.test.ts changes every field and expects a new key.
 */
import { createHash, type Hash } from 'node:crypto';
import { simulateQueues, type SimulationInput, type SimulationResult } from '../capacity/index.js';
import type { CompiledSchedule } from '../time/index.js';
import type { FactsCache } from './facts-cache.js';

const numbers = (hash: Hash, values: ArrayLike<number> | undefined): void => {
  const array = values === undefined ? new Float64Array(0) : values instanceof Float64Array ? values : Float64Array.from(values);
  hash.update(String(array.length)).update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
};

/** Everything that defines a clock's open hours (the zone follows from its name). */
function clockText(clock: CompiledSchedule): string {
  const overrides = [...clock.overrides].sort(([a], [b]) => a - b);
  return JSON.stringify([clock.calendar, clock.timeZone, clock.weekly, [...clock.holidays].sort((a, b) => a - b), overrides]);
}

/**
 * `input.elapsed` must be `clock` indexed over [startMs, drainUntilMs]: the key reads the clock's
 * definition, not the index built from it.
 */
export function simulationKey(input: SimulationInput, clock: CompiledSchedule): string {
  const { arrivalsPerHour, staffing, elapsed: _indexOfClock, ...rest } = input;
  const { atMs, agents, availability, ...restOfStaffing } = staffing;
  const hash = createHash('sha256').update(clockText(clock)).update(JSON.stringify([rest, restOfStaffing]));
  for (const series of [arrivalsPerHour, atMs, agents, availability]) numbers(hash, series);
  return hash.digest('base64');
}

/**
 * simulateQueue(input), computed once for each distinct input in the run's cache. `others` are
 * the same queue with other versions' targets (simulation.ts): those not yet in the cache are
 * measured in the same run (simulateQueues) and kept under their own keys, so the other version
 * finds its result there. Callers must not change the result.
 */
export function simulateOnce(input: SimulationInput, clock: CompiledSchedule, cache: FactsCache, others: readonly SimulationInput[] = []): SimulationResult {
  const key = simulationKey(input, clock);
  return cache.simulation(key, () => {
    const keys = new Set([key]);
    const wanted = others.flatMap((other) => {
      const otherKey = simulationKey(other, clock);
      if (keys.has(otherKey) || cache.hasSimulation(otherKey)) return [];
      keys.add(otherKey);
      return [{ input: other, key: otherKey }];
    });
    const [own, ...rest] = simulateQueues([input, ...wanted.map((w) => w.input)]);
    rest.forEach((result, i) => cache.keepSimulation(wanted[i]!.key, result));
    return own!;
  });
}
