/**
 * Bad records found while reading an export, as located diagnostics: a malformed row, a
 * timestamp with no zone, a first response before creation, a duplicate id, pages out of order,
 * a truncated page. Reading goes on past them and counts what it skipped; in strict mode the
 * first one stops the read. Memory stays bounded: past MAX_LISTED per kind only counts grow.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RecordAt } from './ticket-record.js';

export type HistoryProblemKind =
  | 'malformed-row'
  | 'missing-value'
  | 'bad-timestamp'
  | 'timestamp-without-zone'
  | 'response-before-creation'
  | 'duplicate-id'
  | 'pages-out-of-order'
  | 'truncated-json'
  | 'record-too-large'
  | 'unreadable-file';

/** One problem as the measure report lists it. */
export interface HistoryProblem {
  kind: HistoryProblemKind;
  file: string;
  /** The record's line (CSV), else null. */
  line: number | null;
  /** The record's JSON pointer (JSON pages), else null. */
  pointer: string | null;
  message: string;
}

/** Diagnostics kept per kind; more are counted, not kept. */
export const MAX_LISTED = 1000;

export class StrictStop extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

export class HistoryProblems {
  readonly counts = new Map<HistoryProblemKind, number>();
  private readonly listed: Diagnostic[] = [];
  /** Records left out because of a problem (a problem may also keep its record, e.g. pages out of order). */
  skipped = 0;
  /** Records read and kept. */
  read = 0;
  /** In strict mode, the problem that stopped the read. */
  stoppedBy: Diagnostic | undefined;

  constructor(readonly strict = false) {}

  /** Records one problem; `skip` when the record is left out. Throws StrictStop in strict mode. */
  report(kind: HistoryProblemKind, at: RecordAt, message: string, skip = true): void {
    if (skip) this.skipped++;
    const count = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, count);
    // Bad records are warnings the run goes past; under --strict each stops it.
    const diagnostic = toDiagnostic(kind, at, message, this.strict ? 'error' : 'warn');
    if (count <= MAX_LISTED) this.listed.push(diagnostic);
    if (this.strict) throw new StrictStop(diagnostic);
  }

  get total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c;
    return n;
  }

  /** The kept diagnostics in file, line and pointer order. */
  diagnostics(): Diagnostic[] {
    return [...this.listed].sort(byPlace);
  }

  /** The kept problems in the same order, as the measure report lists them. */
  problems(): HistoryProblem[] {
    return this.diagnostics().map(problemOf);
  }

  /** Counts per kind, sorted by kind, for reports. */
  summary(): { kind: HistoryProblemKind; count: number }[] {
    return [...this.counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  }
}

/** A problem diagnostic (ruleId `history-<kind>`) as a report entry. */
export function problemOf(d: Diagnostic): HistoryProblem {
  const { file, pointer, start } = d.location;
  return { kind: d.ruleId.slice('history-'.length) as HistoryProblemKind, file, line: pointer === '' ? start.line : null, pointer: pointer === '' ? null : pointer, message: d.message };
}

function toDiagnostic(kind: HistoryProblemKind, at: RecordAt, message: string, severity: Diagnostic['severity']): Diagnostic {
  const line = at.line ?? 1;
  return {
    ruleId: `history-${kind}`,
    severity,
    message,
    location: { file: at.file, pointer: at.pointer ?? '', start: { line, column: 1 }, end: { line, column: 1 } },
  };
}

function byPlace(a: Diagnostic, b: Diagnostic): number {
  const x = a.location;
  const y = b.location;
  return x.file < y.file ? -1 : x.file > y.file ? 1 : x.start.line - y.start.line || pointerOrder(x.pointer, y.pointer) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** `/tickets/9` before `/tickets/10`: numeric segments compare as numbers. */
function pointerOrder(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** How a record is named in messages: "line 12" or "record /tickets/3". */
export function placeWords(at: RecordAt): string {
  return at.line !== undefined ? `line ${at.line}` : `record ${at.pointer ?? ''}`;
}
