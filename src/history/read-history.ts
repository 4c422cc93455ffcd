/**
 * One entry for every export format: the records of the given files, read in order into a sink,
 * with problems collected in `problems`. In strict mode the first problem ends the read
 * (`problems.stoppedBy` says which); otherwise bad records are counted, reported and skipped.
 * The files of one export share one set of ids, so a ticket in two files is a duplicate too.
 */
import type { CsvColumnNames } from './csv-columns.js';
import { readCsvTickets } from './csv-history.js';
import { freshdeskCsvReadOptions } from './freshdesk-history.js';
import { genericCsvReadOptions } from './generic-csv-history.js';
import type { HistoryFile, TicketSink, WallClockZone } from './history-file.js';
import { HistoryProblems, StrictStop } from './history-problems.js';
import { RecordBuilder } from './record-builder.js';
import { readZammad } from './zammad-history.js';
import { readZendesk, type ZendeskFiles } from './zendesk-history.js';

export type HistorySource =
  | { format: 'csv'; files: HistoryFile[]; columns?: CsvColumnNames; zone?: WallClockZone }
  | { format: 'freshdesk'; files: HistoryFile[]; zone?: WallClockZone }
  | { format: 'zammad'; files: HistoryFile[] }
  | { format: 'zendesk'; files: ZendeskFiles };

export type HistoryFormat = HistorySource['format'];

export const HISTORY_FORMATS: readonly HistoryFormat[] = ['csv', 'freshdesk', 'zammad', 'zendesk'];

function readEach(source: HistorySource, problems: HistoryProblems, sink: TicketSink): void {
  switch (source.format) {
    case 'zendesk':
      return readZendesk(source.files, problems, sink);
    case 'zammad': {
      const builder = new RecordBuilder(problems);
      for (const file of source.files) readZammad(file, builder, problems, sink);
      return;
    }
    case 'freshdesk':
    case 'csv': {
      const options = source.format === 'csv' ? genericCsvReadOptions(source.columns) : freshdeskCsvReadOptions();
      const builder = new RecordBuilder(problems, source.zone);
      for (const file of source.files) readCsvTickets(file, options, builder, problems, sink);
    }
  }
}

/** Reads the records of an export into `sink`; never throws for bad input. */
export function readHistory(source: HistorySource, problems: HistoryProblems, sink: TicketSink): void {
  try {
    readEach(source, problems, sink);
  } catch (error) {
    if (!(error instanceof StrictStop)) throw error;
    problems.stoppedBy = error.diagnostic;
  }
}

export { HistoryProblems };
export type { ZendeskFiles };
