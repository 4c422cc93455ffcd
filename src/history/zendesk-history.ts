/**
 * Zendesk: the incremental ticket export (pages of `tickets`), joined with the ticket metric
 * events (pages of `ticket_metric_events`) and, optionally, ticket metrics (pages of
 * `ticket_metrics`, the helpdesk's own reply and wait minutes for cross-checks). Every page is
 * streamed. The incremental export lists a ticket again when it changes, so the join keeps the
 * latest version of each ticket (by `generated_timestamp`, then `updated_at`) as a small record
 * until all pages are read, and hands the tickets on in id order.
 */
import { compareIds } from '../values/order.js';
import type { HistoryFile, TicketSink } from './history-file.js';
import { readPage, type PageMeta } from './json-pages.js';
import { HistoryProblems } from './history-problems.js';
import { EventFolder, readMetricEvent, type TicketEvents } from './zendesk-events.js';
import type { RecordAt, TicketRecord, VendorMeasures, WaitingStatus } from './ticket-record.js';
import { TimestampReader } from './timestamps.js';
import { mediumOf, priorityRank, statusOf } from './vendor-words.js';

export interface ZendeskFiles {
  tickets: HistoryFile[];
  events?: HistoryFile[];
  metrics?: HistoryFile[];
}

interface Kept {
  record: TicketRecord;
  version: number;
}

type Minutes = { calendar?: number; business?: number };

/** What Zendesk's requester-wait events tell: the pending spans (on-hold does not stop that clock). */
const PENDING_ONLY: readonly WaitingStatus[] = Object.freeze(['pending']);
type TicketMinutes = { reply?: Minutes; wait?: Minutes; solvedMs?: number };

const time = new TimestampReader();
const instant = (text: string): number | undefined => {
  const ms = time.read(text);
  return Number.isNaN(ms) ? undefined : ms;
};
const NONE: readonly never[] = Object.freeze([]);

/** Pages must come in the order the export returned them: each `end_time` at or after the last. */
class PageOrder {
  private last: { end: number; name: string } | undefined;
  check(meta: PageMeta, name: string, problems: HistoryProblems): void {
    const end = meta.end_time;
    if (typeof end !== 'number') return;
    if (this.last && end < this.last.end) {
      problems.report('pages-out-of-order', { file: name }, `${name} (end_time ${end}) comes after ${this.last.name} (end_time ${this.last.end}), which ends later: the pages are out of order. Their tickets are still used (the latest version of each wins); pass the pages in the order the export returned them.`, false);
    }
    if (!this.last || end >= this.last.end) this.last = { end, name };
  }
}

export function readZendesk(files: ZendeskFiles, problems: HistoryProblems, sink: TicketSink): void {
  const events = foldEvents(files.events ?? [], problems);
  const metrics = readMetrics(files.metrics ?? [], problems);
  const kept = new Map<string, Kept>();
  const order = new PageOrder();
  for (const file of files.tickets) {
    const meta: PageMeta = {};
    readPage(file, 'tickets', problems, (el) => {
      const ticket = readTicket(el.value, { file: file.name, pointer: el.pointer }, problems);
      if (!ticket) return;
      const old = kept.get(ticket.record.id);
      if (!old || ticket.version >= old.version) kept.set(ticket.record.id, ticket);
    }, { meta });
    order.check(meta, file.name, problems);
  }
  const ids = [...kept.keys()].sort(compareIds);
  for (const id of ids) {
    const record = join(kept.get(id)!.record, events.get(id), metrics.get(id), problems);
    if (!record) continue;
    problems.read++;
    sink(record);
  }
}

