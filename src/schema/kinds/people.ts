import { z } from 'zod';
import { field } from '../field.js';
import { Duration, Percent, ref } from '../primitives.js';

export const ROLE_CATEGORIES = ['tier1-async', 'specialist', 'knowledge-owner', 'qa-reviewer', 'lead', 'other'] as const;

export const RoleSpec = z.strictObject({
  category: field(z.enum(ROLE_CATEGORIES), 'Category', 'What kind of role this is: tier1-async (triage and standard replies), specialist (billing, bugs, security), knowledge-owner, qa-reviewer, lead or other.', 'specialist'),
  description: field(z.string().min(1), 'Description', 'What people in this role do, in one or two sentences.', 'Handles refunds, invoices and payment failures.'),
  responsibilities: field(z.array(z.string().min(1)), 'Responsibilities', 'The duties of this role, one per line.', ['Resolve payment failures', 'Approve refunds']).optional(),
});
export type RoleSpec = z.infer<typeof RoleSpec>;

export const TeamSpec = z.strictObject({
  role: field(ref('Role', 'The role everyone in this team holds.', 'billing-specialist'), 'Role', 'The role everyone in this team holds.', 'billing-specialist'),
  schedule: field(ref('Schedule', 'The schedule this team works.', 'emea-hours'), 'Schedule', 'The schedule (business hours) this team works.', 'emea-hours'),
  headcount: field(z.number().int().min(0).max(100000), 'Headcount', 'How many people are in the team (full-time equivalents).', 4),
  shrinkage: field(Percent, 'Shrinkage', 'Share of paid time not available for tickets: leave, training, meetings, breaks.', '30%'),
  occupancy: field(Percent, 'Occupancy', 'Share of available time spent actually handling work; above about 85% is not sustainable.', '85%'),
  handleTime: field(Duration, 'Average handle time', 'Average working time per ticket or contact. Give this or ticketsPerAgentPerDay.', '12m').optional(),
  ticketsPerAgentPerDay: field(z.number().positive(), 'Tickets per agent per day', 'How many tickets one agent completes in a working day. Give this or handleTime.', 30).optional(),
  concurrency: field(z.number().min(1).max(10), 'Chat concurrency', 'How many chats one agent handles at once (chat teams only).', 2.5).optional(),
  channels: field(z.array(ref('Channel', 'A channel this team answers.', 'email')), 'Channels', 'The channels this team answers.', ['email', 'web-form']),
  tags: field(z.array(ref('Tag', 'A tag this team handles.', 'billing')), 'Tags', 'The tags whose tickets this team handles. Leave out to handle every tag on its channels.', ['billing', 'refund']).optional(),
});
export type TeamSpec = z.infer<typeof TeamSpec>;
