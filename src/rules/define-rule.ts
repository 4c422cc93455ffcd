/** The shape of a rule: an id equal to its file name, a description, a default severity and a check. */
import type { Severity } from '../diagnostics/diagnostic.js';
import type { RawDocument } from '../load/parse-yaml.js';
import type { Target } from '../load/source-map.js';
import type { FeasibilityFacts } from '../facts/compute-facts.js';
import type { HistoryFacts } from '../measure/history-facts.js';
import type { Model, Origin } from '../model/model.js';

export interface RuleContext {
  model: Model;
  /** Documents that failed their schema, as written (see ValidationResult.unvalidated). */
  unvalidated: readonly RawDocument[];
  /** The date every date-dependent rule measures from, YYYY-MM-DD. */
  asOf: string;
  /** Coverage and capacity over the horizon; computed on first use, once per check. */
  readonly facts: FeasibilityFacts;
  /** What a ticket export measured, when the check was given one (check --history); rules never read the export. */
  history?: HistoryFacts;
}

export interface RuleReport {
  at: Origin;
  /** Point at the key rather than the value (for missing or unknown things). */
  target?: Target;
  message: string;
  /** A line and column inside the text value at `at` (for template bodies), 1-based. */
  within?: { line: number; column: number };
  related?: { at: Origin; message: string }[];
  suggestion?: string;
}

export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /**
   * Also run while some documents fail validation. Only for rules that cannot be misled by a
   * missing document (the model still knows the names those documents declare).
   */
  partialModel?: boolean;
  /**
   * Reads every dated revision at once through `model.timeline` (and no facts), so it finds the
   * same in every window: it runs once, not once per window.
   */
  timeline?: boolean;
  check(context: RuleContext, report: (problem: RuleReport) => void): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
