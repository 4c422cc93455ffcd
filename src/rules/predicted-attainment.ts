import { minutesText } from '../feasibility/describe.js';
import { child } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { defineRule } from './define-rule.js';

const pct = (n: number | null) => (n === null ? '?' : `${(n * 100).toFixed(1)}%`);

export default defineRule({
  id: 'predicted-attainment',
  description: 'A seeded queue simulation of each channel over the horizon predicts that every tier meets its published first-response target (the share within the time).',
  defaultSeverity: 'warn',
  check({ model, facts }, report) {
    for (const sim of facts.simulation) {
      const channel = model.find('Channel', sim.channel);
      const policy = channel && slaPolicyOf(model, channel);
      if (!policy) continue;
      for (const tier of sim.tiers) {
        const { mean, low, high } = tier.attainment;
        if (mean === null || mean >= tier.target.share) continue;
        const index = policy.spec.tiers.findIndex((t) => t.name === tier.tier);
        report({
          at: child(policy.at, 'tiers', index, 'firstResponse'),
          message: `On channel '${sim.channel}', the simulation predicts ${pct(mean)} of '${tier.tier}' tickets answered within ${minutesText(tier.target.minutes)} (95% interval ${pct(low)}–${pct(high)}, ${sim.replications} runs, seed ${sim.seed}), below the published ${pct(tier.target.share)}. Half are answered within ${minutesText(tier.p50Minutes)}, 90% within ${minutesText(tier.p90Minutes)}. Add people on shift, shorten handling, or publish a target the staffing can keep.`,
        });
      }
    }
  },
});
