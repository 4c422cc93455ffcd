import { z } from 'zod';
import { field } from '../field.js';
import { Duration, Name, ref } from '../primitives.js';

export const TagSpec = z.strictObject({
  meaning: field(z.string().min(1), 'Meaning', 'What the tag means: when an agent should apply it.', 'The customer was charged but the payment did not go through.'),
  owner: field(Name, 'Owner', 'The team or role that owns tickets with this tag.', 'billing-specialists').optional(),
  defaultTier: field(Name, 'Default tier', 'The SLA tier a ticket with this tag gets unless a trigger raises it.', 'high').optional(),
  requiredFields: field(z.array(z.string().min(1)), 'Required intake fields', 'What the customer must tell us for tickets with this tag.', ['Invoice number', 'Last four digits of the card']).optional(),
});
export type TagSpec = z.infer<typeof TagSpec>;

const FieldCondition = z.strictObject({
  field: field(z.string().min(1), 'Field', 'The ticket field to test.', 'affected_customers'),
  op: field(z.enum(['=', '!=', '>=', '<=', '>', '<', 'contains', 'in']), 'Operator', 'How the field is compared with the value.', '>='),
  value: field(z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]), 'Value', 'The value to compare with.', 10),
});

const When = z.strictObject({
  match: field(z.enum(['any', 'all']), 'Match', 'Whether any or all of the conditions must hold.', 'any'),
  tags: field(z.array(ref('Tag', 'A tag that triggers this escalation.', 'outage')), 'Tags', 'The ticket carries one of these tags.', ['outage']).optional(),
  conditions: field(z.array(FieldCondition), 'Conditions', 'Field comparisons on the ticket.', [{ field: 'affected_customers', op: '>=', value: 10 }]).optional(),
});

export const EscalationTriggerSpec = z.strictObject({
  condition: field(z.string().min(1), 'Condition in words', 'When this escalation applies, in plain words for agents.', 'An outage affecting 10 or more customers.'),
  when: field(When, 'Structured condition', 'The same condition in a form tools can evaluate.', { match: 'any', tags: ['outage'] }),
  tier: field(Name, 'Tier', 'The SLA tier the ticket is raised to.', 'urgent'),
  routeTo: field(ref('Role', 'The specialist role that takes the ticket.', 'incident-engineer'), 'Route to', 'The specialist role that takes the ticket.', 'incident-engineer'),
  within: field(Duration, 'Escalation window', 'How soon the specialist role must pick the ticket up. Counted in calendar time, or in the open hours of `schedule` when given.', '30m'),
  schedule: field(ref('Schedule', 'The schedule whose open hours the window counts.', 'support-hours'), 'Window schedule', 'Count the escalation window only in this schedule\'s open hours; left out means calendar time (24/7).', 'support-hours').optional(),
  syncChannel: field(ref('Channel', 'A synchronous channel for this case.', 'phone'), 'Synchronous path', 'The synchronous channel (phone or live chat) to move the conversation to when the case is urgent, emotional or complex.', 'phone').optional(),
  notify: field(z.array(z.string().min(1)), 'Notify', 'Who else is told, in words.', ['Status page owner']).optional(),
});
export type EscalationTriggerSpec = z.infer<typeof EscalationTriggerSpec>;

export const TEMPLATE_PURPOSES = ['intake', 'handoff', 'solved-note', 'acknowledgement'] as const;

const Section = z.strictObject({
  heading: field(z.string().min(1), 'Heading', 'Section heading.', 'What I tried'),
  prompt: field(z.string().min(1), 'Prompt', 'What to write in this section.', 'Steps already taken, and their results.').optional(),
  required: field(z.boolean(), 'Required', 'Whether the section must be filled in.', true).optional(),
});

export const TemplateSpec = z.strictObject({
  purpose: field(z.enum(TEMPLATE_PURPOSES), 'Purpose', 'intake (what customers send), handoff (passing a ticket on), solved-note (closing a ticket) or acknowledgement (auto-reply).', 'intake'),
  sections: field(z.array(Section), 'Sections', 'The sections in order.', [{ heading: 'Summary', required: true }]).optional(),
  body: field(z.string().min(1), 'Body', 'Handlebars text. It may use only the variables the policy provides for this purpose; {{ticket.id}} and {{customer.name}} are filled in by the helpdesk.', 'Hi {{customer.name}}, we received your request about {{tag.name}}.').optional(),
  channels: field(z.array(ref('Channel', 'A channel the template applies to.', 'email')), 'Channels', 'Channels the template applies to; left out means all.', ['email']).optional(),
});
export type TemplateSpec = z.infer<typeof TemplateSpec>;
