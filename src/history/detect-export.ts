/**
 * Which export a file is, from its first few kilobytes: Freshdesk's CSV by its headers, any other
 * CSV as the generic export, Zendesk's pages by their records array (tickets, ticket metric
 * events, ticket metrics), Zammad's tickets by their columns. `--source` overrides the format;
 * a Zendesk page's role is always read from the file.
 */
import type { HistoryFormat } from './read-history.js';

/** What a file holds: its format, and for Zendesk which kind of page. */
export type ExportKind = { format: 'csv' | 'freshdesk' | 'zammad' } | { format: 'zendesk'; role: 'tickets' | 'events' | 'metrics' };

/** How many bytes of a file detection reads. */
export const HEAD_BYTES = 8192;

const FRESHDESK_HEADERS = ['Ticket ID', 'Created time'];
const ZAMMAD_KEYS = ['"first_response_at"', '"create_article_type"', '"state_id"', '"close_at"', '"group_id"'];

function zendeskRole(head: string): 'tickets' | 'events' | 'metrics' | undefined {
  if (/"ticket_metric_events"\s*:/.test(head)) return 'events';
  if (/"ticket_metrics"\s*:/.test(head)) return 'metrics';
  if (/"tickets"\s*:/.test(head) && /"via"\s*:|"requester_id"\s*:|"end_time"\s*:/.test(head)) return 'tickets';
  return undefined;
}

function jsonKind(head: string, given: HistoryFormat | undefined): ExportKind | undefined {
  const role = zendeskRole(head);
  if (given === 'zendesk' || (given === undefined && role)) return role ? { format: 'zendesk', role } : undefined;
  if (given === 'zammad' || ZAMMAD_KEYS.some((k) => head.includes(k))) return { format: 'zammad' };
  return undefined;
}

/**
 * The kind of a file whose text starts with `head`, or undefined when it cannot be told (the host
 * then asks for --source). `given` is --source.
 */
export function detectExport(head: string, given?: HistoryFormat): ExportKind | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return given === 'csv' || given === 'freshdesk' ? undefined : jsonKind(text, given);
  if (given === 'zendesk' || given === 'zammad') return undefined;
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  if (given === 'freshdesk' || (given === undefined && FRESHDESK_HEADERS.every((h) => header.includes(h)))) return { format: 'freshdesk' };
  return header.includes(',') || given === 'csv' ? { format: 'csv' } : undefined;
}
