/**
 * An SLA policy's paused clocks (pausedWhile) say what they mean: no pause on the first response
 * (before the first reply nobody has asked the customer anything), none on a clock no tier
 * targets, no customer replies on a channel that cannot wait on them; and, with a measured
 * history, none in a status the export never shows, nor a helpdesk pausing where the policy does
 * not (measure/pause-notes.ts). docs/paused-clocks.md.
 */
import { PAUSABLE_METRICS } from '../schema/kinds/channels.js';
import type { MeasuredMetric } from '../history/ticket-record.js';
import { child, type Entity } from '../model/model.js';
import { defineRule, type RuleReport } from './define-rule.js';

type Report = (problem: RuleReport) => void;

const WORDS: Record<MeasuredMetric, string> = { acknowledge: 'acknowledgement', firstResponse: 'first-response', nextResponse: 'next-response', resolution: 'resolution' };

function declarations(policy: Entity<'SlaPolicy'>, report: Report): void {
  const paused = policy.spec.pausedWhile;
  if (!paused) return;
  for (const metric of PAUSABLE_METRICS) {
    const statuses = paused[metric];
    if (!statuses) continue;
    const at = child(policy.at, 'pausedWhile', metric);
    if (!policy.spec.tiers.some((t) => t[metric] !== undefined)) {
      report({ at, message: `SLA policy '${policy.name}' stops the ${WORDS[metric]} clock while a ticket is ${statuses.join(' or ')}, but none of its tiers has a ${WORDS[metric]} target, so this stops nothing. Remove ${metric} from pausedWhile, or add the target it was meant for.` });
    } else if (metric === 'firstResponse') {
      report({ at, message: `SLA policy '${policy.name}' stops the first-response clock while a ticket is ${statuses.join(' or ')}. Before the first reply nobody has asked the customer anything, so a ticket parked there is one left unanswered while the clock stands still. Remove firstResponse from pausedWhile; pause nextResponse or resolution instead.` });
    }
  }
}

function syncReplies(channel: Entity<'Channel'>, report: Report): void {
  if (channel.spec.mode !== 'sync' || !channel.spec.demand?.customerReplies) return;
  report({ at: child(channel.at, 'demand', 'customerReplies'), message: `Channel '${channel.name}' is sync: the customer waits on the line, so its first reply never leaves them a question to answer later and customerReplies is ignored. Remove customerReplies, or make the channel async if replies come later.` });
}

export default defineRule({
  id: 'pause-declarations',
  description: 'An SLA policy\'s paused clocks stop a clock it targets, never the first response, and (with a ticket history) in statuses the export shows, as the helpdesk pauses them; customer replies are declared only on async channels.',
  defaultSeverity: 'warn',
  check({ model, history }, report) {
    for (const policy of model.slaPolicies) declarations(policy, report);
    for (const channel of model.channels) syncReplies(channel, report);
    for (const note of history?.pauses ?? []) {
      const policy = model.find('SlaPolicy', note.policy);
      if (!policy) continue;
      const at = note.kind === 'helpdesk-paused' ? child(policy.at, ...(policy.spec.pausedWhile ? ['pausedWhile'] : [])) : child(policy.at, 'pausedWhile', note.metrics[0]!);
      report({ at, message: `Channel '${note.channel}': ${note.message}` });
    }
  },
});
