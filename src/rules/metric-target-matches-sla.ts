import { child } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import type { Tier } from '../model/typed-specs.js';
import { formatDuration } from '../values/durations.js';
import { formatShare } from '../values/shares.js';
import { Target } from '../values/targets.js';
import { defineRule } from './define-rule.js';

/** Which SLA milestone a metric measures, so its target can be compared with the published one. */
const MILESTONE = {
  'first-response-time': (t: Tier) => t.firstResponse,
  'next-response-time': (t: Tier) => t.nextResponse,
  'resolution-time-median': (t: Tier) => (t.resolution ? { share: 0.5, seconds: t.resolution.median.seconds } : undefined),
  'resolution-time-p90': (t: Tier) => (t.resolution ? { share: 0.9, seconds: t.resolution.p90.seconds } : undefined),
} as const;

export default defineRule({
  id: 'metric-target-matches-sla',
  description: 'A time metric target for a channel and tier is the same as the SLA the channel publishes, so reports measure the promise customers were given.',
  defaultSeverity: 'warn',
  check({ model }, report) {
    for (const targets of model.metricTargets) {
      targets.spec.targets.forEach((target, i) => {
        const read = MILESTONE[target.metric as keyof typeof MILESTONE];
        // A rate ("90%") measures no promise of time.
        const measured = target.target;
        if (!read || !target.channel || !target.tier || !(measured instanceof Target)) return;
        const channel = model.find('Channel', target.channel);
        const tier = channel && slaPolicyOf(model, channel)?.spec.tiers.find((t) => t.name === target.tier);
        const published = tier ? read(tier) : undefined;
        if (!published) return;
        if (measured.seconds === published.seconds && (target.metric.startsWith('resolution') || measured.share === published.share)) return;
        report({
          at: child(targets.at, 'targets', i, 'target'),
          message: `The ${target.metric} target for '${target.tier}' on '${target.channel}' is ${measured.text}, but the channel publishes ${formatShare(published.share)} within ${formatDuration(published.seconds)}. Reports would measure a different promise from the one customers see: make them the same.`,
        });
      });
    }
  },
});
