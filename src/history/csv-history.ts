/**
 * The CSV readers (the generic export and Freshdesk's): the scanner streams the file, so only a
 * row is in memory at a time. A malformed row (a stray quote, a wrong number of cells) is
 * skipped and reported at its line; everything after it is read on.
 */
import type { CsvField } from './csv-columns.js';
import { CsvScanner } from './csv-scanner.js';
import { isIoError, type HistoryFile, type TicketSink } from './history-file.js';
import type { HistoryProblems } from './history-problems.js';
import { RecordBuilder, type RawTicket } from './record-builder.js';

export interface CsvReadOptions {
  /** Column name for each field the export has. */
  columns: Partial<Record<CsvField, string>>;
  /** Fields without which the file cannot be read. */
  required: CsvField[];
  /** Extra columns a reader turns into fields of its own (Freshdesk's SLA verdicts). */
  extra?: { names: string[]; read(cells: readonly (string | undefined)[], raw: RawTicket): void };
}

/** Reads the tickets of one CSV export into `sink`; `builder` is shared by the files of one export (duplicate ids across them). */
export function readCsvTickets(file: HistoryFile, options: CsvReadOptions, builder: RecordBuilder, problems: HistoryProblems, sink: TicketSink): void {
  const rows = new CsvRows(file.name, options, builder, problems, sink);
  const scanner = new CsvScanner(rows);
  try {
    for (const chunk of file.chunks()) {
      scanner.write(chunk);
      if (rows.stopped) return;
    }
    scanner.end();
  } catch (error) {
    if (!isIoError(error)) throw error;
    problems.report('unreadable-file', { file: file.name }, `${file.name} cannot be read (${error.code}: ${error.message}); check the path and that the file is a readable export.`, false);
  }
}

class CsvRows {
  private index: Int32Array | undefined;
  private fields: CsvField[] = [];
  private extraAt: Int32Array | undefined;
  private width = 0;
  /** The header lacks a required column: nothing more to read. */
  stopped = false;
  private readonly raw: RawTicket = {};
  private readonly extraCells: (string | undefined)[] = [];

  constructor(private readonly name: string, private readonly options: CsvReadOptions, private readonly builder: RecordBuilder, private readonly problems: HistoryProblems, private readonly sink: TicketSink) {}

  bad(line: number, reason: string): void {
    this.problems.report('malformed-row', { file: this.name, line }, `the row at line ${line} is not well-formed CSV (${reason}), so it was skipped. Check its quotes and its number of cells.`);
  }

  row(cells: readonly string[], line: number): void {
    if (this.stopped) return;
    if (!this.index) return this.header(cells, line);
    if (cells.length !== this.width) return this.bad(line, `it has ${cells.length} cells where the header has ${this.width}`);
    const raw = this.raw;
    for (let i = 0; i < this.fields.length; i++) {
      const v = cells[this.index[i]!]!;
      (raw as Record<string, string | undefined>)[this.fields[i]!] = v === '' ? undefined : v;
    }
    const extra = this.options.extra;
    if (extra && this.extraAt) {
      for (let i = 0; i < this.extraAt.length; i++) this.extraCells[i] = this.extraAt[i]! < 0 ? undefined : cells[this.extraAt[i]!];
      extra.read(this.extraCells, raw);
    }
    const record = this.builder.build(raw, { file: this.name, line });
    if (record) {
      this.problems.read++;
      this.sink(record);
    }
  }

  /** Column positions by field; a missing required column is a problem that ends the file. */
  private header(cells: readonly string[], line: number): void {
    const at = new Map(cells.map((h, i) => [h.trim(), i] as const));
    const found = (Object.entries(this.options.columns) as [CsvField, string][]).filter(([, col]) => at.has(col));
    const missing = this.options.required.filter((f) => !found.some(([g]) => g === f));
    if (missing.length > 0) {
      const names = missing.map((f) => `"${this.options.columns[f]}"`).join(', ');
      this.problems.report('unreadable-file', { file: this.name, line }, `${this.name} has no ${names} column, so its tickets cannot be read; rename the column, or map it in measure.columns in supportops.yaml.`, false);
      this.stopped = true;
      return;
    }
    this.width = cells.length;
    this.fields = found.map(([f]) => f);
    this.index = Int32Array.from(found, ([, col]) => at.get(col)!);
    if (this.options.extra) this.extraAt = Int32Array.from(this.options.extra.names, (n) => at.get(n) ?? -1);
  }
}
