/** Field-level changes inside tags, escalation triggers and teams present in both versions. */
import type { Model } from '../model/model.js';
import type { Change } from './change.js';
import { fieldDiff } from './field-diff.js';
import { common } from './renames.js';

export function compareFields(base: Model, head: Model): Change[] {
  const changes: Change[] = [];
  const diff = fieldDiff(changes);
  for (const [b, a] of common(base, head, 'Tag')) {
    diff('definitions', `tag ${a.name} › meaning`, b.spec.meaning, a.spec.meaning, 'info', `Agents apply '${a.name}' under a reworded definition.`);
    diff('ownership', `tag ${a.name} › owner`, b.spec.owner, a.spec.owner, 'notable', `Tickets tagged '${a.name}' now belong to another owner.`);
    diff('ownership', `tag ${a.name} › default tier`, b.spec.defaultTier, a.spec.defaultTier, 'notable', `Tickets tagged '${a.name}' start in another tier.`);
    diff('ownership', `tag ${a.name} › required fields`, b.spec.requiredFields, a.spec.requiredFields, 'info', `Customers are asked for different details on '${a.name}' tickets.`);
  }
  for (const [b, a] of common(base, head, 'EscalationTrigger')) {
    const s = `escalation ${a.name}`;
    diff('escalation', `${s} › route to`, b.spec.routeTo, a.spec.routeTo, 'notable', `Escalation '${a.name}' now goes to another role.`);
    diff('escalation', `${s} › tier`, b.spec.tier, a.spec.tier, 'notable', `Escalation '${a.name}' raises tickets to another tier.`);
    diff('escalation', `${s} › window`, b.spec.within, a.spec.within, 'notable', `Escalation '${a.name}' has a different pick-up window.`);
    diff('escalation', `${s} › window schedule`, b.spec.schedule, a.spec.schedule, 'notable', `Escalation '${a.name}' counts its window on another clock.`);
    diff('escalation', `${s} › synchronous path`, b.spec.syncChannel, a.spec.syncChannel, (_, after) => (after === undefined ? 'breaking' : 'notable'), `Urgent '${a.name}' cases ${a.spec.syncChannel ? `now move to '${a.spec.syncChannel}'` : 'no longer have a synchronous way out'}.`);
    diff('escalation', `${s} › condition`, b.spec.when, a.spec.when, 'notable', `Escalation '${a.name}' fires on a different condition.`);
  }
  for (const [b, a] of common(base, head, 'Team')) {
    const s = `team ${a.name}`;
    const ch = a.spec.channels;
    for (const key of ['headcount', 'shrinkage', 'occupancy', 'handleTime', 'ticketsPerAgentPerDay', 'concurrency', 'schedule', 'role'] as const) {
      diff('staffing', `${s} › ${key}`, b.spec[key], a.spec[key], 'notable', `Team '${a.name}' changes its ${key}.`, ch);
    }
    diff('staffing', `${s} › channels`, b.spec.channels, a.spec.channels, 'notable', `Team '${a.name}' answers different channels.`, [...new Set([...b.spec.channels, ...a.spec.channels])]);
    diff('staffing', `${s} › tags`, b.spec.tags, a.spec.tags, 'notable', `Team '${a.name}' handles different tags.`, ch);
  }
  return changes;
}
