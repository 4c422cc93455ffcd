import { z } from 'zod';
import { field } from '../field.js';
import { Duration, PercentBelow100, PositivePercent, ref, text } from '../primitives.js';

/** Far beyond any real team; larger numbers are typos that would make the capacity math crawl. */
const MAX_HEADCOUNT = 100_000;
const MAX_TICKETS_PER_AGENT_PER_DAY = 1_000;
/** One ticket in ten working days: below it the implied handling time (days of work per ticket) is a typo. */
const MIN_TICKETS_PER_AGENT_PER_DAY = 0.1;

export const ROLE_CATEGORIES = ['tier1-async', 'specialist', 'knowledge-owner', 'qa-reviewer', 'lead', 'other'] as const;

export const RoleSpec = z.strictObject({
  category: field(z.enum(ROLE_CATEGORIES), 'Category', 'What kind of role this is: tier1-async (triage and standard replies), specialist (billing, bugs, security), knowledge-owner, qa-reviewer, lead or other.', 'specialist'),
  description: field(text('long'), 'Description', 'What people in this role do, in one or two sentences.', 'Handles refunds, invoices and payment failures.'),
  responsibilities: field(z.array(text('short')).max(50), 'Responsibilities', 'The duties of this role, one per line (at most 50).', ['Resolve payment failures', 'Approve refunds']).optional(),
});
export type RoleSpec = z.infer<typeof RoleSpec>;

export const TeamSpec = z.strictObject({
  role: field(ref('Role', 'The role everyone in this team holds.', 'billing-specialist'), 'Role', 'The role everyone in this team holds.', 'billing-specialist'),
  schedule: field(ref('Schedule', 'The schedule this team works.', 'emea-hours'), 'Schedule', 'The schedule (business hours) this team works.', 'emea-hours'),
  headcount: field(z.number().int().min(0).max(MAX_HEADCOUNT), 'Headcount', 'How many people are in the team (full-time equivalents), at most 100,000.', 4),
  shrinkage: field(PercentBelow100, 'Shrinkage', 'Share of paid time not available for tickets: leave, training, meetings, breaks. Below 100%: at 100% nobody is ever available.', '30%'),
  occupancy: field(PositivePercent, 'Occupancy', 'Share of available time spent actually handling work, above 0%; above about 85% is not sustainable.', '85%'),
  handleTime: field(Duration, 'Average handle time', 'Average working time per ticket or contact, longer than zero and at most 1d (24 hours of work on one ticket). It is all spent before the first reply (docs/domain.md, One service model). Give this or ticketsPerAgentPerDay.', '12m').optional(),
  ticketsPerAgentPerDay: field(z.number().min(MIN_TICKETS_PER_AGENT_PER_DAY).max(MAX_TICKETS_PER_AGENT_PER_DAY), 'Tickets per agent per day', 'How many tickets one agent completes in a working day, from 0.1 (one ticket in ten days) to 1,000. Give this or handleTime.', 30).optional(),
  concurrency: field(z.number().min(1).max(10), 'Chat concurrency', 'How many chats one agent handles at once (chat teams only).', 2.5).optional(),
  channels: field(z.array(ref('Channel', 'A channel this team answers.', 'email')).max(200), 'Channels', 'The channels this team answers (at most 200).', ['email', 'web-form']),
  tags: field(z.array(ref('Tag', 'A tag this team handles.', 'billing')).max(500), 'Tags', 'The tags whose tickets this team handles (at most 500). Leave out to handle every tag on its channels.', ['billing', 'refund']).optional(),
});
export type TeamSpec = z.infer<typeof TeamSpec>;
