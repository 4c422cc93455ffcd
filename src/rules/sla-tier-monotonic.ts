import { child } from '../model/model.js';
import type { Tier } from '../model/typed-specs.js';
import { formatDuration } from '../values/durations.js';
import { defineRule } from './define-rule.js';

/** `promise` completes "promises … within 2h". */
const METRICS: { key: string[]; label: string; promise: string; seconds: (t: Tier) => number | undefined }[] = [
  { key: ['acknowledge'], label: 'acknowledge', promise: 'an acknowledgement', seconds: (t) => t.acknowledge?.seconds },
  { key: ['firstResponse'], label: 'first response', promise: 'a first response', seconds: (t) => t.firstResponse.seconds },
  { key: ['nextResponse'], label: 'next response', promise: 'each next response', seconds: (t) => t.nextResponse?.seconds },
  { key: ['resolution', 'median'], label: 'median resolution', promise: 'a median resolution', seconds: (t) => t.resolution?.median.seconds },
  { key: ['resolution', 'p90'], label: '90th-percentile resolution', promise: '90th-percentile resolution', seconds: (t) => t.resolution?.p90.seconds },
];

export default defineRule({
  id: 'sla-tier-monotonic',
  description: 'A more urgent tier (lower priority number) may never be slower than a less urgent tier; tier names and priorities are unique within a policy.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const policy of model.slaPolicies) {
      const tiers = policy.spec.tiers.map((tier, index) => ({ tier, index }));
      const seenNames = new Map<string, number>();
      const seenPriorities = new Map<number, number>();
      for (const { tier, index } of tiers) {
        const at = child(policy.at, 'tiers', index);
        const sameName = seenNames.get(tier.name);
        if (sameName !== undefined) {
          report({ at: child(at, 'name'), message: `Tier name '${tier.name}' is used twice in this policy. Give each tier its own name.`, related: [{ at: child(policy.at, 'tiers', sameName, 'name'), message: 'First use.' }] });
        } else seenNames.set(tier.name, index);
        const samePriority = seenPriorities.get(tier.priority);
        if (samePriority !== undefined) {
          report({ at: child(at, 'priority'), message: `Priority ${tier.priority} is used by two tiers. Give each tier its own priority (1 is the most urgent).`, related: [{ at: child(policy.at, 'tiers', samePriority, 'priority'), message: 'First use.' }] });
        } else seenPriorities.set(tier.priority, index);
      }
      const byUrgency = [...tiers].sort((a, b) => a.tier.priority - b.tier.priority || a.index - b.index);
      for (const metric of METRICS) {
        for (let i = 0; i < byUrgency.length; i++) {
          const urgent = byUrgency[i]!;
          const mine = metric.seconds(urgent.tier);
          if (mine === undefined) continue;
          // Compare with the fastest less-urgent tier so each violation is reported once, against its worst contrast.
          const lessUrgent = byUrgency.slice(i + 1).filter((o) => o.tier.priority > urgent.tier.priority && metric.seconds(o.tier) !== undefined && metric.seconds(o.tier)! < mine);
          const faster = lessUrgent.sort((a, b) => metric.seconds(a.tier)! - metric.seconds(b.tier)!)[0];
          if (!faster) continue;
          report({
            at: child(policy.at, 'tiers', urgent.index, ...metric.key),
            message: `Tier '${urgent.tier.name}' (priority ${urgent.tier.priority}) promises ${metric.promise} within ${formatDuration(mine)}, slower than the less urgent tier '${faster.tier.name}' (priority ${faster.tier.priority}) at ${formatDuration(metric.seconds(faster.tier)!)}. Make the more urgent tier at least as fast.`,
            related: [{ at: child(policy.at, 'tiers', faster.index, ...metric.key), message: `The faster ${metric.label} target of tier '${faster.tier.name}'.` }],
          });
        }
      }
    }
  },
});