function readTicket(value: unknown, at: RecordAt, problems: HistoryProblems): Kept | undefined {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const id = typeof v.id === 'number' || typeof v.id === 'string' ? String(v.id) : '';
  const createdMs = typeof v.created_at === 'string' ? instant(v.created_at) : undefined;
  if (id === '' || createdMs === undefined) {
    problems.report('missing-value', at, `${at.file} ${at.pointer}: a ticket needs an id and a created_at time with an offset (ISO 8601, as Zendesk writes it); this one is left out.`);
    return undefined;
  }
  const via = (typeof v.via === 'object' && v.via !== null ? v.via : {}) as Record<string, unknown>;
  const channel = typeof via.channel === 'string' ? via.channel : '';
  const priority = typeof v.priority === 'string' ? v.priority : undefined;
  const tags = Array.isArray(v.tags) ? v.tags.filter((t): t is string => typeof t === 'string') : NONE;
  const status = (typeof v.status === 'string' && statusOf(v.status)) || 'open';
  const version = typeof v.generated_timestamp === 'number' ? v.generated_timestamp : typeof v.updated_at === 'string' ? (instant(v.updated_at) ?? 0) / 1000 : 0;
  return {
    version,
    record: { id, at, createdMs, channel, medium: mediumOf(channel), priority, priorityRank: priority ? priorityRank(priority) : undefined, tags, status, nextResponses: NONE, pauses: NONE },
  };
}

function join(record: TicketRecord, events: TicketEvents | undefined, minutes: TicketMinutes | undefined, problems: HistoryProblems): TicketRecord | undefined {
  const out: TicketRecord = { ...record };
  if (events) {
    out.firstResponseMs = events.firstResponseMs;
    out.resolvedMs = events.resolvedMs;
    out.nextResponses = events.nextResponses.filter((n) => !Number.isNaN(n.requestedMs));
    out.pauses = events.pauses;
    if (events.waits) out.statusHistory = PENDING_ONLY;
  }
  if (out.resolvedMs === undefined && minutes?.solvedMs !== undefined && (out.status === 'solved' || out.status === 'closed')) out.resolvedMs = minutes.solvedMs;
  const early = [out.firstResponseMs, out.resolvedMs].some((ms) => ms !== undefined && ms < out.createdMs);
  if (early) {
    problems.report('response-before-creation', out.at, `ticket ${out.id} (${out.at.file} ${out.at.pointer}): its metric events put a reply or the solve before the ticket's created_at, which cannot happen; check that the events belong to this account's tickets.`);
    return undefined;
  }
  const vendor: VendorMeasures = {};
  if (events && events.sla.length > 0) vendor.sla = events.sla;
  if (events && events.pauses.length > 0) vendor.pausedResolution = true;
  if (minutes?.reply) vendor.firstResponseMinutes = minutes.reply;
  if (minutes?.wait) vendor.resolutionMinutes = minutes.wait;
  if (Object.keys(vendor).length > 0) out.vendor = vendor;
  return out;
}

function foldEvents(files: HistoryFile[], problems: HistoryProblems): Map<string, TicketEvents> {
  const folder = new EventFolder();
  const order = new PageOrder();
  for (const file of files) {
    const meta: PageMeta = {};
    readPage(file, 'ticket_metric_events', problems, (el) => {
      const event = readMetricEvent(el.value, instant);
      if (typeof event === 'string') problems.report('missing-value', { file: file.name, pointer: el.pointer }, `${file.name} ${el.pointer}: this metric event ${event}, so it is left out.`);
      else folder.add(event);
    }, { meta });
    order.check(meta, file.name, problems);
  }
  return folder.tickets;
}

function minutesOf(value: unknown): Minutes | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const out: Minutes = {};
  if (typeof v.calendar === 'number') out.calendar = v.calendar;
  if (typeof v.business === 'number') out.business = v.business;
  return out.calendar === undefined && out.business === undefined ? undefined : out;
}

function readMetrics(files: HistoryFile[], problems: HistoryProblems): Map<string, TicketMinutes> {
  const out = new Map<string, TicketMinutes>();
  for (const file of files) {
    readPage(file, 'ticket_metrics', problems, (el) => {
      const v = (typeof el.value === 'object' && el.value !== null ? el.value : {}) as Record<string, unknown>;
      if (typeof v.ticket_id !== 'number' && typeof v.ticket_id !== 'string') return;
      out.set(String(v.ticket_id), {
        reply: minutesOf(v.reply_time_in_minutes),
        wait: minutesOf(v.requester_wait_time_in_minutes),
        solvedMs: typeof v.solved_at === 'string' ? instant(v.solved_at) : undefined,
      });
    });
  }
  return out;
}
