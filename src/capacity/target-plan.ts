// The targets each milestone of each tier is measured against ("X % within T": the T values, in
// minutes of the SLA clock) and, for the early stop, their shares X.
import { isShare, requireNonNegative, requireShare } from './input-guards.js';

/** A tier's targets as the simulation's input gives them (SimulationTier). */
export interface TierTargets {
  /** "X % within T": the T values, in minutes of the SLA clock, for each milestone. */
  acknowledgeTargetsMinutes?: readonly number[];
  firstResponseTargetsMinutes?: readonly number[];
  resolutionTargetsMinutes?: readonly number[];
  /** The X of each "X % within T", in [0, 1], by the same index: what `stopWhenMet` compares with. */
  acknowledgeShares?: readonly number[];
  firstResponseShares?: readonly number[];
  resolutionShares?: readonly number[];
}

/** The targets of each tier, by milestone, as the event loop reads them. */
export interface TargetPlan {
  acknowledgeTargets: Float64Array[];
  firstResponseTargets: Float64Array[];
  resolutionTargets: Float64Array[];
  /** The shares of those targets, by the same index; empty unless `stopWhenMet`. */
  acknowledgeShares: Float64Array[];
  firstResponseShares: Float64Array[];
  resolutionShares: Float64Array[];
  stopWhenMet: boolean;
}

/**
 * One version's targets in a run that measures several versions' (simulate.ts): its own plan,
 * and where its targets start among the run's for each milestone (tier × MILESTONES + kind).
 */
export interface TargetView extends TargetPlan {
  offsets: Int32Array;
}

/** Checks the targets (a RangeError names the field) and, with stopWhenMet, one share for each. */
export function targetPlan(input: { tiers: readonly TierTargets[]; stopWhenMet?: boolean }): TargetPlan {
  const targets = (list: readonly number[] | undefined, what: string): Float64Array => {
    const out = Float64Array.from(list ?? []);
    out.forEach((v, j) => requireNonNegative(`${what}[${j}]`, v));
    return out;
  };
  const stopWhenMet = input.stopWhenMet === true;
  const shares = (list: readonly number[] | undefined, of: readonly number[] | undefined, what: string): Float64Array => {
    if (!stopWhenMet) return new Float64Array(0);
    const out = Float64Array.from(list ?? []);
    if (out.length !== (of?.length ?? 0)) throw new RangeError(`${what} needs one share per target with stopWhenMet, got ${out.length} for ${of?.length ?? 0}`);
    out.forEach((v, j) => {
      if (!isShare(v)) requireShare(`${what}[${j}]`, v);
    });
    return out;
  };
  return {
    acknowledgeTargets: input.tiers.map((t, i) => targets(t.acknowledgeTargetsMinutes, `tiers[${i}].acknowledgeTargetsMinutes`)),
    firstResponseTargets: input.tiers.map((t, i) => targets(t.firstResponseTargetsMinutes, `tiers[${i}].firstResponseTargetsMinutes`)),
    resolutionTargets: input.tiers.map((t, i) => targets(t.resolutionTargetsMinutes, `tiers[${i}].resolutionTargetsMinutes`)),
    acknowledgeShares: input.tiers.map((t, i) => shares(t.acknowledgeShares, t.acknowledgeTargetsMinutes, `tiers[${i}].acknowledgeShares`)),
    firstResponseShares: input.tiers.map((t, i) => shares(t.firstResponseShares, t.firstResponseTargetsMinutes, `tiers[${i}].firstResponseShares`)),
    resolutionShares: input.tiers.map((t, i) => shares(t.resolutionShares, t.resolutionTargetsMinutes, `tiers[${i}].resolutionShares`)),
    stopWhenMet,
  };
}

/** A tier's targets by milestone, in run-stats.ts's order: acknowledge, first response, resolution. */
export function milestoneTargets(plan: TargetPlan, tier: number): Float64Array[] {
  return [plan.acknowledgeTargets[tier]!, plan.firstResponseTargets[tier]!, plan.resolutionTargets[tier]!];
}

/** Their shares, in the same order (empty unless stopWhenMet). */
export function milestoneShares(plan: TargetPlan, tier: number): Float64Array[] {
  return [plan.acknowledgeShares[tier]!, plan.firstResponseShares[tier]!, plan.resolutionShares[tier]!];
}

/**
 * The targets one run counts for one or more versions (simulate.ts): each tier's and milestone's,
 * one version's after another's. Each version stops by its own shares, so the union has none.
 */
export function unionTargets(versions: readonly TargetPlan[]): TargetPlan {
  const [first] = versions;
  const joined = (pick: (plan: TargetPlan) => Float64Array[]) => pick(first!).map((_, tier) => Float64Array.from(versions.flatMap((v) => [...pick(v)[tier]!])));
  const none = first!.acknowledgeTargets.map(() => new Float64Array(0));
  return {
    acknowledgeTargets: joined((t) => t.acknowledgeTargets),
    firstResponseTargets: joined((t) => t.firstResponseTargets),
    resolutionTargets: joined((t) => t.resolutionTargets),
    acknowledgeShares: none,
    firstResponseShares: none,
    resolutionShares: none,
    stopWhenMet: false,
  };
}
