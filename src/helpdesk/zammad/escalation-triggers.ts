/**
 * EscalationTriggers as Zammad triggers: when a ticket's tags contain one (or all) of the
 * policy's tags and it is not yet at the tier's priority, set that priority and the group of the
 * one team in the role. Selective, so the trigger runs when one of those attributes changes.
 * The group's id is filled in at apply (a reference by key).
 */
import { escalationPlans, type EscalationPlan } from '../escalations.js';
import { keyOf, withMarker } from '../marker.js';
import type { PolicyView } from '../policy-view.js';
import type { DesiredObject, JsonObject, MappingFinding } from '../target.js';
import { ZAMMAD_PRIORITIES, ZAMMAD_PRIORITY_WORDS } from './slas.js';

function escalationTrigger({ escalation: e, priority, team }: EscalationPlan<number>): DesiredObject {
  const name = `escalate-${e.name}`;
  const key = keyOf('trigger', name);
  const condition: JsonObject = {
    'ticket.tags': { operator: e.match === 'all' ? 'contains all' : 'contains one', value: e.tags.join(', ') },
    ...(priority ? { 'ticket.priority_id': { operator: 'is not', value: [String(priority)] } } : {}),
  };
  const perform: JsonObject = {
    ...(priority ? { 'ticket.priority_id': { value: String(priority) } } : {}),
    ...(team ? { 'ticket.group_id': { value: 0 } } : {}),
  };
  const payload: JsonObject = {
    name: `Escalate: ${e.name}`,
    condition,
    perform,
    active: true,
    note: withMarker(`supportops escalation ${e.name}: ${e.condition}`, key),
    activator: 'action',
    execution_condition_mode: 'selective',
  };
  return { type: 'trigger', key, name, payload, refs: team ? { '/perform/ticket.group_id/value': keyOf('group', team) } : {} };
}

export function zammadEscalationTriggers(view: PolicyView): { objects: DesiredObject[]; findings: MappingFinding[] } {
  const { plans, findings } = escalationPlans(view, ZAMMAD_PRIORITIES, 'Zammad', (p) => ZAMMAD_PRIORITY_WORDS[p]!);
  return { objects: plans.map(escalationTrigger), findings };
}
