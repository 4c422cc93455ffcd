/**
 * What a run may reuse between the policy versions it reads. A pull request's base and head
 * usually agree on schedules, teams, channels and SLA policies, and on most channels'
 * simulation inputs: with one cache passed to both checks and the diff, each distinct input is
 * computed once. Nothing is kept between runs in memory; a store given to the cache (the host's
 * folder on disk) keeps simulations between runs.
 */
import type { SimulationResult } from '../capacity/index.js';
import type { Model } from '../model/model.js';
import type { Tier } from '../model/typed-specs.js';

/** Enough for a baseline check and a diff (two versions, with and without the tail). */
const MAX_FACTS = 4;
/**
 * Enough for both sides of a diff of a large organisation, every channel changed (a result is a
 * few kilobytes of summaries: no histogram, no ticket).
 */
const MAX_SIMULATIONS = 1024;
/** Zones × spans of the arrival profiles and the load series. */
const MAX_SLOT_SERIES = 32;

/** The value for `key`, computed once; the oldest entry goes first when the map is full. */
function remembered<T>(map: Map<string, T>, max: number, key: string, compute: () => T): T {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

/**
 * Simulations kept between runs, by the same key. A store answers undefined for anything it
 * cannot vouch for (missing, unreadable, corrupt) and swallows its own write failures: it may
 * only ever save work, never change a result or fail a run.
 */
export interface SimulationStore {
  read(key: string): SimulationResult | undefined;
  write(key: string, result: SimulationResult): void;
}

export class FactsCache {
  constructor(private readonly store?: SimulationStore) {}

  /** FeasibilityFacts (compute-facts.ts, which this file must not import: the facts import the cache). */
  private readonly byInputs = new Map<string, unknown>();
  private readonly simulations = new Map<string, SimulationResult>();
  private readonly slotSeries = new Map<string, Uint8Array>();
  /** Each SLA policy's distinct tiers in the versions of the run, by policy name (versionsOfRun), with their JSON. */
  private readonly slaTiers = new Map<string, { tiers: readonly Tier[]; text: string }[]>();

  /**
   * Tells the cache which versions of the policies this run will check (a pull request's base and
   * head), before the first is checked: a channel whose SLA policy only changed its targets is
   * then simulated once for every version (simulation-memo.ts).
   */
  versionsOfRun(models: readonly Model[]): void {
    for (const model of models) {
      for (const policy of model.slaPolicies) {
        const versions = this.slaTiers.get(policy.name) ?? [];
        const text = JSON.stringify(policy.spec.tiers);
        if (!versions.some((v) => v.text === text)) versions.push({ tiers: policy.spec.tiers, text });
        this.slaTiers.set(policy.name, versions);
      }
    }
  }

  /** The tiers other versions of the run give the SLA policy `name`, when they differ from `own`. */
  tiersElsewhere(name: string, own: readonly Tier[]): readonly (readonly Tier[])[] {
    const versions = this.slaTiers.get(name);
    if (!versions) return [];
    const text = JSON.stringify(own);
    return versions.filter((v) => v.text !== text).map((v) => v.tiers);
  }

  /** A model's facts, by a key of everything they read (compute-facts.ts). Callers must not change them. */
  facts<T>(key: string, compute: () => T): T {
    return remembered(this.byInputs, MAX_FACTS, key, compute) as T;
  }

  /** A simulation, by a digest of its input (simulation-memo.ts). Callers must not change the result. */
  simulation(key: string, run: () => SimulationResult): SimulationResult {
    return remembered(this.simulations, MAX_SIMULATIONS, key, () => {
      const kept = this.store?.read(key);
      if (kept) return kept;
      const result = run();
      this.store?.write(key, result);
      return result;
    });
  }

  /** Whether a simulation is in memory (the store is not asked). */
  hasSimulation(key: string): boolean {
    return this.simulations.has(key);
  }

  /** Keeps a simulation computed along with another (simulation-memo.ts), and stores it. */
  keepSimulation(key: string, result: SimulationResult): void {
    remembered(this.simulations, MAX_SIMULATIONS, key, () => {
      this.store?.write(key, result);
      return result;
    });
  }

  /** Hours of the week of a span in a zone (demand.ts). */
  hourOfWeekSlots(key: string, compute: () => Uint8Array): Uint8Array {
    return remembered(this.slotSeries, MAX_SLOT_SERIES, key, compute);
  }
}
