/**
 * The CSV readers (the generic export and Freshdesk's): csv-parse streams the file, so only one
 * row is in memory at a time. A malformed row (an unclosed quote, a wrong number of cells) is
 * skipped and reported at its line by csv-parse's own error; everything after it is read on.
 */
import { createReadStream } from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import { HistoryProblems } from './history-problems.js';
import type { CsvField } from './csv-columns.js';
import { RecordBuilder, type RawTicket } from './record-builder.js';
import type { TicketRecord } from './ticket-record.js';

export interface CsvReadOptions {
  /** The file to read, and its name in messages (relative, POSIX). */
  path: string;
  name: string;
  /** Column name for each field the export has. */
  columns: Partial<Record<CsvField, string>>;
  /** Fields without which the file cannot be read. */
  required: CsvField[];
  timeZone?: string;
  problems: HistoryProblems;
}

/** Streams the tickets of one CSV export. */
export async function* readCsvTickets(options: CsvReadOptions): AsyncGenerator<TicketRecord> {
  const { problems, name } = options;
  const builder = new RecordBuilder(problems, options.timeZone);
  const skipped: CsvError[] = [];
  const parser = parse({ bom: true, info: true, skip_records_with_error: true, skip_empty_lines: true, relax_quotes: false });
  parser.on('skip', (error: CsvError) => skipped.push(error));
  const input = createReadStream(options.path);
  let opened = true;
  input.on('error', (error) => {
    opened = false;
    parser.destroy(error);
  });
  input.pipe(parser);
  let index: Map<CsvField, number> | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      while (skipped.length > 0) reportSkip(problems, name, skipped.shift()!);
      if (!index) {
        index = headerIndex(record, options, info.lines);
        if (!index) return;
        continue;
      }
      const row = builder.build(rawOf(record, index), { file: name, line: info.lines });
      if (row) {
        problems.read++;
        yield row;
      }
    }
    while (skipped.length > 0) reportSkip(problems, name, skipped.shift()!);
  } catch (error) {
    if (!opened || isIoError(error)) {
      problems.report('unreadable-file', { file: name }, `${name} cannot be read (${(error as Error).message}); check the path and that the file is a readable export.`, false);
      return;
    }
    throw error;
  }
}

function isIoError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && /^E[A-Z]+$/.test((error as { code: string }).code);
}

function reportSkip(problems: HistoryProblems, file: string, error: CsvError): void {
  const line = (error as CsvError & { lines?: number }).lines;
  problems.report('malformed-row', { file, line }, `${file}:${line ?? '?'}: this row is not well-formed CSV (${error.message.replace(/ at line \d+.*$/, '').replace(/ on line \d+$/, '')}), so it was skipped. Check its quotes and its number of cells.`);
}

/** Column positions by field; undefined (with a problem) when a required column is missing. */
function headerIndex(header: string[], options: CsvReadOptions, line: number): Map<CsvField, number> | undefined {
  const at = new Map(header.map((h, i) => [h.trim(), i] as const));
  const index = new Map<CsvField, number>();
  for (const [f, col] of Object.entries(options.columns) as [CsvField, string][]) {
    const i = at.get(col);
    if (i !== undefined) index.set(f, i);
  }
  const missing = options.required.filter((f) => !index.has(f));
  if (missing.length > 0) {
    const names = missing.map((f) => `"${options.columns[f]}"`).join(', ');
    options.problems.report('unreadable-file', { file: options.name, line }, `${options.name} has no ${names} column, so its tickets cannot be read; rename the column, or map it in the column mapping.`, false);
    return undefined;
  }
  return index;
}

function rawOf(record: string[], index: Map<CsvField, number>): RawTicket {
  const raw: RawTicket = {};
  for (const [f, i] of index) {
    const v = record[i];
    if (v !== undefined && v !== '') (raw as Record<string, string>)[f] = v;
  }
  return raw;
}
