/**
 * One entry for every export format: the records of the given files, streamed, with problems
 * collected in `problems`. In strict mode the first problem ends the read (`problems.stoppedBy`
 * says which); otherwise bad records are counted, reported and skipped.
 */
import type { CsvColumns } from './csv-columns.js';
import { readFreshdeskCsv } from './freshdesk-history.js';
import { readGenericCsv } from './generic-csv-history.js';
import { HistoryProblems, StrictStop } from './history-problems.js';
import type { TicketRecord } from './ticket-record.js';
import { readZammad } from './zammad-history.js';
import { readZendesk, type HistoryFile, type ZendeskFiles } from './zendesk-history.js';

export type HistorySource =
  | { format: 'csv'; files: HistoryFile[]; columns?: CsvColumns }
  | { format: 'freshdesk'; files: HistoryFile[]; timeZone?: string }
  | { format: 'zammad'; files: HistoryFile[] }
  | { format: 'zendesk'; files: ZendeskFiles };

export type HistoryFormat = HistorySource['format'];

function recordsOf(source: HistorySource, problems: HistoryProblems): AsyncGenerator<TicketRecord> {
  switch (source.format) {
    case 'zendesk':
      return readZendesk(source.files, problems);
    case 'zammad':
      return readZammad(source.files, problems);
    case 'freshdesk':
      return each(source.files, (f) => readFreshdeskCsv(f.path, f.name, problems, source.timeZone));
    case 'csv':
      return each(source.files, (f) => readGenericCsv(f.path, f.name, problems, source.columns));
  }
}

async function* each(files: HistoryFile[], read: (f: HistoryFile) => AsyncGenerator<TicketRecord>): AsyncGenerator<TicketRecord> {
  for (const f of files) yield* read(f);
}

/** Streams the records of an export; never throws for bad input. */
export async function* readHistory(source: HistorySource, problems: HistoryProblems): AsyncGenerator<TicketRecord> {
  try {
    yield* recordsOf(source, problems);
  } catch (error) {
    if (!(error instanceof StrictStop)) throw error;
    problems.stoppedBy = error.diagnostic;
  }
}

export { HistoryProblems };
export type { HistoryFile, ZendeskFiles };
