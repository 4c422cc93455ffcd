/** The supportops library: the policy pipeline, with no console output and no process exits. */
export type { Diagnostic, Severity, SeveritySetting, SourceLocation, Position, RelatedLocation, Summary } from './diagnostics/diagnostic.js';
export { atLeast, compareDiagnostics, failsAt, sortDiagnostics, summarize } from './diagnostics/diagnostic.js';
export { readPolicyFiles, type PolicyFile } from './load/files.js';
export { checkPolicies, validatePolicies, type CheckOptions, type ValidationResult } from './pipeline.js';
export { ConfigSchema, SeverityResolver, type Config } from './config/config.js';
export type { Model, Entity, Origin } from './model/model.js';
export { RULES } from './rules/index.js';
export type { Rule, RuleContext, RuleReport } from './rules/define-rule.js';
export { stylish } from './format/stylish.js';
export { json, REPORT_FORMAT_VERSION } from './format/json.js';
export type { FormatContext, Formatter } from './format/format-context.js';
export { API_VERSION, KINDS, SPECS, documentSchema, type Kind, type SpecOf } from './schema/kinds/index.js';
export { allJsonSchemas, kindJsonSchema, policyJsonSchema } from './schema/json-schema.js';
export { durationSeconds, parseTarget, percent, formatDuration } from './model/values.js';
