// Sequential stopping (src/capacity/README.md, "Precision"): replications cost the same whether
// a target is met by a wide margin or barely, and a clear margin is decided by the first. After
// each replication but the last, the run stops once every target is met beyond doubt: the low
// end of its 99.9 % interval (from the batches, as the reported 95 % interval is) above its
// share. A target near its share, or missed, still gets every replication, so a verdict and the
// figures a finding quotes come from the same sample as without the stop.
import { stratifiedEstimate, tCritical999 } from './estimate.js';
import { ACKNOWLEDGE, batchStrata, FIRST_RESPONSE, MILESTONES, RESOLUTION, type RunStats } from './run-stats.js';
import type { SimulationPlan } from './simulation-input.js';

/** Whether the replications so far meet every target of every tier beyond doubt; false while any tier with a share has no ticket. */
export function metBeyondDoubt(plan: SimulationPlan, runs: readonly RunStats[]): boolean {
  const tiers = plan.cumulativeShare.length;
  for (let tier = 0; tier < tiers; tier++) {
    const share = plan.cumulativeShare[tier]! - (tier > 0 ? plan.cumulativeShare[tier - 1]! : 0);
    if (share <= 0) continue;
    if (runs.every((s) => s.ticketsOf(tier) === 0)) return false;
    const byMilestone: [number, Float64Array][] = [
      [ACKNOWLEDGE, plan.acknowledgeShares[tier]!],
      [FIRST_RESPONSE, plan.firstResponseShares[tier]!],
      [RESOLUTION, plan.resolutionShares[tier]!],
    ];
    for (const [kind, shares] of byMilestone) {
      const milestone = tier * MILESTONES + kind;
      for (let j = 0; j < shares.length; j++) {
        const low = stratifiedEstimate(batchStrata(runs, tier, (s, b) => s.hitsIn(milestone, b, j)), 0, 1, tCritical999).ci95?.low;
        if (low === undefined || !(low > shares[j]!)) return false;
      }
    }
  }
  return true;
}
