/**
 * One classified change between two versions of a policy set. The zod shape is the single
 * source of the TypeScript type and of the published schema (schemas/diff.schema.json).
 */
import { z } from 'zod';
import { cmp } from '../values/order.js';
import { field } from '../schema/field.js';

/**
 * breaking: a customer-facing promise gets worse (a loosened target, a removed channel, fewer
 * hours behind a business-hours promise, a promise that staffing can no longer keep).
 * notable: changes that deserve a reviewer (ownership, staffing, escalation routes, reworded
 * customer text). info: everything else, including improvements.
 */
export const SEVERITIES = ['breaking', 'notable', 'info'] as const;
export type ChangeSeverity = (typeof SEVERITIES)[number];

export const CATEGORIES = ['sla', 'hours', 'channels', 'definitions', 'ownership', 'escalation', 'staffing', 'demand', 'feasibility', 'customer-text'] as const;
export type ChangeCategory = (typeof CATEGORIES)[number];

export const CATEGORY_TITLES: Record<ChangeCategory, string> = {
  sla: 'Response-time promises',
  hours: 'Hours and holidays',
  channels: 'Channels',
  definitions: 'Added, removed, renamed and redefined',
  ownership: 'Ownership',
  escalation: 'Escalation routes',
  staffing: 'Staffing',
  demand: 'Demand',
  feasibility: 'Feasibility',
  'customer-text': 'Customer-facing text',
};

export const ChangeShape = z.strictObject({
  category: field(z.enum(CATEGORIES), 'Category', 'What kind of change; the Markdown output has one table per category, in this order.', 'sla'),
  severity: field(z.enum(SEVERITIES), 'Severity', 'breaking: a customer-facing promise gets worse; notable: deserves a reviewer; info: everything else, including improvements.', 'breaking'),
  subject: field(z.string(), 'What changed', 'The policy, field or text the change is about; a renamed channel reads "old → new".', 'async-sla › high › first response'),
  before: field(z.string(), 'Before', 'The old value in words ("not set", "no promise", "closed", "not shown" when there was none). Customer text keeps its line breaks.', '90% within 4h').optional(),
  after: field(z.string(), 'After', 'The new value in words.', '90% within 8h').optional(),
  message: field(z.string(), 'Meaning', 'What the change means, in one plain sentence.', "Customers of 'email' wait longer for a first response on high tickets."),
  channels: field(z.array(z.string()), 'Channels', 'Channels whose customers see the effect, sorted; left out when none do.', ['email', 'web-form']).optional(),
  tiers: field(z.array(z.string()), 'Tiers', 'SLA tiers the change is about, when it is about particular tiers.', ['high']).optional(),
  from: field(z.string(), 'From', 'A dated change: the date it takes effect, YYYY-MM-DD, where a dated revision starts or stops (docs/effective-dates.md). Left out: the change applies as soon as it is merged.', '2027-01-04').optional(),
});

export type Change = z.infer<typeof ChangeShape>;

export const RANK: Record<ChangeSeverity, number> = { breaking: 0, notable: 1, info: 2 };

export function sortChanges(changes: Change[]): Change[] {
  return [...changes].sort(
    (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || RANK[a.severity] - RANK[b.severity] || cmp(a.from ?? '', b.from ?? '') || cmp(a.subject, b.subject) || cmp(a.message, b.message) || cmp(a.channels?.join() ?? '', b.channels?.join() ?? ''),
  );
}

export const SkippedShape = z.strictObject({
  part: field(z.enum(['feasibility', 'customer-text']), 'Part', 'What was not compared.', 'feasibility'),
  reason: field(z.string(), 'Reason', 'Why, in plain words.', 'schema errors (1 in the head): a half-read policy set would show false differences'),
});

/** A part of the comparison that could not be made, and why. */
/** A part of the comparison that could not be made, and why. */
export type Skipped = z.infer<typeof SkippedShape>;
