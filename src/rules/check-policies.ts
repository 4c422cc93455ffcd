/**
 * Validate, then run the rules: the `check` command. While some documents are invalid, only the
 * rules marked partialModel run, so one broken file does not cascade into misleading findings.
 * Pure: it takes file contents and options, and returns data.
 */
import { SeverityResolver, type Config } from '../config/config.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FactsCache } from '../facts/facts-cache.js';
import { computeFacts, factsOn, type DemandSource, type FeasibilityFacts } from '../facts/compute-facts.js';
import { DEFAULT_HORIZON_DAYS } from '../facts/horizon.js';
import type { HistoryFacts } from '../measure/history-facts.js';
import { withMeasuredDemand } from '../measure/measure-view.js';
import type { Model } from '../model/model.js';
import { addDays } from '../values/calendar-dates.js';
import type { PolicyFile } from '../load/files.js';
import type { SharedParses } from '../load/shared-parses.js';
import type { SourceMap } from '../load/source-map.js';
import { withFingerprints } from '../model/fingerprints.js';
import { validatePolicies, type ValidationResult } from '../model/validate-policies.js';
import type { Rule, RuleReport } from './define-rule.js';
import { RULES } from './rule-registry.js';
import { runRulesOverTime, type RuleWindow } from './rules-over-time.js';
import { applySuppressions, type SuppressionDirective } from './suppressions.js';

/** A validation result with the feasibility facts, present on a fully valid policy set. */
export interface CheckResult extends ValidationResult {
  facts?: FeasibilityFacts;
  /** The usable suppression comments of the policies (after `check`; none after `validate`). */
  suppressions?: SuppressionDirective[];
}

export interface CheckOptions {
  /** YYYY-MM-DD: the date every date-dependent rule measures from. */
  asOf: string;
  config?: Config;
  /** Days of real dates feasibility covers from asOf (default 365). */
  horizonDays?: number;
  /** Reuse facts and simulations across the versions of one run (a baseline, a diff); none by default. */
  cache?: FactsCache;
  /** A measured ticket history: its demand replaces the declared demand of the channels it measured, and demand-matches-history compares the two. */
  history?: HistoryFacts;
  /** Run only these rules (`--rule`; supportops measure runs demand-matches-history alone); load and schema problems are always reported. */
  only?: readonly string[];
  /** Parses shared with another version of the same run (validate-policies.ts). */
  parses?: SharedParses;
  /** The files' validation when the caller already has it, made with the same asOf, horizonDays and parses. */
  validated?: ValidationResult;
}

/** A rule's report as a diagnostic at its file, line and column. */
function toDiagnostic(rule: Rule, problem: RuleReport, severity: Diagnostic['severity'], sources: SourceMap): Diagnostic {
  const { file, document, pointer } = problem.at;
  const location = problem.within
    ? sources.locateWithin(file, document, pointer, problem.within.line, problem.within.column)
    : sources.locate(file, document, pointer, problem.target);
  return {
    ruleId: rule.id,
    severity,
    message: problem.message,
    location,
    ...(problem.related?.length ? { related: problem.related.map((r) => ({ message: r.message, location: sources.locate(r.at.file, r.at.document, r.at.pointer) })) } : {}),
    ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
  };
}

/** The model the rules and facts read: as declared, or with the demand a history measured. */
function checkedModel(model: Model, history: HistoryFacts | undefined): { model: Model; demand?: DemandSource } {
  if (!history) return { model };
  const measured = withMeasuredDemand(model, history.calibration);
  if (measured.measured.length === 0) return { model };
  return { model: measured.model, demand: { export: history.source, window: history.window, measured: measured.measured } };
}

export function checkPolicies(files: readonly PolicyFile[], options: CheckOptions): CheckResult {
  const { asOf } = options;
  const validation = options.validated ?? validatePolicies(files, { asOf, horizonDays: options.horizonDays, ...(options.parses ? { parses: options.parses } : {}) });
  const partial = validation.diagnostics.some((d) => d.severity === 'error');
  const severities = new SeverityResolver(options.config);
  const { sources } = validation;
  const { model, demand } = checkedModel(validation.model, partial ? undefined : options.history);
  const diagnostics = [...validation.diagnostics];
  let facts: FeasibilityFacts | undefined;
  const allFacts = () => (facts ??= computeFacts(model, { asOf, horizonDays: options.horizonDays, cache: options.cache, ...(demand ? { demand } : {}) }));
  // Every version in force from --as-of on, each checked; feasibility inside the horizon (docs/effective-dates.md).
  // The version on --as-of is the model as checked (with measured demand, under --history).
  const horizonEnd = addDays(asOf, options.horizonDays ?? DEFAULT_HORIZON_DAYS);
  const windows: RuleWindow[] = model.timeline.windows(asOf).map((window, i) => {
    let inForce: FeasibilityFacts | undefined;
    const facts = partial || window.from >= horizonEnd ? undefined : () => (inForce ??= factsOn(allFacts(), window.from));
    return { window, model: i === 0 ? model : model.timeline.at(window.from), facts };
  });
  const rules = RULES.filter((r) => (!partial || r.partialModel) && (!options.only || options.only.includes(r.id)));
  const shared = { asOf, unvalidated: validation.unvalidated, ...(options.history ? { history: options.history } : {}) };
  runRulesOverTime(rules, windows, shared, (rule, problem) => {
    const severity = severities.resolve(rule.id, problem.at.file, rule.defaultSeverity);
    if (severity !== 'off') diagnostics.push(toDiagnostic(rule, problem, severity, sources));
  });
  const ran = new Set(rules.filter((r) => options.config?.rules?.[r.id] !== 'off').map((r) => r.id));
  const suppressed = applySuppressions(diagnostics, sources, ran);
  // Facts are part of the result whenever the model is whole, for the JSON report and generators
  // (a run of chosen rules keeps only the facts they asked for).
  const whole = partial ? undefined : options.only ? facts : allFacts();
  return {
    ...validation, diagnostics: withFingerprints(sortDiagnostics(suppressed.diagnostics), sources), suppressions: suppressed.directives,
    ...(whole ? { facts: whole } : {}),
  };
}
