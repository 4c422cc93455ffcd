/**
 * Table tests for rules, after typescript-eslint's RuleTester: every valid set has no finding
 * of the rule; every invalid set has exactly the expected findings, each shown as
 * "file:line:col severity message (suggestion)", and exactly the expected related locations.
 */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { HistoryFacts } from '../../src/measure/history-facts.js';
import { check, show, type FileSet } from './policies.js';

export interface CaseOptions {
  asOf?: string;
  config?: Config;
  history?: HistoryFacts;
}

export interface ValidCase {
  name: string;
  set: FileSet;
  options?: CaseOptions;
}

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule, in output order, shown. */
  findings: string[];
  /** For each finding, its related locations shown as "file:line:col message". Leave out when there are none. */
  related?: string[][];
}

/** A related location as "file:line:col message". */
export function showRelated(d: Diagnostic): string[] {
  return (d.related ?? []).map((r) => `${r.location.file}:${r.location.start.line}:${r.location.start.column} ${r.message}`);
}

/** The diagnostics of one rule, unshown, for assertions on `related` or the raw location. */
export function ruleDiagnostics(set: FileSet, ruleId: string, options: CaseOptions = {}): Diagnostic[] {
  return check(set, options).filter((d) => d.ruleId === ruleId);
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it.each(cases.valid)('valid: $name', ({ set, options }) => {
      expect(ruleDiagnostics(set, ruleId, options).map(show)).toEqual([]);
    });

    it.each(cases.invalid)('invalid: $name', ({ set, options, findings, related }) => {
      const found = ruleDiagnostics(set, ruleId, options);
      expect(found.map(show)).toEqual(findings);
      expect(found.map(showRelated)).toEqual(related ?? findings.map(() => []));
    });
  });
}
