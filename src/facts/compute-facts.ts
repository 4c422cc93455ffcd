/**
 * Feasibility facts: what the time and capacity engines found about a valid model, computed
 * once per check and shared by the rules, the JSON report and the generators.
 */
import type { Model } from '../model/model.js';
import { capacityFacts, type CapacityFact } from './capacity.js';
import { feasibilityInputs } from './channel-inputs.js';
import { Clocks } from './model-clocks.js';
import { channelCoverage, escalationCoverage, type CoverageFact } from './coverage.js';
import { FactsCache } from './facts-cache.js';
import { horizonFrom } from './horizon.js';
import { simulationFacts, type SimulationFact } from './simulation.js';

/** Which channels' demand was measured from a ticket export rather than declared (check --history). */
export interface DemandSource {
  /** The export, as messages name it. */
  export: string;
  /** The days measured: "2026-09-01..2026-11-30". */
  window: string;
  /** Channels checked with measured demand; every other channel uses its declared demand. */
  measured: string[];
}

export interface FeasibilityFacts {
  horizon: { from: string; days: number };
  /** Present only when some demand was measured: the rules, the report and the JSON say so. */
  demand?: DemandSource;
  coverage: { channels: CoverageFact[]; escalations: CoverageFact[] };
  capacity: CapacityFact[];
  simulation: SimulationFact[];
}

/** A sentence for findings on a channel checked with measured demand (check --history); '' otherwise. */
export function demandNote(facts: Pick<FeasibilityFacts, 'demand'>, channel: string): string {
  const d = facts.demand;
  return d && d.measured.includes(channel) ? ` (Demand measured from ${d.export} over ${d.window}, not the declared demand.)` : '';
}

export interface FactsOptions {
  asOf: string;
  horizonDays?: number;
  /** Reuse across the versions of one run (facts-cache.ts); without it nothing is reused. */
  cache?: FactsCache;
  /** The model's demand was measured for these channels (the model given already carries it). */
  demand?: DemandSource;
}

/** Facts depend only on schedules, teams, channels, SLA policies, triggers, roles and the horizon. */
function inputsKey(model: Model, options: FactsOptions): string {
  const specs = (list: { name: string; spec: unknown }[]) => list.map((e) => [e.name, e.spec]);
  return JSON.stringify([options.asOf, options.horizonDays ?? null, options.demand ?? null, specs(model.schedules), specs(model.teams), specs(model.channels), specs(model.slaPolicies), specs(model.triggers), specs(model.roles)]);
}

export function computeFacts(model: Model, options: FactsOptions): FeasibilityFacts {
  const cache = options.cache ?? new FactsCache();
  return cache.facts(inputsKey(model, options), () => computeFreshFacts(model, options, cache));
}

function computeFreshFacts(model: Model, options: FactsOptions, cache: FactsCache): FeasibilityFacts {
  const horizon = horizonFrom(options.asOf, options.horizonDays);
  const clocks = new Clocks(model);
  // Capacity and the simulation share the per-channel demand, staffing and clock index.
  const channels = feasibilityInputs(model, clocks, horizon, cache);
  const facts = {
    horizon: { from: horizon.from, days: horizon.days },
    ...(options.demand ? { demand: options.demand } : {}),
    coverage: { channels: channelCoverage(model, clocks, horizon), escalations: escalationCoverage(model, clocks, horizon) },
    capacity: capacityFacts(channels),
  } as FeasibilityFacts;
  // The simulation is most of the cost, and only its readers need it (the rules that predict
  // attainment, the report): it runs on the first read, so the diff, which compares coverage
  // and capacity, never starts it. It stays an ordinary enumerable field for JSON and spreads.
  let simulation: SimulationFact[] | undefined;
  Object.defineProperty(facts, 'simulation', { enumerable: true, get: () => (simulation ??= simulationFacts(channels, cache)) });
  return facts;
}
