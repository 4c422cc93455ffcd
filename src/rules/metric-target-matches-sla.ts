import { child } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { durationSeconds, formatDuration, formatShare, parseTarget } from '../values/written-values.js';
import { defineRule } from './define-rule.js';

/** Which SLA milestone a metric measures, so its target can be compared with the published one. */
const MILESTONE = {
  'first-response-time': (t: { firstResponse: string }) => parseTarget(t.firstResponse),
  'next-response-time': (t: { nextResponse?: string }) => (t.nextResponse ? parseTarget(t.nextResponse) : undefined),
  'resolution-time-median': (t: { resolution?: { median: string } }) => (t.resolution ? { share: 0.5, seconds: durationSeconds(t.resolution.median) } : undefined),
  'resolution-time-p90': (t: { resolution?: { p90: string } }) => (t.resolution ? { share: 0.9, seconds: durationSeconds(t.resolution.p90) } : undefined),
} as const;

export default defineRule({
  id: 'metric-target-matches-sla',
  description: 'A time metric target for a channel and tier is the same as the SLA the channel publishes, so reports measure the promise customers were given.',
  defaultSeverity: 'warn',
  check({ model }, report) {
    for (const targets of model.metricTargets) {
      targets.spec.targets.forEach((target, i) => {
        const read = MILESTONE[target.metric as keyof typeof MILESTONE];
        if (!read || !target.channel || !target.tier || target.target.endsWith('%')) return;
        const channel = model.find('Channel', target.channel);
        const tier = channel && slaPolicyOf(model, channel)?.spec.tiers.find((t) => t.name === target.tier);
        const published = tier ? read(tier as never) : undefined;
        if (!published) return;
        const measured = parseTarget(target.target);
        if (measured.seconds === published.seconds && (target.metric.startsWith('resolution') || measured.share === published.share)) return;
        report({
          at: child(targets.at, 'targets', i, 'target'),
          message: `The ${target.metric} target for '${target.tier}' on '${target.channel}' is ${target.target}, but the channel publishes ${formatShare(published.share)} within ${formatDuration(published.seconds)}. Reports would measure a different promise from the one customers see: make them the same.`,
        });
      });
    }
  },
});
