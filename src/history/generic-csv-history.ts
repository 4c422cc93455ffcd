/** The generic CSV export: documented columns (csv-columns.ts), renamed by a mapping when needed. */
import { columnNames, type CsvColumns } from './csv-columns.js';
import { readCsvTickets } from './csv-history.js';
import type { HistoryProblems } from './history-problems.js';
import type { TicketRecord } from './ticket-record.js';

export function readGenericCsv(path: string, name: string, problems: HistoryProblems, mapping: CsvColumns = {}): AsyncGenerator<TicketRecord> {
  return readCsvTickets({ path, name, columns: columnNames(mapping), required: ['id', 'created'], timeZone: mapping.timeZone, problems });
}
