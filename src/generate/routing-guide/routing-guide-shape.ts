/** routing-guide.json: the agents' routing guide as data (schemas/routing-guide.schema.json). */
import { z } from 'zod';
import { described, list } from '../artifact-fields.js';
import { ChannelRefShape, ClockShape, DurationShape, envelope, TierShape } from '../shared-shapes.js';

export const ROUTING_GUIDE_SCHEMA = 'routing-guide.schema.json';

const EntryPoint = z.strictObject({
  location: described(z.string(), 'Location', 'Where customers start a conversation: an address, a number or a place in the product, as written in the policy.', 'Help centre contact form'),
  url: described(z.string().nullable(), 'URL', 'The entry point\'s address, when the policy gives one; null otherwise.', 'https://help.lumen.example/contact'),
  note: described(z.string().nullable(), 'Internal note', 'The policy\'s note for the team about the entry point (where it is printed or configured); null when there is none. Internal: the routing guide is for the team, and customer text never shows it.', 'Printed on the status page and in the app\'s Help menu.'),
  showsResponseTime: described(z.boolean(), 'Shows response time', 'Whether the entry point shows the response times and hours before the customer writes (the generated disclosure).', true),
});

const Channel = z.strictObject({
  name: described(z.string(), 'Channel name', 'The channel\'s name (metadata.name): its id in the policies and in every other artifact.', 'web-form'),
  displayName: described(z.string(), 'Display name', 'How customers see the channel named: its displayName, or its name when it has none.', 'Contact form'),
  mode: described(z.enum(['sync', 'async']), 'Mode', 'sync: the customer waits on the line for an answer (phone, live chat); async: replies come later (email, forms, messaging).', 'async'),
  medium: described(z.string(), 'Medium', 'The kind of channel: email, web-form, chat, messaging, phone, social, community or video.', 'web-form'),
  looksLive: described(z.boolean(), 'Looks live', 'Whether the interface looks live to customers (chat bubble, typing indicator) even if replies come later.', false),
  purpose: described(z.string(), 'Purpose', 'What the channel is for, in one sentence, as written in the policy.', 'Structured requests from the help centre, with the intake fields asked up front.'),
  allowedUses: list('Use for', 'What customers should use the channel for, as written in the policy.', ['Bug reports', 'Billing questions', 'Feature requests']),
  notFor: list('Not for', 'What the channel must not be used for, with where to go instead; empty when the policy lists nothing.', ['Outages affecting your team right now — call the urgent line']),
  entryPoint: described(EntryPoint, 'Entry point', 'Where customers make contact, and whether it shows the response times.'),
  slaPolicy: described(z.string().nullable(), 'SLA policy', 'The SLA policy published for the channel, by name; null when it has none.', 'async-sla'),
  clock: described(ClockShape.nullable(), 'Clock', 'How the SLA policy\'s response times are counted; null when the channel has no SLA policy.'),
  tiers: described(z.array(TierShape), 'Tiers', 'The SLA policy\'s tiers, most urgent first (by priority, then name); empty without an SLA policy.'),
  urgentPath: described(ChannelRefShape.nullable(), 'Urgent path', 'The synchronous channel customers are pointed to for urgent cases; null when none is set.'),
  teams: list('Teams', 'The teams that answer the channel, by name; empty when none does.', ['billing-specialists', 'product-specialists', 'tier1-london', 'tier1-new-york', 'tier1-singapore']),
});

const Tag = z.strictObject({
  name: described(z.string(), 'Tag name', 'The tag\'s name, as agents apply it.', 'billing'),
  meaning: described(z.string(), 'Meaning', 'What the tag means: when an agent should apply it.', 'Questions about invoices, plans and prices.'),
  owner: described(z.string().nullable(), 'Owner', 'The team or role that owns tickets with the tag, by name; null when none is set.', 'billing-specialists'),
  ownerKind: described(
    z.enum(['team', 'role']).nullable(),
    'Owner kind',
    'Whether `owner` names a team or a role (a team when both have that name); null without an owner, or when it names neither.',
    'team',
  ),
  defaultTier: described(z.string().nullable(), 'Default tier', 'The SLA tier a ticket with the tag gets unless a trigger raises it; null when none is set.', 'standard'),
  requiredFields: list('Required fields', 'What the customer must tell us for tickets with the tag, in the order written; empty when nothing is required.', ['Invoice number']),
});

const Condition = z.strictObject({
  field: described(z.string(), 'Field', 'The ticket field tested.', 'affected_customers'),
  op: described(z.string(), 'Operator', 'How the field is compared with the value: =, !=, >=, <=, >, <, contains or in.', '>='),
  value: described(
    z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]),
    'Value',
    'The value the field is compared with: a string, a number or a boolean, or a list of strings and numbers (for `in`).',
    10,
  ),
});

const When = z.strictObject({
  match: described(z.enum(['any', 'all']), 'Match', 'any: one of the tags or conditions is enough; all: every one must hold.', 'all'),
  tags: list('Tags', 'Tags that trigger the escalation, by name (sorted); empty when none.', ['outage']),
  conditions: described(z.array(Condition), 'Conditions', 'Comparisons on ticket fields, in the order written; empty when none.'),
});

const RouteTo = z.strictObject({
  role: described(z.string(), 'Role', 'The specialist role that takes the ticket.', 'incident-engineer'),
  teams: list('Teams', 'The teams whose role it is, by name; empty when no team holds it.', ['incident-london', 'incident-new-york', 'incident-singapore']),
});

