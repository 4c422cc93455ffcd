/**
 * Feasibility facts: what the time and capacity engines found about a valid model, computed
 * once per check and shared by the rules, the JSON report and the generators.
 */
import type { Model } from '../model/model.js';
import { Clocks } from './clocks.js';
import { channelCoverage, escalationCoverage, type CoverageFact } from './coverage.js';
import { horizonFrom, type Horizon } from './horizon.js';

export interface FeasibilityFacts {
  horizon: { from: string; days: number };
  coverage: { channels: CoverageFact[]; escalations: CoverageFact[] };
}

export interface FactsOptions {
  asOf: string;
  horizonDays?: number;
}

export interface FactsContext {
  model: Model;
  clocks: Clocks;
  horizon: Horizon;
}

export function computeFacts(model: Model, options: FactsOptions): FeasibilityFacts {
  const horizon = horizonFrom(options.asOf, options.horizonDays);
  const clocks = new Clocks(model);
  return {
    horizon: { from: horizon.from, days: horizon.days },
    coverage: { channels: channelCoverage(model, clocks, horizon), escalations: escalationCoverage(model, clocks, horizon) },
  };
}
