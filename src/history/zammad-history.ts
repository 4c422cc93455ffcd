/**
 * Zammad: tickets as its REST API returns them with `expand=true` (GET /api/v1/tickets): the
 * timing columns of its Ticket model (`first_response_at`, `close_at`, `escalation_at`,
 * `first_response_in_min`, `close_in_min` in whole business minutes of its SLA calendar), and the
 * association names (`priority` "3 high", `state`, `create_article_type` "email"). A file is one
 * JSON array of tickets (or a page object with a `tickets` array); `tags`, which Zammad serves
 * apart, may be added to each ticket. Zammad keeps no status history in the ticket, so no
 * pauses: its own `*_in_min` minutes, which do leave pending states out, serve as cross-checks.
 */
import type { HistoryFile, TicketSink } from './history-file.js';
import type { HistoryProblems } from './history-problems.js';
import { readPage } from './json-pages.js';
import type { RecordBuilder } from './record-builder.js';
import type { VendorMeasures } from './ticket-record.js';

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

/** "3 high" → "high": Zammad names priorities with their rank in front. */
function priorityWord(v: unknown): string | undefined {
  const t = text(v);
  return t?.replace(/^\d+\s+/, '');
}

/** Reads the tickets of one file; `builder` is shared by the files of one export (duplicate ids across them). */
export function readZammad(file: HistoryFile, builder: RecordBuilder, problems: HistoryProblems, sink: TicketSink): void {
  readPage(file, 'tickets', problems, (el) => {
    const v = (typeof el.value === 'object' && el.value !== null ? el.value : {}) as Record<string, unknown>;
    const vendor: VendorMeasures = {};
    if (typeof v.first_response_in_min === 'number') vendor.firstResponseMinutes = { business: v.first_response_in_min };
    if (typeof v.close_in_min === 'number') vendor.resolutionMinutes = { business: v.close_in_min };
    const record = builder.build({
      id: text(v.id),
      channel: text(v.create_article_type),
      created: text(v.created_at),
      firstResponse: text(v.first_response_at),
      solved: text(v.close_at),
      status: text(v.state),
      priority: priorityWord(v.priority),
      tags: Array.isArray(v.tags) ? v.tags.filter((t) => typeof t === 'string').join(' ') : undefined,
      vendor: Object.keys(vendor).length > 0 ? vendor : undefined,
    }, { file: file.name, pointer: el.pointer });
    if (record) {
      problems.read++;
      sink(record);
    }
  }, { topArray: true });
}