const Window = DurationShape.extend({
  schedule: described(z.string().nullable(), 'Schedule', 'The schedule whose open hours the window counts; null when it counts calendar time (24/7).', 'support-hours'),
  clock: described(
    z.string(),
    'Clock in words',
    'How the window is counted, in words: "around the clock (calendar time)", or "in the open hours of support-hours (Monday–Friday 08:00–18:00 London time)".',
    'in the open hours of support-hours (Monday–Friday 08:00–18:00 London time)',
  ),
});

const Escalation = z.strictObject({
  name: described(z.string(), 'Trigger name', 'The escalation trigger\'s name.', 'major-outage'),
  condition: described(z.string(), 'Condition in words', 'When the escalation applies, in plain words for agents.', 'An outage affecting 10 or more customers.'),
  when: described(When, 'Structured condition', 'The same condition in a form tools can evaluate: tags and field comparisons, with whether any or all must hold.'),
  tier: described(z.string(), 'Tier', 'The SLA tier the ticket is raised to.', 'urgent'),
  routeTo: described(RouteTo, 'Route to', 'The specialist role that takes the ticket, and the teams that hold it.'),
  within: described(
    Window,
    'Escalation window',
    'How soon the role must pick the ticket up: as written, in seconds and in words, with the schedule and clock it counts in.',
    { text: '15m', seconds: 900, words: '15 minutes', schedule: null, clock: 'around the clock (calendar time)' },
  ),
  syncChannel: described(ChannelRefShape.nullable(), 'Synchronous path', 'The synchronous channel (phone or live chat) to move the conversation to when the case is urgent, emotional or complex; null when none is set.'),
  notify: list('Notify', 'Who else is told, in words; empty when nobody.', ['Status page owner', 'Head of support']),
});

const Section = z.strictObject({
  heading: described(z.string(), 'Heading', 'The section heading.', 'What I tried'),
  prompt: described(z.string().nullable(), 'Prompt', 'What to write in the section; null when the template gives no prompt.', 'Steps already taken and what happened.'),
  required: described(z.boolean(), 'Required', 'Whether the section must be filled in; false when the template does not say.', true),
});

const TemplateSections = z.strictObject({
  template: described(z.string(), 'Template', 'The Template document\'s name.', 'intake'),
  channels: described(z.array(z.string()).nullable(), 'Channels', 'The channels the template applies to, sorted; null means every channel.', ['email', 'web-form']),
  sections: described(z.array(Section), 'Sections', 'The template\'s sections, in the order written.'),
});

const Upcoming = z.strictObject({
  from: described(z.string(), 'From', 'YYYY-MM-DD: the first date the change applies (a dated revision takes effect or ends).', '2027-01-04'),
  kind: described(z.enum(['channel', 'escalation', 'tag']), 'Kind', 'What changes: a channel, an escalation trigger or a tag.', 'channel'),
  name: described(z.string(), 'Name', 'The name of the channel, escalation trigger or tag that changes.', 'live-chat'),
  text: described(
    z.string(),
    'In words',
    'The change in plain words for agents, with the value until then.',
    'Live chat (live-chat): its clock becomes business hours: Monday–Friday 08:00–20:00 London time (until then business hours: Monday–Friday 08:00–18:00 London time).',
  ),
});

const templates = (title: string, purpose: string, example: z.output<typeof TemplateSections>) =>
  described(z.array(TemplateSections), title, `The Template documents with purpose ${purpose}, by name; empty when there are none.`, [example]);

export const RoutingGuideShape = z
  .strictObject({
    ...envelope(ROUTING_GUIDE_SCHEMA),
    channels: described(z.array(Channel), 'Channels', 'Every channel, by name: what it is for, its entry point, its SLA tiers and the teams that answer it.'),
    tags: described(z.array(Tag), 'Tags', 'Every tag, by name: its meaning, owner, default tier and required fields.'),
    escalations: described(z.array(Escalation), 'Escalations', 'Every escalation trigger, by name: when it applies, where the ticket goes and how soon.'),
    intake: templates('Intake templates', 'intake (what an agent collects from the customer)', {
      template: 'intake', channels: null, sections: [{ heading: 'Summary', prompt: 'One sentence on what is wrong.', required: true }, { heading: 'Links', prompt: 'Screenshots, URLs, ticket numbers.', required: false }],
    }),
    handoff: templates('Handoff templates', 'handoff (passing a ticket on to another team)', {
      template: 'handoff', channels: null, sections: [{ heading: 'What the customer needs', prompt: null, required: true }, { heading: 'What was tried', prompt: 'So the customer is never asked the same question twice.', required: true }],
    }),
    solvedNote: templates('Solved-note templates', 'solved-note (the note written when a ticket is closed)', {
      template: 'solved-note', channels: null, sections: [{ heading: 'Root cause', prompt: null, required: true }, { heading: 'Fix', prompt: null, required: true }],
    }),
    upcoming: described(
      z.array(Upcoming),
      'Upcoming changes',
      'What dated revisions change for agents in the 12 months from --as-of, by date (then channels, escalations and tags, by name); empty when nothing is planned. The rest of the guide is the version in force on --as-of.',
    ),
  })
  .meta({ title: 'supportops routing guide', description: 'Channels, tags, escalation paths and ticket templates for agents, generated by `supportops build`.' });

export type RoutingGuide = z.infer<typeof RoutingGuideShape>;
export type RoutingChannel = z.infer<typeof Channel>;
export type RoutingEscalation = z.infer<typeof Escalation>;
export type RoutingTemplate = z.infer<typeof TemplateSections>;
export type RoutingUpcoming = z.infer<typeof Upcoming>;
