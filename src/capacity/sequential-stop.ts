// Sequential stopping (src/capacity/README.md, "Precision"): replications cost the same whether
// a target is met by a wide margin or barely, and a clear margin is decided by the first. After
// each replication but the last, the run stops once every target is met beyond doubt: the low
// end of its 99.9 % interval (from the batches, as the reported 95 % interval is) above its
// share. A target near its share, or missed, still gets every replication, so a verdict and the
// figures a finding quotes come from the same sample as without the stop.
import { stratifiedEstimate, tCritical999 } from './estimate.js';
import { batchStrata, MILESTONES, type RunStats } from './run-stats.js';
import { milestoneShares, type TargetView } from './target-plan.js';

/**
 * Whether the replications so far meet every target of `view` (one version's, simulate.ts)
 * beyond doubt; false while any tier with a share of the arrivals has no ticket.
 */
export function metBeyondDoubt(cumulativeShare: Float64Array, view: TargetView, runs: readonly RunStats[]): boolean {
  const tiers = cumulativeShare.length;
  for (let tier = 0; tier < tiers; tier++) {
    const share = cumulativeShare[tier]! - (tier > 0 ? cumulativeShare[tier - 1]! : 0);
    if (share <= 0) continue;
    if (runs.every((s) => s.ticketsOf(tier) === 0)) return false;
    for (const [kind, shares] of milestoneShares(view, tier).entries()) {
      const milestone = tier * MILESTONES + kind;
      const offset = view.offsets[milestone]!;
      for (let j = 0; j < shares.length; j++) {
        const low = stratifiedEstimate(batchStrata(runs, tier, (s, from, to) => s.hitsIn(milestone, from, to, offset + j)), 0, 1, tCritical999).ci95?.low;
        if (low === undefined || !(low > shares[j]!)) return false;
      }
    }
  }
  return true;
}
