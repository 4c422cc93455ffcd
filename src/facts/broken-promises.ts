/**
 * Which first-response promises capacity and coverage show broken, decided once so that
 * `capacity-meets-demand`, `coverage-meets-promise` and `disclosure-feasible` cannot disagree
 * about one promise (docs/domain.md, "One service model").
 */
import type { Entity } from '../model/model.js';
import type { Tier } from '../model/typed-specs.js';
import type { CapacityFact } from './capacity.js';
import type { CoverageFact } from './coverage.js';

export type CapacityBreak =
  /** Volume, but nobody who answers the channel is ever on shift: every tier. */
  | { kind: 'never-staffed'; tiers: Tier[] }
  /** Demand above what the staff can clear: the backlog grows without end, so every tier. */
  | { kind: 'over-capacity'; tiers: Tier[] }
  /** The backlog built while nobody is on shift outlasts the least urgent tier's promise. */
  | { kind: 'backlog'; tiers: Tier[]; waitMinutes: number };

/** The least urgent tier: the one the first-in-first-out backlog is held to. */
export function slowestTier(policy: Entity<'SlaPolicy'>): Tier | undefined {
  return [...policy.spec.tiers].sort((a, b) => b.priority - a.priority)[0];
}

/** What capacity shows broken on a channel with volume; undefined when its promises hold. */
export function capacityBreak(fact: CapacityFact, policy: Entity<'SlaPolicy'> | undefined): CapacityBreak | undefined {
  if (fact.demandPerDay === 0) return undefined;
  const tiers = policy?.spec.tiers ?? [];
  if (fact.capacityPerDay === 0) return { kind: 'never-staffed', tiers };
  if (fact.utilization > 1) return { kind: 'over-capacity', tiers };
  const wait = fact.backlog?.worstWaitMinutes;
  const slowest = policy ? slowestTier(policy) : undefined;
  if (wait === undefined || wait === null || !slowest || !(wait > slowest.firstResponse.seconds / 60)) return undefined;
  return { kind: 'backlog', tiers: [slowest], waitMinutes: wait };
}

/** The tiers whose first-response promise is longer than coverage allows. */
export function coverageBreaks(fact: CoverageFact | undefined, policy: Entity<'SlaPolicy'>): Tier[] {
  if (!fact) return [];
  const broken = new Set(fact.targets.filter((t) => !t.met).map((t) => t.label));
  return policy.spec.tiers.filter((t) => broken.has(t.name));
}
