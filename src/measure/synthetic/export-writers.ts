/**
 * Synthetic tickets written in each supported export shape, as file contents (pure, no I/O):
 * the generic CSV, Zendesk's incremental ticket pages with ticket metric events, Freshdesk's
 * ticket CSV (times in the helpdesk's zone) and Zammad's ticket array.
 */
import type { TicketRecord } from '../../history/ticket-record.js';
import { isoSeconds } from '../../history/timestamps.js';
import { getZone } from '../../time/zone.js';

export interface ExportFile {
  path: string;
  contents: string;
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const iso = (ms: number | undefined) => (ms === undefined ? '' : isoSeconds(ms));

export function genericCsv(tickets: readonly TicketRecord[], channel: string): ExportFile {
  return genericCsvOf(tickets.map((t) => [t, channel]), `${channel}.csv`);
}

/** The generic CSV of tickets from several channels, each with the channel value to write. */
export function genericCsvOf(entries: readonly (readonly [TicketRecord, string])[], path: string): ExportFile {
  const head = 'id,channel,created,acknowledged,first_response,solved,status,tier,status_changes,next_responses';
  const rows = entries.map(([t, channel]) => [
    t.id, channel, iso(t.createdMs), iso(t.acknowledgedMs), iso(t.firstResponseMs), iso(t.resolvedMs), t.status, t.tier ?? '',
    t.pauses.map((p) => `${iso(p.fromMs)} ${p.status}${p.toMs === undefined ? '' : `;${iso(p.toMs)} open`}`).join(';'),
    t.nextResponses.map((n) => `${iso(n.requestedMs)}>${iso(n.respondedMs)}`).join(';'),
  ].map(csvCell).join(','));
  return { path, contents: `${[head, ...rows].join('\n')}\n` };
}

const PRIORITY = ['urgent', 'high', 'normal', 'low'];

/** Zendesk pages of at most `pageSize` tickets, and one page of their metric events. */
export function zendeskPages(tickets: readonly TicketRecord[], channel: string, tierRank: (tier: string | undefined) => number, pageSize = 1000): ExportFile[] {
  const files: ExportFile[] = [];
  for (let p = 0; p * pageSize < tickets.length; p++) {
    const page = tickets.slice(p * pageSize, (p + 1) * pageSize).map((t) => ({
      id: Number(t.id), requester_id: 1, status: t.status === 'solved' ? 'solved' : t.status, priority: PRIORITY[tierRank(t.tier) - 1] ?? 'normal',
      tags: [], via: { channel }, created_at: iso(t.createdMs), generated_timestamp: Math.floor((t.resolvedMs ?? t.createdMs) / 1000),
    }));
    const end = Math.max(...page.map((t) => t.generated_timestamp));
    files.push({ path: `${channel}-tickets-${String(p + 1).padStart(4, '0')}.json`, contents: JSON.stringify({ tickets: page, count: page.length, end_time: end, end_of_stream: (p + 1) * pageSize >= tickets.length, next_page: null }) });
  }
  const events: object[] = [];
  const ev = (t: TicketRecord, metric: string, instance: number, type: string, ms: number) => events.push({ id: events.length + 1, ticket_id: Number(t.id), metric, instance_id: instance, type, time: iso(ms) });
  for (const t of tickets) {
    ev(t, 'reply_time', 1, 'activate', t.createdMs);
    ev(t, 'requester_wait_time', 1, 'activate', t.createdMs);
    if (t.firstResponseMs !== undefined) ev(t, 'reply_time', 1, 'fulfill', t.firstResponseMs);
    for (const p of t.pauses) {
      ev(t, 'requester_wait_time', 1, 'pause', p.fromMs);
      if (p.toMs !== undefined) ev(t, 'requester_wait_time', 1, 'activate', p.toMs);
    }
    t.nextResponses.forEach((n, k) => {
      ev(t, 'reply_time', k + 2, 'activate', n.requestedMs);
      if (n.respondedMs !== undefined) ev(t, 'reply_time', k + 2, 'fulfill', n.respondedMs);
    });
    if (t.resolvedMs !== undefined) ev(t, 'requester_wait_time', 1, 'fulfill', t.resolvedMs);
  }
  files.push({ path: `${channel}-events.json`, contents: JSON.stringify({ ticket_metric_events: events, count: events.length, next_page: null }) });
  return files;
}

const FD_PRIORITY = ['Urgent', 'High', 'Medium', 'Low'];

/** Freshdesk's CSV: times as wall-clock readings in `timeZone`. */
export function freshdeskCsv(tickets: readonly TicketRecord[], source: string, tierRank: (tier: string | undefined) => number, timeZone: string): ExportFile {
  const zone = getZone(timeZone);
  const local = (ms: number | undefined) => (ms === undefined ? '' : new Date(zone.toLocalMs(Math.round(ms / 1000) * 1000)).toISOString().slice(0, 19).replace('T', ' '));
  const head = 'Ticket ID,Subject,Status,Priority,Source,Created time,Resolved time,Initial response time,Tags';
  const rows = tickets.map((t) => [t.id, `Ticket ${t.id}`, t.status === 'solved' ? 'Resolved' : t.status === 'pending' ? 'Pending' : 'Open', FD_PRIORITY[tierRank(t.tier) - 1] ?? 'Low', source, local(t.createdMs), local(t.resolvedMs), local(t.firstResponseMs), ''].map(csvCell).join(','));
  return { path: 'freshdesk-tickets.csv', contents: `${[head, ...rows].join('\n')}\n` };
}

const ZAMMAD_PRIORITY = ['3 high', '3 high', '2 normal', '1 low'];

export function zammadJson(tickets: readonly TicketRecord[], articleType: string, tierRank: (tier: string | undefined) => number): ExportFile {
  const rows = tickets.map((t) => ({
    id: Number(t.id), number: String(10000 + Number(t.id)), title: `Ticket ${t.id}`, group_id: 1, priority_id: 2, state_id: t.status === 'solved' ? 4 : 2,
    priority: ZAMMAD_PRIORITY[tierRank(t.tier) - 1] ?? '2 normal', state: t.status === 'solved' ? 'closed' : 'open', create_article_type: articleType,
    created_at: iso(t.createdMs), first_response_at: t.firstResponseMs === undefined ? null : iso(t.firstResponseMs), close_at: t.resolvedMs === undefined ? null : iso(t.resolvedMs),
  }));
  return { path: 'zammad-tickets.json', contents: JSON.stringify(rows) };
}
