/**
 * The pipeline: files → YAML documents with source maps → schema validation → typed model → rules.
 * Pure: it takes file contents and options, and returns data.
 */
import { sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { SeverityResolver, type Config } from './config/config.js';
import { decodePolicyText } from './load/decode.js';
import type { PolicyFile } from './load/files.js';
import { parseYaml } from './load/parse-yaml.js';
import { SourceMap } from './load/source-map.js';
import { buildModel, type ValidDocument } from './model/build-model.js';
import type { Model } from './model/model.js';
import { computeFacts, type FeasibilityFacts } from './feasibility/facts.js';
import { RULES } from './rules/index.js';
import { KINDS, type Kind } from './schema/kinds/index.js';
import { validateDocument } from './schema/validate.js';

export interface ValidationResult {
  diagnostics: Diagnostic[];
  /** Present after `check` on a fully valid policy set. */
  facts?: FeasibilityFacts;
  sources: SourceMap;
  model: Model;
  /** How many files and documents were read. */
  files: number;
  documents: number;
}

export interface CheckOptions {
  /** YYYY-MM-DD: the date every date-dependent rule measures from. */
  asOf: string;
  config?: Config;
  /** Days of real dates feasibility covers from asOf (default 365). */
  horizonDays?: number;
}

/** Load and schema-validate: the `validate` command. */
export function validatePolicies(files: readonly PolicyFile[]): ValidationResult {
  const sources = new SourceMap();
  const diagnostics: Diagnostic[] = [];
  const valid: ValidDocument[] = [];
  const declared = new Set<string>();
  let documents = 0;
  for (const file of files) {
    const decoded = file.problem === undefined ? decodePolicyText(file.bytes) : { ok: false as const, message: file.problem, line: 1, column: 1 };
    if (!decoded.ok) {
      const { line, column } = decoded;
      diagnostics.push({ ruleId: 'file', severity: 'error', message: decoded.message, location: { file: file.path, pointer: '', start: { line, column }, end: { line, column } } });
      continue;
    }
    const parsed = parseYaml(file.path, decoded.text, sources);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.documents.length === 0 && parsed.diagnostics.length === 0) {
      diagnostics.push({ ruleId: 'file', severity: 'warn', message: 'This file has no policy documents (it is empty or holds only comments). Add a document or delete the file.', location: { file: file.path, pointer: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });
    }
    // Names declared by documents that fail to parse still count, so a typo in one document
    // does not make every reference to it look undefined.
    for (const doc of parsed.source.documents) {
      const kind = doc.getIn(['kind']);
      const name = doc.getIn(['metadata', 'name']);
      // A document whose kind is mistyped (`kind: Rol`) could be any kind: its name counts for all.
      if (typeof kind === 'string' && typeof name === 'string') declared.add(`${KINDS.includes(kind as Kind) ? kind : '*'}/${name}`);
    }
    for (const doc of parsed.documents) {
      documents++;
      const kind = validateDocument(doc, sources, diagnostics);
      if (kind) valid.push({ file: doc.file, index: doc.index, kind, data: doc.data as ValidDocument['data'] });
    }
  }
  return { diagnostics: sortDiagnostics(diagnostics), sources, model: buildModel(valid, declared), files: files.length, documents };
}

/**
 * Validate, then run the rules: the `check` command. While some documents are invalid, only the
 * rules marked partialModel run, so one broken file does not cascade into misleading findings.
 */
export function checkPolicies(files: readonly PolicyFile[], options: CheckOptions): ValidationResult {
  const validation = validatePolicies(files);
  const partial = validation.diagnostics.some((d) => d.severity === 'error');
  const severities = new SeverityResolver(options.config);
  const { model, sources } = validation;
  const diagnostics = [...validation.diagnostics];
  let facts: FeasibilityFacts | undefined;
  const context = {
    model,
    asOf: options.asOf,
    get facts() {
      return (facts ??= computeFacts(model, { asOf: options.asOf, horizonDays: options.horizonDays }));
    },
  };
  for (const rule of RULES) {
    if (partial && !rule.partialModel) continue;
    rule.check(context, (problem) => {
      const severity = severities.resolve(rule.id, problem.at.file, rule.defaultSeverity);
      if (severity === 'off') return;
      const { file, document, pointer } = problem.at;
      const location = problem.within
        ? sources.locateWithin(file, document, pointer, problem.within.line, problem.within.column)
        : sources.locate(file, document, pointer, problem.target);
      diagnostics.push({
        ruleId: rule.id,
        severity,
        message: problem.message,
        location,
        ...(problem.related?.length ? { related: problem.related.map((r) => ({ message: r.message, location: sources.locate(r.at.file, r.at.document, r.at.pointer) })) } : {}),
        ...(problem.suggestion ? { suggestion: problem.suggestion } : {}),
      });
    });
  }
  // Facts are part of the result whenever the model is whole, for the JSON report and generators.
  return { ...validation, diagnostics: sortDiagnostics(diagnostics), ...(partial ? {} : { facts: context.facts }) };
}
