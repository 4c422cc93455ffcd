/**
 * The one ticket shape every history reader yields, whatever the export: instants as epoch
 * milliseconds (UTC), vendor values kept as exported next to the reader's reading of them, so
 * measure can map a ticket to a channel and a tier by the policies and say why.
 * docs/measure.md ("The record, for library users") documents every field.
 */

import type { WaitingStatus } from '../values/waiting-statuses.js';

/** What kind of channel a vendor's channel or source field names (the Channel kind's `medium`). */
export type Medium = 'email' | 'web-form' | 'chat' | 'messaging' | 'phone' | 'social' | 'community' | 'video';

/** new, open and on-hold count as open: the customer is still waiting. */
export type TicketStatus = 'open' | 'pending' | 'solved' | 'closed';

/** Where a record came from: a CSV line, or a JSON pointer to the record in its page. */
export interface RecordAt {
  file: string;
  /** 1-based line where the record ends (CSV). */
  line?: number;
  /** JSON pointer to the record, e.g. `/tickets/12` (JSON pages). */
  pointer?: string;
}

/** A customer message after the first reply, and the agent reply that answered it (if any yet). */
export interface NextResponse {
  requestedMs: number;
  respondedMs?: number;
}

export type { WaitingStatus };

/** A span the ticket spent in a waiting status; `toMs` absent while it still does. Which clocks stop in it is the SLA policy's `pausedWhile`. */
export interface Pause {
  fromMs: number;
  toMs?: number;
  status: WaitingStatus;
}

export type MeasuredMetric = 'acknowledge' | 'firstResponse' | 'nextResponse' | 'resolution';

/** One SLA target the helpdesk itself applied, and whether it recorded a breach (for cross-checks). */
export interface VendorSla {
  metric: MeasuredMetric;
  /** 1 for a first response; 2, 3 … for the next responses. */
  instance: number;
  targetMinutes?: number;
  businessHours?: boolean;
  /** When the helpdesk said the target would be (or was) missed; absent without a live breach event. */
  breachAtMs?: number;
}

/** What the helpdesk measured, kept to compare with the measurement on the policy's clock. */
export interface VendorMeasures {
  /** Minutes to the first reply, as the helpdesk counted them. */
  firstResponseMinutes?: { calendar?: number; business?: number };
  /** Minutes to resolution with pauses left out, as the helpdesk counted them. */
  resolutionMinutes?: { calendar?: number; business?: number };
  sla?: VendorSla[];
  /** Whether the helpdesk's own resolution clock stood still while the ticket was pending (Zendesk's requester wait time). */
  pausedResolution?: boolean;
  /** The helpdesk's own SLA verdicts (Freshdesk's status columns): true where it recorded a violation. */
  verdicts?: { firstResponse?: boolean; resolution?: boolean };
}

export interface TicketRecord {
  id: string;
  at: RecordAt;
  createdMs: number;
  /** The vendor's channel or source value as exported ('' when the export has none). */
  channel: string;
  medium?: Medium;
  /** The vendor's priority as exported. */
  priority?: string;
  /** The priority on a common scale: 1 urgent, 2 high, 3 normal, 4 low. */
  priorityRank?: number;
  /** A tier named by the export itself (generic CSV only). */
  tier?: string;
  tags: readonly string[];
  status: TicketStatus;
  acknowledgedMs?: number;
  firstResponseMs?: number;
  resolvedMs?: number;
  nextResponses: readonly NextResponse[];
  /** Sorted, not overlapping. */
  pauses: readonly Pause[];
  /** The waiting statuses whose spans the export records (all of them are in `pauses`); absent when it records no status history. */
  statusHistory?: readonly WaitingStatus[];
  /** Agent handling time, where the export records it. */
  handleSeconds?: number;
  vendor?: VendorMeasures;
}
