// The queue simulation's public face: run R seeded replications and sum them
// up per tier. Attainment and mean waits get a 95 % t-interval across the
// replications (with batches, the replications compared batch by batch:
// stratifiedEstimate); percentiles come from the pooled histograms of all of them.
//
// Versions of one queue that differ only in their targets (a pull request that loosens a tier)
// share one run: the waits do not depend on the targets, and each target's hits are counted
// apart, so each version's result is exactly the one it would get alone (simulateQueues).

import { stratifiedEstimate, type Estimate } from './estimate.js';
import { WaitHistogram } from './histogram.js';
import { MS_PER_MINUTE } from './wait-clock.js';
import { deriveSeed } from './prng.js';
import { planSimulation, type SimulationInput } from './simulation-input.js';
import { runReplication, type ReplicationStats } from './simulation-run.js';
import './warm-up.js';
import { ACKNOWLEDGE, batchStrata, FIRST_RESPONSE, MILESTONES, RESOLUTION, type RunStats } from './run-stats.js';
import { metBeyondDoubt } from './sequential-stop.js';
import { milestoneTargets, targetPlan, unionTargets, type TargetView } from './target-plan.js';

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
  return simulateQueues([input])[0]!;
}

/** Each version's targets (checked), and where they start among the union's, by tier and milestone. */
function viewsOf(inputs: readonly SimulationInput[]): TargetView[] {
  const tiers = inputs[0]!.tiers.length;
  const next = new Int32Array(tiers * MILESTONES);
  return inputs.map((input) => {
    if (input.tiers.length !== tiers) throw new RangeError(`simulateQueues needs versions with the same tiers, got ${input.tiers.length} and ${tiers}`);
    const own = targetPlan(input);
    const offsets = new Int32Array(tiers * MILESTONES);
    for (let tier = 0; tier < tiers; tier++) {
      milestoneTargets(own, tier).forEach((targets, kind) => {
        const milestone = tier * MILESTONES + kind;
        offsets[milestone] = next[milestone]!;
        next[milestone]! += targets.length;
      });
    }
    return { ...own, offsets };
  });
}

/**
 * simulateQueue for versions of one input that differ only in their tiers' targets and shares
 * (and stopWhenMet): one run counts every version's targets, each version stops at its own
 * replication, and result i equals simulateQueue(inputs[i]). Everything else is read from
 * inputs[0]; the caller vouches that it is the same in every version.
 */
export function simulateQueues(inputs: readonly SimulationInput[]): SimulationResult[] {
  if (inputs.length === 0) return [];
  const views = viewsOf(inputs);
  const plan = planSimulation(inputs[0]!, unionTargets(views));
  const runs: ReplicationStats[] = [];
  // Replications each version uses; 0 while undecided.
  const used = views.map(() => 0);
  for (let r = 0; r < plan.replications && used.includes(0); r++) {
    runs.push(runReplication(plan, deriveSeed(plan.seed, r)));
    const stats = runs.map((run) => run.stats);
    views.forEach((view, v) => {
      if (used[v] === 0 && (r + 1 === plan.replications || (view.stopWhenMet && metBeyondDoubt(plan.cumulativeShare, view, stats)))) used[v] = r + 1;
    });
  }
  return inputs.map((input, v) => resultOf(input, views[v]!, plan.seed, plan.batches, runs.slice(0, used[v])));
}

function resultOf(input: SimulationInput, view: TargetView, seed: number, batches: number, runs: ReplicationStats[]): SimulationResult {
  const stats = runs.map((run) => run.stats);
  return {
    seed,
    replications: runs.length,
    batches,
    arrivals: runs.reduce((s, run) => s + run.arrivals, 0),
    peakBacklog: Math.max(...runs.map((run) => run.peakBacklog)),
    tiers: input.tiers.map((tier, i) => ({
      name: tier.name,
      priority: tier.priority,
      tickets: sum(stats, (s) => s.ticketsOf(i)),
      unanswered: sum(stats, (s) => s.unanswered[i]!),
      unresolved: sum(stats, (s) => s.unresolved[i]!),
      acknowledge: summarise(stats, i, ACKNOWLEDGE, view),
      firstResponse: summarise(stats, i, FIRST_RESPONSE, view),
      resolution: summarise(stats, i, RESOLUTION, view),
      peakBacklog: Math.max(...stats.map((s) => s.peakBacklog[i]!)),
      oldestWaitMinutes: Math.max(...stats.map((s) => s.oldestWaitMs[i]!)) / MS_PER_MINUTE,
    })),
  };
}

/**
 * Attainment and mean waits: one sample per batch of each replication (one batch: per
 * replication), stratified by batch; percentiles from the histograms pooled over everything.
 * Attainment is of `view`'s targets, wherever the run counted them.
 */
function summarise(runs: RunStats[], tier: number, kind: number, view: TargetView): WaitSummary {
  const milestone = tier * MILESTONES + kind;
  const targets = milestoneTargets(view, tier)[kind]!;
  const offset = view.offsets[milestone]!;
  const pooled = new WaitHistogram();
  for (const s of runs) pooled.merge(s.histograms[s.trackOf[milestone]!]!);
  const samples = (value: (s: RunStats, from: number, to: number) => number, lower = -Infinity, upper = Infinity): Estimate => stratifiedEstimate(batchStrata(runs, tier, value), lower, upper);
  return {
    meanMinutes: samples((s, from, to) => s.sumIn(milestone, from, to)),
    p50Minutes: pooled.quantile(0.5),
    p90Minutes: pooled.quantile(0.9),
    p95Minutes: pooled.quantile(0.95),
    maxMinutes: pooled.maxMinutes,
    attainment: Array.from(targets, (targetMinutes, j) => ({ targetMinutes, attainment: samples((s, from, to) => s.hitsIn(milestone, from, to, offset + j), 0, 1) })),
  };
}

function sum(stats: RunStats[], of: (s: RunStats) => number): number {
  return stats.reduce((acc, s) => acc + of(s), 0);
}
