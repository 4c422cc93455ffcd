/**
 * Two kinds of Zendesk triggers, both derived from the policies:
 * - one per channel and tier that sends the generated auto-acknowledgement (the same text
 *   `supportops build` writes to acknowledgements/<channel>/<tier>.md) to the requester when a
 *   ticket is created on that channel with a priority of that tier;
 * - one per SLA policy and tier that sets the priority from the tags whose default tier it is,
 *   so the SLA policy's metrics for that priority apply.
 */
import type { AcknowledgementView, PolicyView, SlaView } from '../policy-view.js';
import type { DesiredObject, JsonObject, MappingFinding } from '../target.js';
import { keyOf, withMarker } from '../marker.js';
import { mapPlaceholders, subjectAndBody, type PlaceholderTable } from '../placeholders.js';
import { assignPriorities, prioritiesOf } from '../priorities.js';
import { viaConditions } from './via-types.js';
import { ZENDESK_PRIORITIES } from './sla-policies.js';

/** supportops placeholders in Zendesk's Liquid spelling. */
export const ZENDESK_PLACEHOLDERS: PlaceholderTable = {
  'ticket.id': '{{ticket.id}}',
  'ticket.subject': '{{ticket.title}}',
  'ticket.url': '{{ticket.url}}',
  'customer.name': '{{ticket.requester.name}}',
  'customer.email': '{{ticket.requester.email}}',
  'agent.name': '{{ticket.assignee.name}}',
};

const CREATED = { field: 'update_type', operator: 'is', value: 'Create' };

function priorityConditions(priorities: readonly string[]): JsonObject[] {
  return priorities.map((value) => ({ field: 'priority', operator: 'is', value }));
}

function acknowledgementTrigger(ack: AcknowledgementView, view: PolicyView, findings: MappingFinding[]): DesiredObject | null {
  const channel = view.channels.find((c) => c.name === ack.channel);
  const policy = view.slaPolicies.find((p) => p.name === channel?.slaPolicy);
  if (!channel || !policy) return null;
  const via = viaConditions([channel]);
  findings.push(...via.findings);
  if (via.conditions.length === 0) return null;
  const { assigned } = assignPriorities(policy, ZENDESK_PRIORITIES, 'Zendesk', (p) => p);
  const tier = policy.tiers.find((t) => t.name === ack.tier);
  const priorities = tier ? prioritiesOf(assigned, tier) : [];
  if (priorities.length === 0) return null;
  const { subject, body } = subjectAndBody(mapPlaceholders(ack.body, ZENDESK_PLACEHOLDERS));
  const name = `ack-${ack.channel}-${ack.tier}`;
  const key = keyOf('trigger', name);
  const payload: JsonObject = {
    title: `Acknowledge ${channel.displayName} (${ack.tier})`,
    active: true,
    description: withMarker(`Sends the supportops acknowledgement for channel ${ack.channel}, tier ${ack.tier}.`, key),
    conditions: { all: [CREATED, ...via.conditions], any: priorityConditions(priorities) },
    actions: [{ field: 'notification_user', value: ['requester_id', subject, body] }],
  };
  return { type: 'trigger', key, name, payload, refs: {} };
}

function priorityTriggers(policy: SlaView, view: PolicyView, findings: MappingFinding[]): DesiredObject[] {
  const channels = view.channels.filter((c) => policy.channels.includes(c.name));
  const via = viaConditions(channels);
  findings.push(...via.findings);
  if (via.conditions.length === 0) return [];
  const { assigned } = assignPriorities(policy, ZENDESK_PRIORITIES, 'Zendesk', (p) => p);
  return policy.tiers.flatMap((tier) => {
    const tags = view.tags.filter((t) => t.defaultTier === tier.name).map((t) => t.name).sort();
    const priority = prioritiesOf(assigned, tier)[0];
    if (tags.length === 0 || !priority) return [];
    const name = `priority-${policy.name}-${tier.name}`;
    const key = keyOf('trigger', name);
    const payload: JsonObject = {
      title: `Priority ${priority} for ${tier.name} tags (${policy.name})`,
      active: true,
      description: withMarker(`Sets the priority of tier ${tier.name} of SLA policy ${policy.name} from the tags whose default tier it is.`, key),
      conditions: { all: [CREATED, { field: 'current_tags', operator: 'includes', value: tags.join(' ') }], any: via.conditions },
      actions: [{ field: 'priority', value: priority }],
    };
    return [{ type: 'trigger', key, name, payload, refs: {} }];
  });
}

export function triggerObjects(view: PolicyView): { objects: DesiredObject[]; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  const acks = view.acknowledgements.flatMap((ack) => acknowledgementTrigger(ack, view, findings) ?? []);
  const priorities = view.slaPolicies.filter((p) => p.channels.length > 0).flatMap((p) => priorityTriggers(p, view, findings));
  return { objects: [...acks, ...priorities], findings };
}
