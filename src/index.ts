/** The supportops library: the policy pipeline, with no console output and no process exits. */
export type { Diagnostic, Severity, SeveritySetting, SourceLocation, Position, RelatedLocation, Summary } from './diagnostics/diagnostic.js';
export { atLeast, compareDiagnostics, failsAt, sortDiagnostics, summarize } from './diagnostics/diagnostic.js';
export { readPolicyFiles, type PolicyFile } from './load/files.js';
export { validatePolicies, type ValidateOptions, type ValidationResult } from './model/validate-policies.js';
export { checkPolicies, type CheckOptions, type CheckResult } from './rules/check-policies.js';
export { ConfigSchema, SeverityResolver, type Config } from './config/config.js';
export type { Model, Entity, Origin } from './model/model.js';
export type { ModelSpecOf, ModelSpecs, Tier } from './model/typed-specs.js';
export { RULES } from './rules/rule-registry.js';
export type { Rule, RuleContext, RuleReport } from './rules/define-rule.js';
export { stylish } from './format/stylish.js';
export { json, REPORT_FORMAT_VERSION } from './format/json-report.js';
export type { FormatContext, Formatter } from './format/format-context.js';
export { API_VERSION, KINDS, SPECS, documentSchema, type Kind, type SpecOf } from './schema/kinds/kind-registry.js';
export { allJsonSchemas, kindJsonSchema, policyJsonSchema } from './schema/json-schema.js';
// Values as leads write them, parsed once into the model (each keeps its text).
export { Duration, durationSeconds, formatDuration, parseDuration } from './values/durations.js';
export { Share, percent, parseShare } from './values/shares.js';
export { Target, parseTarget, type ClockKind, type ParsedTarget } from './values/targets.js';
export { Interval, intervalValue } from './values/wall-clock.js';

// Time engine: business hours on real dates (see README "Library: business hours").
export {
  addBusinessMinutes, businessMinutesBetween, openIntervals, compileSchedule, CALENDAR, CALENDAR_CLOCK, CompiledSchedule, InvalidScheduleError,
  addBusinessMs, businessMsBetween, openIntervalsMs, coverageGaps, scheduleProblems, parseInterval, parseLocalTime, isValidTimeZone,
  mergeIntervals, unionIntervals, gaps,
} from './time/index.js';
export type { ScheduleInput, ScheduleSpec as TimeScheduleSpec, ScheduleProblem, CoverageReport, CoverageGap, OpenInterval } from './time/index.js';

// Capacity engine: workload, Erlang C and simulation (see README "Library: capacity").
export { erlangC, requiredAgents, asyncFte, chatAgents, dailyCapacity, backlogOverTime, simulateQueue } from './capacity/index.js';
export type { ErlangCInput, ErlangCResult, RequiredAgentsInput, RequiredAgentsResult, SimulationInput, SimulationResult } from './capacity/index.js';

// Feasibility facts computed from a model.
export { computeFacts, type FeasibilityFacts } from './facts/compute-facts.js';

// Measured reality: ticket exports read, measured on the policies' clocks, calibrated and backtested (see docs/measure.md).
export { readHistory, HistoryProblems, HISTORY_FORMATS, type HistorySource, type HistoryFormat, type ZendeskFiles } from './history/read-history.js';
export { textFile, type HistoryFile, type TicketSink, type WallClockZone } from './history/history-file.js';
export { detectExport, type ExportKind } from './history/detect-export.js';
export type { TicketRecord, MeasuredMetric } from './history/ticket-record.js';
export { measureExport, type MeasuredExport, type ExportRequest } from './measure/measure-export.js';
export { measureHistory, HistoryMeasurer, type MeasureOptions } from './measure/measure-history.js';
export type { Measurement, CellResult, TargetResult } from './measure/measurement.js';
export { historyFacts, type HistoryFacts } from './measure/history-facts.js';
export { compareDemand, type DemandDrift } from './measure/demand-drift.js';
export { measuredDemand, renderDemandYaml } from './measure/demand-block.js';
export type { Backtest, BacktestChannel, BacktestTarget } from './measure/backtest-result.js';
export { measureView, type MeasureView } from './measure/measure-view.js';
export { synthesizeHistory } from './measure/synthetic/synthetic-history.js';
export { measureJson, measureJsonSchema, measureReport, type MeasureReport, type MeasureResult } from './format/measure-json.js';
export { measureMarkdown, measureStylish } from './format/measure-report.js';

// Semantic diff and baseline.
export { diffPolicies, diffModels, type DiffOptions, type DiffSide, type PolicyDiff } from './diff/diff-policies.js';
export { diffJson, diffJsonSchema, type DiffLabels, type DiffReport } from './format/diff-json.js';
export { diffMarkdown } from './format/diff-markdown.js';
export type { Change, ChangeSeverity, ChangeCategory, Skipped } from './diff/change.js';
export { markBaseline } from './diff/baseline.js';

// Generators: model (+ facts) → artifacts { path, contents }, pure (see docs/artifacts.md).
export { generateArtifacts, customerViews, policyHash, artifactJsonSchemas, MANIFEST_PATH } from './generate/generate-artifacts.js';
export type { Acknowledgements, Artifact, CustomerViews, Disclosure, GenerateInput, GenerateProblem, GenerateResult, ReportFacts, TemplateSource } from './generate/generate-artifacts.js';

// Helpdesk targets: the policies as Zendesk, Freshdesk or Zammad payloads, the plan against a
// live configuration, and import, all pure (see docs/helpdesks.md). Talking HTTP to a helpdesk
// (pull, apply) is the CLI's and the Action's job, not the library's.
export { policyView, type PolicyView, type ViewInput } from './helpdesk/policy-view.js';
export { PRODUCTS, type Product } from './helpdesk/products.js';
export { TARGETS, type DesiredObject, type ExportResult, type JsonObject, type JsonValue, type LiveObject, type MappingFinding, type MappingRule, type TargetName } from './helpdesk/target.js';
export type { ProductApi, ResourceApi } from './helpdesk/api.js';
export { EXPORT_GENERATOR, exportArtifacts, locateFindings, objectPath } from './helpdesk/export-files.js';
export { liveObjects, liveFileName, type LiveFile } from './helpdesk/live.js';
export { hasChanges, plan, summarizePlan, type Plan, type PlanAction, type PlanChange, type PlanOptions, type PlanSummary } from './helpdesk/plan/plan.js';
export type { FieldChange } from './helpdesk/plan/payload-changes.js';
export { writeImported, type WrittenFile } from './helpdesk/import-writer.js';
export { locateImportFindings } from './helpdesk/import-findings.js';
export type { ImportedOrg } from './helpdesk/import-model.js';
export { planMarkdown, planStylish, PLAN_MARKDOWN_LIMIT, type PlanMarkdownOptions } from './format/plan-text.js';
export { planJson, planJsonSchema, PLAN_SCHEMA_FILE, type PlanOutput, type PlanReport } from './format/plan-json.js';
// Formats for CI systems, the check report's schema, suppressions and the baseline file.
export { sarif } from './format/sarif.js';
export { junit } from './format/junit.js';
export { codeClimate } from './format/codeclimate.js';
export { checkReportJsonSchema, type CheckReport } from './format/json-report-shape.js';
export { isSuppressed, suppressedCount, type Suppression } from './diagnostics/diagnostic.js';
export { fingerprintOf } from './model/fingerprints.js';
export { applyBaselineFile, baselineFileOf, baselineFileJsonSchema, parseBaselineFile, BASELINE_FILE, type BaselineFile } from './diff/baseline-file.js';
export type { GateChange, GateReport } from './config/gate-change.js';
