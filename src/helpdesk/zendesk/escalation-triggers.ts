/**
 * EscalationTriggers as Zendesk triggers: when a ticket carries the tags (any or all, as the
 * policy matches them) and is not yet at the tier's priority, set that priority and assign the
 * group of the one team in the role. The group's id is filled in at apply (a reference by key).
 */
import { escalationPlans, type EscalationPlan } from '../escalations.js';
import { keyOf, withMarker } from '../marker.js';
import type { PolicyView } from '../policy-view.js';
import type { DesiredObject, JsonObject, MappingFinding } from '../target.js';
import { ZENDESK_PRIORITIES, type ZendeskPriority } from './sla-policies.js';

function escalationTrigger({ escalation: e, priority, team }: EscalationPlan<ZendeskPriority>): DesiredObject {
  const name = `escalate-${e.name}`;
  const key = keyOf('trigger', name);
  const tags: JsonObject[] = e.tags.map((tag) => ({ field: 'current_tags', operator: 'includes', value: tag }));
  // Not yet escalated: the trigger stops matching once it has acted, so it acts once.
  const pending: JsonObject = priority ? { field: 'priority', operator: 'is_not', value: priority } : { field: 'group_id', operator: 'is_not', value: 0 };
  const all = [...(e.match === 'all' ? tags : []), pending];
  const actions: JsonObject[] = [...(priority ? [{ field: 'priority', value: priority }] : []), ...(team ? [{ field: 'group_id', value: 0 }] : [])];
  const refs: Record<string, string> = {};
  if (team) {
    refs[`/actions/${actions.length - 1}/value`] = keyOf('group', team);
    if (!priority) refs[`/conditions/all/${all.length - 1}/value`] = keyOf('group', team);
  }
  const payload: JsonObject = {
    title: `Escalate: ${e.name}`,
    active: true,
    description: withMarker(`supportops escalation ${e.name}: ${e.condition}`, key),
    conditions: { all, any: e.match === 'any' ? tags : [] },
    actions,
  };
  return { type: 'trigger', key, name, payload, refs };
}

export function zendeskEscalationTriggers(view: PolicyView): { objects: DesiredObject[]; findings: MappingFinding[] } {
  const { plans, findings } = escalationPlans(view, ZENDESK_PRIORITIES, 'Zendesk', (p) => p);
  return { objects: plans.map(escalationTrigger), findings };
}
