import { demandNote, type FeasibilityFacts } from '../facts/compute-facts.js';
import { TAIL_DAYS } from '../facts/horizon.js';
import { minutesText } from '../values/durations.js';
import { percentText } from '../values/shares.js';
import type { Percentiles, SimulationFact, TargetKind, TargetPrediction, TierPrediction } from '../facts/simulation.js';
import { child } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { defineRule } from './define-rule.js';

/** One decimal, or as many more as it takes (up to 3) for a figure below the target not to print as the target. */
const digitsBelow = (mean: number, share: number) => [1, 2, 3].find((d) => percentText(mean, d) !== percentText(share, d)) ?? 3;
const TAIL = 'Add people on shift, shorten handling, or publish a target the staffing can keep.';

/** How each target reads, where it is written, and which waits describe it. */
const KINDS: Record<TargetKind, { verb: string; path: string[]; waits: (t: TierPrediction) => Percentiles; promise: (share: number) => string }> = {
  acknowledge: { verb: 'acknowledged', path: ['acknowledge'], waits: (t) => t.acknowledge, promise: (s) => `below the published ${percentText(s)}` },
  firstResponse: { verb: 'answered', path: ['firstResponse'], waits: (t) => t.firstResponse, promise: (s) => `below the published ${percentText(s)}` },
  resolutionMedian: { verb: 'resolved', path: ['resolution', 'median'], waits: (t) => t.resolution, promise: (s) => `below the ${percentText(s)} a published median promises` },
  resolutionP90: { verb: 'resolved', path: ['resolution', 'p90'], waits: (t) => t.resolution, promise: (s) => `below the ${percentText(s)} a published 90th percentile promises` },
};

/** Tickets that had not reached the milestone when the simulation stopped: their waits are only lower bounds. */
function missing(tier: TierPrediction, kind: TargetKind): number {
  return tier.unanswered + (kind === 'resolutionMedian' || kind === 'resolutionP90' ? tier.unresolved : 0);
}

function spread(tier: TierPrediction, kind: TargetKind): string {
  const { verb, waits } = KINDS[kind];
  const w = waits(tier);
  const share = missing(tier, kind) / tier.tickets;
  const stopped = `are still not ${verb} when the simulation stops, ${TAIL_DAYS} days after the horizon`;
  if (share >= 0.5) return `More than half ${stopped}.`;
  if (share >= 0.1) return `Half are ${verb} within ${minutesText(w.p50Minutes)}; more than 10% ${stopped}.`;
  return `Half are ${verb} within ${minutesText(w.p50Minutes)}, 90% within ${minutesText(w.p90Minutes)}.`;
}

/**
 * What one sample of the interval spans: a batch of the horizon (4 weeks of a year, the
 * BATCH_DAYS the simulation aims for), or the whole horizon when it is too short to cut.
 */
function sampleLength(horizonDays: number, batches: number): string {
  const days = horizonDays / batches;
  const weeks = Math.round(days / 7);
  return weeks > 0 && Math.abs(days - 7 * weeks) < 0.5 ? `${weeks}-week` : `${Math.round(days)}-day`;
}

function message(sim: SimulationFact, facts: FeasibilityFacts, tier: TierPrediction, target: TargetPrediction): string {
  const horizonDays = facts.horizon.days;
  const { mean, low, high } = target.attainment;
  const kind = KINDS[target.kind];
  const d = digitsBelow(mean!, target.share);
  return `On channel '${sim.channel}', the simulation predicts ${percentText(mean, d)} of '${tier.tier}' tickets ${kind.verb} within ${minutesText(target.minutes)} (95% interval ${percentText(low, d)}–${percentText(high, d)} from ${sim.replications * sim.batches} ${sampleLength(horizonDays, sim.batches)} samples, seed ${sim.seed}), ${kind.promise(target.share)}. ${spread(tier, target.kind)} ${TAIL}${demandNote(facts, sim.channel)}`;
}

export default defineRule({
  id: 'predicted-attainment',
  description: 'A seeded queue simulation of each channel over the horizon predicts that every tier meets each published target: acknowledge, first response (the share within the time) and resolution (half within the median, 90% within the p90).',
  defaultSeverity: 'warn',
  check({ model, facts }, report) {
    for (const sim of facts.simulation) {
      const channel = model.find('Channel', sim.channel);
      const policy = channel && slaPolicyOf(model, channel);
      if (!policy) continue;
      for (const tier of sim.tiers) {
        const index = policy.spec.tiers.findIndex((t) => t.name === tier.tier);
        const at = (path: string[]) => child(policy.at, 'tiers', index, ...path);
        // Nobody to pick a ticket up: one plain finding, not one per target with empty figures.
        if (sim.neverStaffed) {
          report({
            at: at(['firstResponse']),
            message: `Nobody is ever on shift for channel '${sim.channel}' over the horizon, so the simulation answers none of its '${tier.tier}' tickets and no target of the tier can be met (first response: ${percentText(tier.target.share)} within ${minutesText(tier.target.minutes)}). Give the teams that answer it shifts, or have another team answer it.${demandNote(facts, sim.channel)}`,
          });
          continue;
        }
        for (const target of tier.targets) {
          if (target.attainment.mean === null || target.attainment.mean >= target.share) continue;
          report({ at: at(KINDS[target.kind].path), message: message(sim, facts, tier, target) });
        }
      }
    }
  },
});
