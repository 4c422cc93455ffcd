/**
 * Freshdesk's ticket CSV export (Tickets → Export): the column headers Freshdesk writes, its
 * words for sources, priorities and statuses, and times written in the helpdesk's own zone with
 * no offset, so the zone must be given (an IANA name). Its SLA columns ("First response status",
 * "Resolution status": Within SLA or SLA Violated) and tracked time are kept for cross-checks and
 * the handle-time estimate. schemas/history/README.md gives the origin of every column.
 */
import type { CsvField } from './csv-columns.js';
import type { CsvReadOptions } from './csv-history.js';
import type { RawTicket } from './record-builder.js';
import type { VendorMeasures } from './ticket-record.js';

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

const VERDICTS: Record<string, boolean> = { 'Within SLA': false, 'SLA Violated': true };

/** "01:30" (hours and minutes tracked) → 5400 seconds. */
function trackedSeconds(cell: string | undefined): string | undefined {
  const m = cell ? /^(\d{1,5}):(\d{2})$/.exec(cell.trim()) : null;
  return m ? String(Number(m[1]) * 3600 + Number(m[2]) * 60) : undefined;
}

/** The SLA verdicts and tracked time of a row, read onto the record's fields. */
function readExtra(cells: readonly (string | undefined)[], raw: RawTicket): void {
  const [tracked, firstStatus, resolutionStatus] = cells;
  raw.handleSeconds = trackedSeconds(tracked);
  const firstResponse = firstStatus === undefined ? undefined : VERDICTS[firstStatus.trim()];
  const resolution = resolutionStatus === undefined ? undefined : VERDICTS[resolutionStatus.trim()];
  const verdicts: VendorMeasures['verdicts'] = {};
  if (firstResponse !== undefined) verdicts.firstResponse = firstResponse;
  if (resolution !== undefined) verdicts.resolution = resolution;
  raw.vendor = firstResponse === undefined && resolution === undefined ? undefined : { verdicts };
}

/** How the CSV reader reads a Freshdesk export (its times are in the helpdesk's zone, which read-history.ts passes to the record builder). */
export function freshdeskCsvReadOptions(): CsvReadOptions {
  return {
    columns: FRESHDESK_COLUMNS,
    required: ['id', 'created'],
    extra: { names: ['Time tracked', 'First response status', 'Resolution status'], read: readExtra },
  };
}
