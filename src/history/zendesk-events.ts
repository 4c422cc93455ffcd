/**
 * Zendesk ticket metric events folded per ticket. Zendesk's semantics: a metric's clock runs
 * from `activate` to `pause` or `fulfill` and again from the next `activate`; `apply_sla` carries
 * the policy's target; a `breach` event (not `deleted`) is when the target is or will be missed.
 * `reply_time` instance 1 is the first reply, later instances the next replies;
 * `requester_wait_time` is the resolution clock, paused while the ticket is pending, so its
 * pause spans are the ticket's pending spans (its on-hold spans are not in these events).
 */
import type { NextResponse, Pause, VendorSla } from './ticket-record.js';

export interface MetricEvent {
  ticketId: string;
  metric: string;
  instance: number;
  type: string;
  timeMs: number;
  sla?: { target?: number; business_hours?: boolean };
  deleted?: boolean;
}

/** What the events say about one ticket. */
export interface TicketEvents {
  firstResponseMs?: number;
  resolvedMs?: number;
  nextResponses: NextResponse[];
  pauses: Pause[];
  /** Whether any requester-wait event was read: then `pauses` holds every pending span. */
  waits: boolean;
  sla: VendorSla[];
}

const OURS: Record<string, 'reply' | 'resolution' | undefined> = { reply_time: 'reply', requester_wait_time: 'resolution' };

export class EventFolder {
  readonly tickets = new Map<string, TicketEvents>();

  add(e: MetricEvent): void {
    const kind = OURS[e.metric];
    if (!kind) return;
    let t = this.tickets.get(e.ticketId);
    if (!t) {
      t = { nextResponses: [], pauses: [], waits: false, sla: [] };
      this.tickets.set(e.ticketId, t);
    }
    if (kind === 'reply') this.reply(t, e);
    else this.resolution(t, e);
    if (e.type === 'apply_sla' || e.type === 'breach') this.slaEvent(t, e, kind);
  }

  private reply(t: TicketEvents, e: MetricEvent): void {
    if (e.instance <= 1) {
      if (e.type === 'fulfill') t.firstResponseMs = e.timeMs;
      return;
    }
    const k = e.instance - 2;
    while (t.nextResponses.length <= k) t.nextResponses.push({ requestedMs: Number.NaN });
    const next = t.nextResponses[k]!;
    if (e.type === 'activate') next.requestedMs = e.timeMs;
    else if (e.type === 'fulfill') next.respondedMs = e.timeMs;
  }

  private resolution(t: TicketEvents, e: MetricEvent): void {
    t.waits = true;
    const last = t.pauses[t.pauses.length - 1];
    // Requester wait time stops only while the ticket is pending (docs/paused-clocks.md).
    if (e.type === 'pause' && (!last || last.toMs !== undefined)) t.pauses.push({ fromMs: e.timeMs, status: 'pending' });
    else if ((e.type === 'activate' || e.type === 'fulfill') && last && last.toMs === undefined) last.toMs = e.timeMs;
    if (e.type === 'fulfill') t.resolvedMs = e.timeMs;
  }

  private slaEvent(t: TicketEvents, e: MetricEvent, kind: 'reply' | 'resolution'): void {
    const metric = kind === 'resolution' ? 'resolution' : e.instance <= 1 ? 'firstResponse' : 'nextResponse';
    let sla = t.sla.find((s) => s.metric === metric && s.instance === e.instance);
    if (!sla) {
      sla = { metric, instance: e.instance };
      t.sla.push(sla);
    }
    if (e.type === 'apply_sla') {
      if (typeof e.sla?.target === 'number') sla.targetMinutes = e.sla.target;
      if (typeof e.sla?.business_hours === 'boolean') sla.businessHours = e.sla.business_hours;
    } else if (!e.deleted) sla.breachAtMs = e.timeMs;
  }
}

/** The event, or the reason it cannot be read. */
export function readMetricEvent(value: unknown, readTime: (text: string) => number | undefined): MetricEvent | string {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const v = value as Record<string, unknown>;
  if (typeof v.ticket_id !== 'number' && typeof v.ticket_id !== 'string') return 'has no ticket_id';
  if (typeof v.metric !== 'string' || typeof v.type !== 'string') return 'has no metric or type';
  const timeMs = typeof v.time === 'string' ? readTime(v.time) : undefined;
  if (timeMs === undefined) return 'has no readable time (ISO 8601 with an offset)';
  const sla = typeof v.sla === 'object' && v.sla !== null ? (v.sla as MetricEvent['sla']) : undefined;
  return { ticketId: String(v.ticket_id), metric: v.metric, instance: typeof v.instance_id === 'number' ? v.instance_id : 1, type: v.type, timeMs, sla, deleted: v.deleted === true };
}
