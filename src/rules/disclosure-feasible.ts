/**
 * The disclosure at a channel's entry point states each tier's first-response promise to
 * customers before they write. This rule holds that text to the feasibility facts: a promise
 * is unsupported when nobody is ever on shift, when the simulation's whole 95% interval falls
 * below the published share, or when coverage or capacity shows it broken (exactly as
 * `coverage-meets-promise` and `capacity-meets-demand` report it, src/facts/broken-promises.ts). The SLA rules judge the policy; this one judges
 * what each channel tells its customers.
 */
import { demandNote } from '../facts/compute-facts.js';
import { minutesText } from '../values/durations.js';
import { percentText, formatShare } from '../values/shares.js';
import { capacityBreak, coverageBreaks, type CapacityBreak } from '../facts/broken-promises.js';
import type { CapacityFact } from '../facts/capacity.js';
import type { CoverageFact } from '../facts/coverage.js';
import type { SimulationFact, TierPrediction } from '../facts/simulation.js';
import type { Tier } from '../model/typed-specs.js';
import { child } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { defineRule } from './define-rule.js';

/** The simulated first-response percentile closest above the published share. */
function supported(tier: TierPrediction, share: number): { share: number; minutes: number } {
  const p = tier.firstResponse;
  if (share <= 0.5) return { share: 0.5, minutes: p.p50Minutes };
  if (share <= 0.9) return { share: 0.9, minutes: p.p90Minutes };
  return { share: 0.95, minutes: p.p95Minutes };
}

/** " The staffing supports about 90% within 1h15m.", or nothing when the percentiles say little (many tickets never answered). */
function offerWords(tier: TierPrediction, share: number): string {
  const offer = supported(tier, share);
  if (!(Number.isFinite(offer.minutes) && offer.minutes > 0) || tier.unanswered / tier.tickets >= 0.1) return '';
  return ` The staffing supports about ${formatShare(offer.share)} within ${minutesText(publishable(offer.minutes))}.`;
}

/** Round a wait up to a time a support lead would publish: 5 minutes, 15 minutes, an hour, a day. */
export function publishable(minutes: number): number {
  const step = minutes <= 60 ? 5 : minutes <= 4 * 60 ? 15 : minutes <= 24 * 60 ? 60 : 24 * 60;
  return Math.max(step, Math.ceil(minutes / step) * step);
}

/** A channel's facts, as this rule reads them. */
interface ChannelFacts {
  coverage: CoverageFact | undefined;
  simulation: SimulationFact | undefined;
  /** What capacity and coverage show broken: this rule never passes a promise they report. */
  capacityBreak: CapacityBreak | undefined;
  coverageBreaks: Tier[];
}

function capacityWords(broken: CapacityBreak, capacity: CapacityFact): string {
  if (broken.kind === 'backlog') return `the backlog that builds while nobody is on shift takes up to ${minutesText(broken.waitMinutes)} of the SLA clock to clear, first in first out`;
  return `demand (${Math.round(capacity.demandPerDay)} a day) exceeds what the staff on shift can clear (${Math.round(capacity.capacityPerDay)} a day)`;
}

/** Why the staffing does not support a tier's promise, strongest evidence first; undefined when it does. */
function shortfall(tier: Tier, facts: ChannelFacts, capacity: CapacityFact | undefined): string | undefined {
  const { coverage, simulation, capacityBreak: broken } = facts;
  const promise = tier.firstResponse;
  const predicted = simulation?.tiers.find((t) => t.tier === tier.name);
  const { mean, high } = predicted?.attainment ?? { mean: null, high: null };
  if (coverage?.neverStaffed || simulation?.neverStaffed || broken?.kind === 'never-staffed') return 'nobody who answers the channel is ever on shift over the horizon';
  if (predicted && high !== null && high < promise.share) return `with this staffing the simulation gets only ${percentText(mean ?? high)} of them in time (95% interval up to ${percentText(high)})`;
  if (coverage && facts.coverageBreaks.includes(tier)) return `nobody who answers it is on shift for up to ${minutesText(coverage.worstWaitMinutes)}, so some customers wait longer`;
  if (capacity && broken?.tiers.includes(tier)) return capacityWords(broken, capacity);
  return undefined;
}

export default defineRule({
  id: 'disclosure-feasible',
  description: 'No channel\'s disclosure promises customers a faster first response than the feasibility facts support: coverage, capacity and the simulated attainment.',
  defaultSeverity: 'error',
  check({ model, facts }, report) {
    for (const channel of model.channels) {
      const policy = slaPolicyOf(model, channel);
      if (!policy) continue;
      const coverage = facts.coverage.channels.find((c) => c.name === channel.name);
      const capacity = facts.capacity.find((c) => c.channel === channel.name);
      const channelFacts: ChannelFacts = {
        coverage,
        simulation: facts.simulation.find((s) => s.channel === channel.name),
        capacityBreak: capacity ? capacityBreak(capacity, policy) : undefined,
        coverageBreaks: coverageBreaks(coverage, policy),
      };
      const noun = channel.spec.mode === 'sync' ? 'contacts are answered' : 'requests get a first reply';
      const unsupported: { index: number; text: string }[] = [];
      policy.spec.tiers.forEach((tier, index) => {
        const why = shortfall(tier, channelFacts, capacity);
        if (!why) return;
        const promise = tier.firstResponse;
        const predicted = channelFacts.simulation?.tiers.find((t) => t.tier === tier.name);
        const stated = `${formatShare(promise.share)} of '${tier.name}' ${noun} within ${minutesText(promise.seconds / 60)}`;
        unsupported.push({ index, text: `${stated}, but ${why}.${predicted ? offerWords(predicted, promise.share) : ''}` });
      });
      if (unsupported.length === 0) continue;
      report({
        at: child(channel.at, 'entryPoint'),
        message: `The disclosure for channel '${channel.name}' promises customers more than the staffing supports: ${unsupported.map((u) => u.text).join(' Also ')} Add people on shift where the promise falls short, or publish what the staffing supports.${demandNote(facts, channel.name)}`,
        related: unsupported.map((u) => ({ at: child(policy.at, 'tiers', u.index, 'firstResponse'), message: `The promise the disclosure states, from SLA policy '${policy.name}'.` })),
      });
    }
  },
});
