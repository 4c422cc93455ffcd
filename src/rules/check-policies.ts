/**
 * Validate, then run the rules: the `check` command. While some documents are invalid, only the
 * rules marked partialModel run, so one broken file does not cascade into misleading findings.
 * Pure: it takes file contents and options, and returns data.
 */
import { SeverityResolver, type Config } from '../config/config.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FactsCache } from '../facts/facts-cache.js';
import { computeFacts, factsOn, type FeasibilityFacts } from '../facts/compute-facts.js';
import { DEFAULT_HORIZON_DAYS } from '../facts/horizon.js';
import { addDays } from '../values/calendar-dates.js';
import type { PolicyFile } from '../load/files.js';
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
  /** Run only these rules (`--rule`); load and schema problems are always reported. */
  only?: readonly string[];
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

export function checkPolicies(files: readonly PolicyFile[], options: CheckOptions): CheckResult {
  const { asOf } = options;
  const validation = validatePolicies(files, { asOf });
  const partial = validation.diagnostics.some((d) => d.severity === 'error');
  const severities = new SeverityResolver(options.config);
  const { model, sources } = validation;
  const diagnostics = [...validation.diagnostics];
  let facts: FeasibilityFacts | undefined;
  const allFacts = () => (facts ??= computeFacts(model, { asOf, horizonDays: options.horizonDays, cache: options.cache }));
  // Every version in force from --as-of on, each checked; feasibility inside the horizon (docs/effective-dates.md).
  const horizonEnd = addDays(asOf, options.horizonDays ?? DEFAULT_HORIZON_DAYS);
  const windows: RuleWindow[] = model.timeline.windows(asOf).map((window) => {
    let inForce: FeasibilityFacts | undefined;
    const facts = partial || window.from >= horizonEnd ? undefined : () => (inForce ??= factsOn(allFacts(), window.from));
    return { window, model: model.timeline.at(window.from), facts };
  });
  const rules = RULES.filter((r) => (!partial || r.partialModel) && (!options.only || options.only.includes(r.id)));
  runRulesOverTime(rules, windows, { asOf, unvalidated: validation.unvalidated }, (rule, problem) => {
    const severity = severities.resolve(rule.id, problem.at.file, rule.defaultSeverity);
    if (severity !== 'off') diagnostics.push(toDiagnostic(rule, problem, severity, sources));
  });
  const ran = new Set(rules.filter((r) => options.config?.rules?.[r.id] !== 'off').map((r) => r.id));
  const suppressed = applySuppressions(diagnostics, sources, ran);
  // Facts are part of the result whenever the model is whole, for the JSON report and generators.
  return {
    ...validation, diagnostics: withFingerprints(sortDiagnostics(suppressed.diagnostics), sources), suppressions: suppressed.directives,
    ...(partial ? {} : { facts: allFacts() }),
  };
}
