/**
 * The feasibility facts the report can show besides the model. Every field is optional: a
 * section appears only for what is given. FeasibilityFacts (src/facts/compute-facts.ts), which
 * `checkPolicies` returns for a whole model, fits as it is; other engines can pass a subset.
 */
import type { CapacityFact } from '../../facts/capacity.js';
import type { CoverageFact } from '../../facts/coverage.js';
import type { SimulationFact } from '../../facts/simulation.js';

export interface ReportFacts {
  /** The real dates the facts were computed over. */
  horizon?: { from: string; days: number };
  /** Stretches with nobody on shift per channel and escalation role, grouped by UTC time with their dates. */
  coverage?: { channels: CoverageFact[]; escalations: CoverageFact[] };
  /** Demand against what the staff on their real shifts can clear, per channel. */
  capacity?: CapacityFact[];
  /** Seeded queue simulation: predicted attainment and first-response percentiles per channel and tier. */
  simulation?: SimulationFact[];
}
