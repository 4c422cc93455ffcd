/** One classified change between two versions of a policy set. */
import { cmp } from '../diagnostics/diagnostic.js';

/**
 * breaking: a customer-facing promise gets worse (a loosened target, a removed channel, fewer
 * hours behind a business-hours promise). notable: internal changes that deserve a reviewer
 * (ownership, staffing, escalation routes). info: everything else, including improvements.
 */
export type ChangeSeverity = 'breaking' | 'notable' | 'info';

export const CATEGORIES = ['sla', 'hours', 'channels', 'definitions', 'ownership', 'escalation', 'staffing', 'demand', 'feasibility', 'customer-text'] as const;
export type ChangeCategory = (typeof CATEGORIES)[number];

export const CATEGORY_TITLES: Record<ChangeCategory, string> = {
  sla: 'Response-time promises',
  hours: 'Hours and holidays',
  channels: 'Channels',
  definitions: 'Added, removed and renamed',
  ownership: 'Ownership',
  escalation: 'Escalation routes',
  staffing: 'Staffing',
  demand: 'Demand',
  feasibility: 'Feasibility',
  'customer-text': 'Customer-facing text',
};

export interface Change {
  category: ChangeCategory;
  severity: ChangeSeverity;
  /** What changed, e.g. "email › urgent › first response". */
  subject: string;
  before?: string;
  after?: string;
  /** One sentence in plain words. */
  message: string;
  /** Channels whose customers see the effect. */
  channels?: string[];
}

const RANK: Record<ChangeSeverity, number> = { breaking: 0, notable: 1, info: 2 };

export function sortChanges(changes: Change[]): Change[] {
  return [...changes].sort(
    (a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) || RANK[a.severity] - RANK[b.severity] || cmp(a.subject, b.subject) || cmp(a.message, b.message),
  );
}
