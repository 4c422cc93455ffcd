// The queue simulation's public face: run R seeded replications and sum them
// up per tier. Attainment and mean waits get a 95 % t-interval across the
// replications (with batches, the replications compared batch by batch:
// stratifiedEstimate); percentiles come from the pooled histograms of all of them.

import { stratifiedEstimate, type Estimate } from './estimate.js';
import { WaitHistogram } from './histogram.js';
import { MS_PER_MINUTE } from './wait-clock.js';
import { deriveSeed } from './prng.js';
import { planSimulation, type SimulationInput } from './simulation-input.js';
import { runReplication, type ReplicationStats } from './simulation-run.js';
import './warm-up.js';
import { ACKNOWLEDGE, batchStrata, FIRST_RESPONSE, MILESTONES, RESOLUTION, type RunStats } from './run-stats.js';
import { metBeyondDoubt } from './sequential-stop.js';

export interface TargetAttainment {
  targetMinutes: number;
  /** Share of tickets within the target, in [0, 1]. */
  attainment: Estimate;
}

export interface WaitSummary {
  meanMinutes: Estimate;
  /** Pooled over all replications; precision as in WaitHistogram (±0.8 %). */
  p50Minutes: number;
  p90Minutes: number;
  p95Minutes: number;
  maxMinutes: number;
  attainment: TargetAttainment[];
}

export interface TierResult {
  name: string;
  priority: number;
  /** Measured tickets, all replications together. */
  tickets: number;
  /** Of which still waiting for an agent when the run stopped (they miss every target). */
  unanswered: number;
  /** Of which answered but with their follow-up not done when the run stopped (they miss the resolution targets). */
  unresolved: number;
  acknowledge: WaitSummary;
  firstResponse: WaitSummary;
  resolution: WaitSummary;
  /** Most tickets of the tier waiting for an agent at once (largest over replications). */
  peakBacklog: number;
  /** Longest calendar minutes any ticket waited for an agent to take it. */
  oldestWaitMinutes: number;
}

export interface SimulationResult {
  seed: number;
  replications: number;
  /** Samples per replication behind the intervals (1 unless batchMs was given). */
  batches: number;
  /** Tickets that arrived, all replications together (measured or not). */
  arrivals: number;
  /** Most tickets waiting at once, all tiers (largest over replications). */
  peakBacklog: number;
  tiers: TierResult[];
}

/**
 * Seeded discrete-event simulation of a priority queue of tickets served by a
 * time-varying staff. Replication r uses deriveSeed(seed, r), so the same seed
 * gives the same numbers on any machine and in any host time zone.
 */
export function simulateQueue(input: SimulationInput): SimulationResult {
  const plan = planSimulation(input);
  const runs: ReplicationStats[] = [];
  for (let r = 0; r < plan.replications; r++) {
    runs.push(runReplication(plan, deriveSeed(plan.seed, r)));
    if (plan.stopWhenMet && r + 1 < plan.replications && metBeyondDoubt(plan, runs.map((run) => run.stats))) break;
  }
  const stats = runs.map((run) => run.stats);
  return {
    seed: plan.seed,
    replications: runs.length,
    batches: plan.batches,
    arrivals: runs.reduce((s, run) => s + run.arrivals, 0),
    peakBacklog: Math.max(...runs.map((run) => run.peakBacklog)),
    tiers: input.tiers.map((tier, i) => ({
      name: tier.name,
      priority: tier.priority,
      tickets: sum(stats, (s) => s.ticketsOf(i)),
      unanswered: sum(stats, (s) => s.unanswered[i]!),
      unresolved: sum(stats, (s) => s.unresolved[i]!),
      acknowledge: summarise(stats, i, ACKNOWLEDGE, plan.acknowledgeTargets[i]!),
      firstResponse: summarise(stats, i, FIRST_RESPONSE, plan.firstResponseTargets[i]!),
      resolution: summarise(stats, i, RESOLUTION, plan.resolutionTargets[i]!),
      peakBacklog: Math.max(...stats.map((s) => s.peakBacklog[i]!)),
      oldestWaitMinutes: Math.max(...stats.map((s) => s.oldestWaitMs[i]!)) / MS_PER_MINUTE,
    })),
  };
}

/**
 * Attainment and mean waits: one sample per batch of each replication (one batch: per
 * replication), stratified by batch; percentiles from the histograms pooled over everything.
 */
function summarise(runs: RunStats[], tier: number, kind: number, targets: Float64Array): WaitSummary {
  const milestone = tier * MILESTONES + kind;
  const pooled = new WaitHistogram();
  for (const s of runs) pooled.merge(s.histograms[s.trackOf[milestone]!]!);
  const samples = (value: (s: RunStats, batch: number) => number, lower = -Infinity, upper = Infinity): Estimate => stratifiedEstimate(batchStrata(runs, tier, value), lower, upper);
  return {
    meanMinutes: samples((s, b) => s.sumIn(milestone, b)),
    p50Minutes: pooled.quantile(0.5),
    p90Minutes: pooled.quantile(0.9),
    p95Minutes: pooled.quantile(0.95),
    maxMinutes: pooled.maxMinutes,
    attainment: Array.from(targets, (targetMinutes, j) => ({ targetMinutes, attainment: samples((s, b) => s.hitsIn(milestone, b, j), 0, 1) })),
  };
}

function sum(stats: RunStats[], of: (s: RunStats) => number): number {
  return stats.reduce((acc, s) => acc + of(s), 0);
}
