/**
 * Teams as Zammad groups, Templates as text modules, and the generated acknowledgements as
 * triggers that email the customer when a ticket is created on the channel with a priority of
 * the tier (Zammad's own auto-reply is a trigger too; api/trigger.rst).
 */
import type { AcknowledgementView, PolicyView } from '../policy-view.js';
import type { DesiredObject, JsonObject, MappingFinding } from '../target.js';
import { keyOf, withMarker } from '../marker.js';
import { markdownHtml } from '../html.js';
import { mapPlaceholders, subjectAndBody, type PlaceholderTable } from '../placeholders.js';
import { assignPriorities, prioritiesOf } from '../priorities.js';
import { sectionsText } from '../template-text.js';
import { articleTypes, ZAMMAD_PRIORITIES, ZAMMAD_PRIORITY_WORDS } from './slas.js';

export const ZAMMAD_PLACEHOLDERS: PlaceholderTable = {
  'ticket.id': '#{ticket.number}',
  'ticket.subject': '#{ticket.title}',
  'ticket.url': '#{config.http_type}://#{config.fqdn}/#ticket/zoom/#{ticket.id}',
  'customer.name': '#{ticket.customer.fullname}',
  'customer.email': '#{ticket.customer.email}',
  'agent.name': '#{ticket.owner.fullname}',
};

export function zammadGroupObjects(view: PolicyView): DesiredObject[] {
  return view.teams.map((team) => {
    const key = keyOf('group', team.name);
    return { type: 'group', key, name: team.name, refs: {}, payload: { name: team.name, note: withMarker(`supportops team ${team.name} (role ${team.role}).`, key), active: true } };
  });
}

export function textModuleObjects(view: PolicyView): DesiredObject[] {
  return view.templates.filter((t) => t.purpose !== 'acknowledgement' && t.sections.length > 0).map((template) => {
    const key = keyOf('text_module', template.name);
    return {
      type: 'text_module', key, name: template.name, refs: {},
      payload: { name: `${template.name} (${template.purpose})`, keywords: template.name, content: markdownHtml(sectionsText(template)), note: withMarker(`supportops ${template.purpose} template ${template.name}.`, key), active: true },
    };
  });
}

function ackTrigger(ack: AcknowledgementView, view: PolicyView, findings: MappingFinding[]): DesiredObject | null {
  const channel = view.channels.find((c) => c.name === ack.channel);
  const policy = view.slaPolicies.find((p) => p.name === channel?.slaPolicy);
  if (!channel || !policy) return null;
  const types = articleTypes([channel], findings);
  const tier = policy.tiers.find((t) => t.name === ack.tier);
  const priorities = tier ? prioritiesOf(assignPriorities(policy, ZAMMAD_PRIORITIES, 'Zammad', (p) => ZAMMAD_PRIORITY_WORDS[p]!).assigned, tier) : [];
  if (types.length === 0 || priorities.length === 0) return null;
  const name = `ack-${ack.channel}-${ack.tier}`;
  const key = keyOf('trigger', name);
  const { subject, body } = subjectAndBody(mapPlaceholders(ack.body, ZAMMAD_PLACEHOLDERS));
  const condition: JsonObject = {
    'ticket.action': { operator: 'is', value: 'create' },
    'ticket.create_article_type_id': { operator: 'is', value: types.map(String) },
    'ticket.priority_id': { operator: 'is', value: priorities.map(String) },
  };
  const payload: JsonObject = {
    name: `Acknowledge ${channel.displayName} (${ack.tier})`,
    condition,
    perform: { 'notification.email': { recipient: 'ticket_customer', subject, body: markdownHtml(body) } },
    active: true,
    note: withMarker(`Sends the supportops acknowledgement for channel ${ack.channel}, tier ${ack.tier}.`, key),
    activator: 'action',
    execution_condition_mode: 'selective',
  };
  return { type: 'trigger', key, name, payload, refs: {} };
}

export function zammadTriggerObjects(view: PolicyView): { objects: DesiredObject[]; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  return { objects: view.acknowledgements.flatMap((a) => ackTrigger(a, view, findings) ?? []), findings };
}
