import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'sla-target-order',
  description: 'Within a tier, acknowledge ≤ first response ≤ resolution (median ≤ p90): a later milestone cannot be due before an earlier one.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const policy of model.slaPolicies) {
      policy.spec.tiers.forEach((tier, i) => {
        const at = child(policy.at, 'tiers', i);
        const steps: { key: string[]; label: string; seconds: number }[] = [];
        if (tier.acknowledge) steps.push({ key: ['acknowledge'], label: 'acknowledge', seconds: tier.acknowledge.seconds });
        steps.push({ key: ['firstResponse'], label: 'first response', seconds: tier.firstResponse.seconds });
        if (tier.resolution) {
          steps.push({ key: ['resolution', 'median'], label: 'median resolution', seconds: tier.resolution.median.seconds });
          steps.push({ key: ['resolution', 'p90'], label: '90th-percentile resolution', seconds: tier.resolution.p90.seconds });
        }
        for (let k = 1; k < steps.length; k++) {
          const before = steps.slice(0, k).reduce((a, b) => (b.seconds > a.seconds ? b : a));
          const step = steps[k]!;
          if (step.seconds < before.seconds) {
            report({
              at: child(at, ...step.key),
              message: `In tier '${tier.name}', the ${step.label} target is shorter than the ${before.label} target. Make ${step.label} at least as long as ${before.label}.`,
              related: [{ at: child(at, ...before.key), message: `The ${before.label} target.` }],
            });
          }
        }
        if (tier.nextResponse && tier.resolution && tier.nextResponse.seconds > tier.resolution.p90.seconds) {
          report({
            at: child(at, 'nextResponse'),
            message: `In tier '${tier.name}', the next-response target is longer than the 90th-percentile resolution target. Shorten the next response or lengthen the resolution target.`,
          });
        }
      });
    }
  },
});
