/**
 * The first three stages for a set of policy files: decode and parse each file (load), check
 * each document against its kind's schema (schema), and build the typed model from the valid
 * ones (model), with schedules' holiday calendars and .ics files expanded for the years from
 * --as-of. Pure: it takes file contents and returns data; the `validate` command.
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodePolicyText } from '../load/decode.js';
import { isCalendarFile, type PolicyFile } from '../load/files.js';
import { parseYaml, type RawDocument } from '../load/parse-yaml.js';
import type { SharedParses } from '../load/shared-parses.js';
import { SourceMap } from '../load/source-map.js';
import { KINDS, type Kind } from '../schema/kinds/kind-registry.js';
import { validateDocument } from '../schema/validate-document.js';
import { buildModel, type ValidDocument } from './build-model.js';
import { fingerprintOf, withFingerprints } from './fingerprints.js';
import { holidayYears, NO_YEARS } from './holidays/holiday.js';
import { HolidayResolver, type HolidayProblem } from './holidays/resolve-holidays.js';
import type { Model } from './model.js';

export interface ValidationResult {
  diagnostics: Diagnostic[];
  sources: SourceMap;
  model: Model;
  /** How many files and documents were read. */
  files: number;
  documents: number;
  /**
   * Documents that parsed but failed their kind's schema, as written: left out of the model, yet
   * rules that check one written value at a time (a time zone, a date) still read them, so one
   * schema error does not hide those findings.
   */
  unvalidated: RawDocument[];
}

/** The date the run measures from: the years a schedule's holiday calendars are expanded for follow from it. */
export interface ValidateOptions {
  /**
   * YYYY-MM-DD. Without it, calendars and .ics files are checked but give no dates: only dates
   * written in the schedules count (every command passes one). `model` is the version in force
   * that day; without it, the version before any dated revision (docs/effective-dates.md).
   */
  asOf?: string;
  /** Days of real dates the checks cover from asOf (default 365). */
  horizonDays?: number;
  /** Parses to share with another version read in the same run (a baseline's): the same file is parsed once. */
  parses?: SharedParses;
}

const fileStart = { line: 1, column: 1 };

/** What one file contributes: its problems, its valid documents, and the names it declares. */
interface FileReading {
  diagnostics: Diagnostic[];
  valid: ValidDocument[];
  unvalidated: RawDocument[];
  declared: Set<string>;
  documents: number;
  /** .ics files by path, with their text (undefined when unreadable). */
  calendars: Map<string, string | undefined>;
}

function readFile(file: PolicyFile, sources: SourceMap, into: FileReading, parses: SharedParses | undefined): void {
  const decoded = file.problem === undefined ? decodePolicyText(file.bytes) : { ok: false as const, message: file.problem, ...fileStart };
  if (!decoded.ok) {
    const { line, column } = decoded;
    into.diagnostics.push({ ruleId: 'file', severity: 'error', message: decoded.message, location: { file: file.path, pointer: '', start: { line, column }, end: { line, column } } });
    if (isCalendarFile(file.path)) into.calendars.set(file.path, undefined);
    return;
  }
  if (isCalendarFile(file.path)) {
    // Read only when a schedule names it; kept for code frames either way.
    sources.addText(file.path, decoded.text);
    into.calendars.set(file.path, decoded.text);
    return;
  }
  const parsed = parses ? parses.parse(file.path, decoded.text, sources) : parseYaml(file.path, decoded.text, sources);
  into.diagnostics.push(...parsed.diagnostics);
  if (parsed.documents.length === 0 && parsed.diagnostics.length === 0) {
    into.diagnostics.push({ ruleId: 'file', severity: 'warn', message: 'This file has no policy documents (it is empty or holds only comments). Add a document or delete the file.', location: { file: file.path, pointer: '', start: fileStart, end: fileStart } });
  }
  // Names declared by documents that fail to parse still count, so a typo in one document
  // does not make every reference to it look undefined.
  for (const { kind, name } of parsed.names) {
    // A document whose kind is mistyped (`kind: Rol`) could be any kind: its name counts for all.
    if (typeof kind === 'string' && typeof name === 'string') into.declared.add(`${KINDS.includes(kind as Kind) ? kind : '*'}/${name}`);
  }
  for (const doc of parsed.documents) {
    into.documents++;
    const kind = validateDocument(doc, sources, into.diagnostics);
    if (kind) into.valid.push({ file: doc.file, index: doc.index, kind, data: doc.data as ValidDocument['data'] });
    else into.unvalidated.push(doc);
  }
  // Read: the documents' syntax trees come back only for files a finding points into.
  parsed.source.release();
}

/** A problem met expanding holidays, at its place in a schedule or in a .ics file. */
function holidayDiagnostic(problem: HolidayProblem, sources: SourceMap): Diagnostic {
  if (problem.ruleId === 'ics-syntax') {
    const { line, column, endColumn, message } = problem.problem;
    const found: Diagnostic = { ruleId: 'ics-syntax', severity: 'error', message, location: { file: problem.file, pointer: '', ...sources.lineSpan(problem.file, line, column, endColumn) } };
    // A .ics file has no documents or pointers: the problem's words tell two problems apart, wherever their lines move.
    return { ...found, fingerprint: fingerprintOf({ ...found, location: { ...found.location, pointer: `#${message}` } }, sources) };
  }
  const { file, document, pointer } = problem.at;
  return { ruleId: problem.ruleId, severity: 'error', message: problem.message, location: sources.locate(file, document, pointer), ...(problem.suggestion ? { suggestion: problem.suggestion } : {}) };
}

/** Load and schema-validate: the `validate` command. */
export function validatePolicies(files: readonly PolicyFile[], options: ValidateOptions = {}): ValidationResult {
  const sources = new SourceMap();
  const reading: FileReading = { diagnostics: [], valid: [], unvalidated: [], declared: new Set(), documents: 0, calendars: new Map() };
  for (const file of files) readFile(file, sources, reading, options.parses);
  const holidays = new HolidayResolver(reading.calendars, options.asOf === undefined ? NO_YEARS : holidayYears(options.asOf, options.horizonDays));
  // The version in force on --as-of (docs/effective-dates.md).
  const model = buildModel(reading.valid, reading.declared, holidays, options.asOf);
  const diagnostics = [...reading.diagnostics, ...holidays.problems.map((p) => holidayDiagnostic(p, sources))];
  return { diagnostics: withFingerprints(sortDiagnostics(diagnostics), sources), sources, model, files: files.length, documents: reading.documents, unvalidated: reading.unvalidated };
}
