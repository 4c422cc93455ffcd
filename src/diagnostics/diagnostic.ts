/** Diagnostics are data: every problem found in a policy set becomes one of these. */
import { cmp } from '../values/order.js';

export type Severity = 'error' | 'warn' | 'info';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info'];

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units like editors do. */
  column: number;
}

export interface SourceLocation {
  /** Relative to the policy root, POSIX separators. */
  file: string;
  /** Index of the YAML document within the file (0-based); omitted for whole-file problems. */
  document?: number;
  /** JSON pointer into that document ('' for the document itself). */
  pointer: string;
  start: Position;
  end: Position;
}

export interface RelatedLocation {
  location: SourceLocation;
  message: string;
}

export interface Diagnostic {
  /** 'yaml-syntax', 'schema', … or a rule id. */
  ruleId: string;
  severity: Severity;
  /** Plain words that say what is wrong and what to do. */
  message: string;
  location: SourceLocation;
  related?: RelatedLocation[];
  /** e.g. "did you mean 'billing-specialists'?" */
  suggestion?: string;
  /** With `check --baseline`: whether the change introduces this finding or it was already there. */
  baseline?: 'new' | 'existing';
  /**
   * The same finding across versions, whatever lines moved (rule, document kind and name, JSON
   * pointer, hashed): see model/fingerprints.ts.
   */
  fingerprint?: string;
  /** Why this finding does not count: an inline suppression, or an entry of the baseline file. */
  suppression?: Suppression;
}

/**
 * A suppressed finding, after SARIF's `suppression` object. `inSource` is a
 * `# supportops-disable-next-line` comment; `external` an entry of .supportops-baseline.json.
 * `underReview`: added by the change under review, so not applied to that change's own gate;
 * the finding counts until the change is merged (or acknowledged).
 */
export interface Suppression {
  kind: 'inSource' | 'external';
  justification: string;
  /** Where the suppression is written: the comment, or the baseline file. */
  location?: SourceLocation;
  status?: 'accepted' | 'underReview';
}

/** Whether a suppression takes the finding out of the count (one under review does not). */
export function isSuppressed(d: Diagnostic): boolean {
  return d.suppression !== undefined && d.suppression.status !== 'underReview';
}

const RANK: Record<Severity, number> = { error: 3, warn: 2, info: 1 };

/** True when `severity` is at or above `level` (error > warn > info). */
export function atLeast(severity: Severity, level: Severity): boolean {
  return RANK[severity] >= RANK[level];
}

/** Stable order: file, position, rule, message — so output never depends on rule run order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.location.file, b.location.file) ||
    a.location.start.line - b.location.start.line ||
    a.location.start.column - b.location.start.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message)
  );
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts by severity; suppressed findings are not counted (see `suppressedCount`). */
export function summarize(diagnostics: readonly Diagnostic[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (isSuppressed(d)) continue;
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warn') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

/** Whether a diagnostic reaches the fail level (the CLI's exit code 1). With a baseline only new findings count; suppressed ones never do. */
const failsBy = (level: Severity) => (d: Diagnostic): boolean => d.baseline !== 'existing' && !isSuppressed(d) && atLeast(d.severity, level);

/** Whether any diagnostic reaches the fail level. */
export function failsAt(diagnostics: readonly Diagnostic[], level: Severity): boolean {
  return diagnostics.some(failsBy(level));
}

/** The diagnostics that reach the fail level, to count them. */
export function failing(diagnostics: readonly Diagnostic[], level: Severity): Diagnostic[] {
  return diagnostics.filter(failsBy(level));
}

/** How many findings a suppression takes out of the count. */
export function suppressedCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter(isSuppressed).length;
}
