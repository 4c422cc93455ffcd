/**
 * Freshdesk's ticket CSV export (Tickets → Export): the column headers Freshdesk writes, its
 * words for sources, priorities and statuses, and times written in the helpdesk's own zone with
 * no offset, so the zone must be given (an IANA name). schemas/history/README.md gives the origin.
 */
import type { CsvField } from './csv-columns.js';
import { readCsvTickets } from './csv-history.js';
import type { HistoryProblems } from './history-problems.js';
import type { TicketRecord } from './ticket-record.js';

export const FRESHDESK_COLUMNS: Partial<Record<CsvField, string>> = {
  id: 'Ticket ID',
  channel: 'Source',
  created: 'Created time',
  firstResponse: 'Initial response time',
  solved: 'Resolved time',
  status: 'Status',
  priority: 'Priority',
  tags: 'Tags',
};

/** `timeZone`: the helpdesk's time zone, in which Freshdesk writes every time. */
export function readFreshdeskCsv(path: string, name: string, problems: HistoryProblems, timeZone?: string): AsyncGenerator<TicketRecord> {
  return readCsvTickets({ path, name, columns: FRESHDESK_COLUMNS, required: ['id', 'created'], timeZone, problems });
}
