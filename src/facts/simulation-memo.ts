/**
 * A pull request's base and head usually give most channels exactly the same simulation input
 * (a change to wording, routing or one channel leaves the others alone), and a seeded run is a
 * function of its input. So each distinct input is simulated once per run (facts-cache.ts):
 * the key is a digest of everything the run reads. The same key names the simulation in the
 * on-disk cache between runs (host/simulation-store.ts), so a field it leaves out would serve a
 * stale result: test/facts/simulation-key.test.ts changes every field and expects a new key.
 */
import { createHash, type Hash } from 'node:crypto';
import { simulateQueue, type SimulationInput, type SimulationResult } from '../capacity/index.js';
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

/** simulateQueue(input), computed once for each distinct input in the run's cache. Callers must not change the result. */
export function simulateOnce(input: SimulationInput, clock: CompiledSchedule, cache: FactsCache): SimulationResult {
  return cache.simulation(simulationKey(input, clock), () => simulateQueue(input));
}
