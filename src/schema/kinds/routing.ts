import { z } from 'zod';
import { field } from '../field.js';
import { jsonSchemaOnly } from '../field.js';
import { Duration, Locale, MAX_LOCALES, Name, PLAIN_TEXT, ref, text, TEXT_LIMITS } from '../primitives.js';

/** A number a condition compares with: any real ticket field value, and nothing that is not finite. */
const CONDITION_NUMBER = z.number().min(-1e9).max(1e9);

export const TagSpec = z.strictObject({
  meaning: field(text('long'), 'Meaning', 'What the tag means: when an agent should apply it.', 'The customer was charged but the payment did not go through.'),
  owner: field(Name, 'Owner', 'The team or role that owns tickets with this tag.', 'billing-specialists').optional(),
  defaultTier: field(Name, 'Default tier', 'The SLA tier a ticket with this tag gets unless a trigger raises it.', 'high').optional(),
  requiredFields: field(z.array(text('short')).max(50), 'Required intake fields', 'What the customer must tell us for tickets with this tag (at most 50; acknowledgements ask for them).', ['Invoice number', 'Last four digits of the card']).optional(),
  translations: field(
    jsonSchemaOnly(
      z.record(Locale, z.strictObject({
        about: field(text('short'), 'About', 'The tag in plain words in this language, for "If this is about …" (in English it is the name: "payment-failure" reads "payment failure").', 'eine fehlgeschlagene Zahlung'),
        meaning: field(text('long'), 'Meaning', 'The meaning in this language.', 'Eine Zahlung ist fehlgeschlagen.'),
        requiredFields: field(z.array(text('short')).max(50), 'Required intake fields', 'The required fields in this language, one for each English field, in the same order.', ['Rechnungsnummer', 'Letzte vier Ziffern der Karte']).optional(),
      })),
      { maxProperties: MAX_LOCALES },
    ),
    'Translations',
    'The tag\'s customer words in each language a channel lists (Channel locales), by language tag. Needed for a language when the tag has required fields and its acknowledgements are written in that language (missing-translation).',
    { de: { about: 'eine fehlgeschlagene Zahlung', meaning: 'Eine Zahlung ist fehlgeschlagen.', requiredFields: ['Rechnungsnummer', 'Letzte vier Ziffern der Karte'] } },
  ).optional(),
});
export type TagSpec = z.infer<typeof TagSpec>;

const FieldCondition = z.strictObject({
  field: field(text('short'), 'Field', 'The ticket field to test.', 'affected_customers'),
  op: field(z.enum(['=', '!=', '>=', '<=', '>', '<', 'contains', 'in']), 'Operator', 'How the field is compared with the value.', '>='),
  value: field(z.union([z.string().max(TEXT_LIMITS.short).regex(PLAIN_TEXT.pattern), CONDITION_NUMBER, z.boolean(), z.array(z.union([z.string().max(TEXT_LIMITS.short).regex(PLAIN_TEXT.pattern), CONDITION_NUMBER])).max(100)]), 'Value', 'The value to compare with: text (at most 200 characters), a number (at most a billion either way), true or false, or a list of up to 100 of them.', 10),
});

const When = z.strictObject({
  match: field(z.enum(['any', 'all']), 'Match', 'Whether any or all of the conditions must hold.', 'any'),
  tags: field(z.array(ref('Tag', 'A tag that triggers this escalation.', 'outage')).max(500), 'Tags', 'The ticket carries one of these tags (at most 500).', ['outage']).optional(),
  conditions: field(z.array(FieldCondition).max(50), 'Conditions', 'Field comparisons on the ticket (at most 50).', [{ field: 'affected_customers', op: '>=', value: 10 }]).optional(),
});

export const EscalationTriggerSpec = z.strictObject({
  condition: field(text('long'), 'Condition in words', 'When this escalation applies, in plain words for agents.', 'An outage affecting 10 or more customers.'),
  when: field(When, 'Structured condition', 'The same condition in a form tools can evaluate.', { match: 'any', tags: ['outage'] }),
  tier: field(Name, 'Tier', 'The SLA tier the ticket is raised to.', 'urgent'),
  routeTo: field(ref('Role', 'The specialist role that takes the ticket.', 'incident-engineer'), 'Route to', 'The specialist role that takes the ticket.', 'incident-engineer'),
  within: field(Duration, 'Escalation window', 'How soon the specialist role must pick the ticket up, at most 365d. Counted in calendar time, or in the open hours of `schedule` when given (then `d` is 24 open hours).', '30m'),
  schedule: field(ref('Schedule', 'The schedule whose open hours the window counts.', 'support-hours'), 'Window schedule', 'Count the escalation window only in this schedule\'s open hours; left out means calendar time (24/7).', 'support-hours').optional(),
  syncChannel: field(ref('Channel', 'A synchronous channel for this case.', 'phone'), 'Synchronous path', 'The synchronous channel (phone or live chat) to move the conversation to when the case is urgent, emotional or complex.', 'phone').optional(),
  notify: field(z.array(text('short')).max(50), 'Notify', 'Who else is told, in words (at most 50).', ['Status page owner']).optional(),
});
export type EscalationTriggerSpec = z.infer<typeof EscalationTriggerSpec>;

export const TEMPLATE_PURPOSES = ['intake', 'handoff', 'solved-note', 'acknowledgement'] as const;

const Section = z.strictObject({
  heading: field(text('short'), 'Heading', 'Section heading.', 'What I tried'),
  prompt: field(text('long'), 'Prompt', 'What to write in this section.', 'Steps already taken, and their results.').optional(),
  required: field(z.boolean(), 'Required', 'Whether the section must be filled in.', true).optional(),
});

export const TemplateSpec = z.strictObject({
  purpose: field(z.enum(TEMPLATE_PURPOSES), 'Purpose', 'intake (what customers send), handoff (passing a ticket on), solved-note (closing a ticket) or acknowledgement (auto-reply).', 'intake'),
  sections: field(z.array(Section).max(50), 'Sections', 'The sections in order (at most 50).', [{ heading: 'Summary', required: true }]).optional(),
  body: field(text('body'), 'Body', 'Handlebars text, at most 20,000 characters. Values from the policy are escaped for Markdown when an acknowledgement is rendered. It may use only the variables the policy provides for this purpose; {{ticket.id}} and {{customer.name}} are filled in by the helpdesk.', 'Hi {{customer.name}}, we received your request about {{tag.name}}.').optional(),
  channels: field(z.array(ref('Channel', 'A channel the template applies to.', 'email')).max(200), 'Channels', 'Channels the template applies to (at most 200); left out means all.', ['email']).optional(),
  locale: field(Locale, 'Locale', 'The language the body is written in, a BCP 47 tag such as de or pt-BR. Default en. An acknowledgement in a language a channel lists (Channel locales) is rendered from the template in that language.', 'de').optional(),
});
export type TemplateSpec = z.infer<typeof TemplateSpec>;
