/**
 * One run of supportops over a policy folder, for the CLI and the Action alike: read the gate
 * settings and the policies, check them (or only validate), read and check a baseline version
 * to mark findings new or existing, compare the two versions, and render the artifacts when the
 * check passes. The fronts only parse their inputs, print or post what this returns, and exit.
 *
 * With a baseline, the gate's settings — config, suppressions, baseline file — come from the
 * base version (`configFrom: 'base'`, the default): a change cannot loosen its own check. What it
 * does to them is listed as gate changes, and applies once it is merged.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GateReport } from '../config/gate-change.js';
import { failsAt, sortDiagnostics, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { markBaseline } from '../diff/baseline.js';
import { diffPolicies, type PolicyDiff } from '../diff/diff-policies.js';
import { FactsCache } from '../facts/facts-cache.js';
import type { FormatContext } from '../format/format-context.js';
import type { OutputFile } from '../generate/generate-artifacts.js';
import type { PolicyFile } from '../load/files.js';
import { SharedParses } from '../load/shared-parses.js';
import { validatePolicies, type ValidationResult } from '../model/validate-policies.js';
import { checkPolicies, type CheckResult } from '../rules/check-policies.js';
import { RULES } from '../rules/rule-registry.js';
import { applySettings } from './apply-settings.js';
import { rulesToMark } from './baseline-rules.js';
import { readSettings, settingsChanges, type VersionSettings } from './gate-settings.js';
import { historyForCheck, type ExportRequest } from './measure-run.js';
import { readPolicySource, type PolicySource } from './policy-source.js';
import { defaultTemplates, renderArtifacts, renderReport, type Rendered } from './render-artifacts.js';
import { trustSuppressions } from './suppression-trust.js';
import { UsageError } from './usage-error.js';

/** A version named by the user: a folder, or a git ref of the repository holding the root. */
export interface VersionRequest {
  ref: string;
  /** How the front names it in messages: `--baseline`, `--base`, `baseline`, `root`. */
  option: string;
}

export interface RunRequest {
  /** Where relative paths and git start from. */
  cwd: string;
  /** The policy root as the user named it. */
  root: string;
  asOf: string;
  horizonDays?: number;
  /** Run the rules (check, build), or only load and schema-check (validate, diff). */
  rules: boolean;
  /** Run only these rules (`--rule`). */
  onlyRules?: readonly string[];
  /**
   * supportops.yaml to read (relative to cwd; undefined: the nearest from the policy root
   * upward), or null to read none.
   */
  config: string | undefined | null;
  /** With a baseline, whose gate settings apply: the base version's (default) or the head's own. */
  configFrom?: 'base' | 'head';
  /** The change carries the acknowledgement (the Action's label): suppressions it adds apply. */
  acknowledged?: boolean;
  /** The version checked; default: the root folder. */
  head?: VersionRequest;
  /** Refuse a root with no policy files (the CLI), with how to start one. */
  requireFiles?: boolean;
  /** A version to mark findings against, checked the same way; with `fetch`, git may fetch its commit first. */
  baseline?: VersionRequest & { fetch?: (dir: string, ref: string) => void };
  /** Also say what changes from the baseline to the head (the semantic diff, customer text included). */
  diff?: boolean;
  /**
   * Render the artifacts, unless the head's findings reach this level; with `reportOnly`, only the
   * feasibility report, whatever the findings (`build --report-only`). With `write`, each file
   * goes there as it is made instead of being kept in `built.artifacts`.
   */
  build?: { failLevel: Severity; reportOnly?: boolean; write?: (file: OutputFile) => void };
  /** Facts to reuse from earlier runs in this process; a run makes its own otherwise. */
  cache?: FactsCache;
  /** Parses to reuse from earlier runs in this process (the diff's check of its head); a run makes its own otherwise. */
  parses?: SharedParses;
  /** check --history: a ticket export whose measured demand the head is checked with. */
  history?: ExportRequest;
}

export interface PolicyRun {
  files: PolicyFile[];
  /** The head as checked (or validated); its diagnostics are not marked. */
  result: CheckResult;
  /** What to report: the head's findings, marked against the baseline and the suppressions, with template problems from the build. */
  diagnostics: Diagnostic[];
  /** What every formatter needs besides the diagnostics (no colour: the front decides). */
  context: FormatContext;
  /** The head's label: the folder as given, or "ref (abc1234)". */
  label: string;
  base?: { files: PolicyFile[]; result: CheckResult; label: string };
  diff?: PolicyDiff;
  /** Rendered when a build was asked for and the check passes its fail level (always with reportOnly). */
  built?: Rendered;
  /** With a baseline: whose settings applied and what the change does to them. */
  gate?: GateReport;
}

function checkedRules(only: readonly string[] | undefined): readonly string[] | undefined {
  if (!only) return undefined;
  const ids = RULES.map((r) => r.id);
  for (const id of only) {
    if (!ids.includes(id)) throw new UsageError(`--rule ${id} is not a rule${((s) => (s ? ` (${s})` : ''))(didYouMean(id, ids))}. The rule ids are listed in docs/rules/.`);
  }
  return only;
}

interface Settings {
  applied?: VersionSettings;
  head?: VersionSettings;
  base?: VersionSettings;
}

/** The head's and (with a baseline) the base's settings; which one applies. */
function settingsOf(request: RunRequest, head: PolicySource, base: PolicySource | undefined): Settings {
  if (request.config === null) return {};
  const explicit = (source: PolicySource) => (request.config ? resolve(source.committed ? realpathSync(request.cwd) : request.cwd, request.config) : undefined);
  const headSettings = readSettings(head.tree, head.rootDir, explicit(head), head.committed);
  if (!base) return { applied: headSettings, head: headSettings };
  const baseSettings = readSettings(base.tree, base.rootDir, explicit(base), base.committed);
  return { applied: request.configFrom === 'head' ? headSettings : baseSettings, head: headSettings, base: baseSettings };
}

/** Checks a version already validated; `only`: just these rules. */
type Check = (files: readonly PolicyFile[], validated: ValidationResult, only?: readonly string[]) => CheckResult;

interface Compared {
  diagnostics: Diagnostic[];
  base: NonNullable<PolicyRun['base']>;
  gate: GateReport;
  diff?: PolicyDiff;
}

/** Checks the base version, marks the head's findings against it, and says what the change does to its own gate. */
function compare(request: RunRequest, result: CheckResult, head: PolicySource, baseSource: PolicySource, validated: ValidationResult, settings: Settings, check: Check): Compared {
  // Only the rules that can mark a head finding: the rest of the base's findings are never read.
  const base = { files: baseSource.files, result: check(baseSource.files, validated, rulesToMark(result)), label: baseSource.label };
  const marked = markBaseline(result, base.result);
  const configFrom = request.configFrom ?? 'base';
  const trusted = configFrom === 'base' ? trustSuppressions(marked, result.suppressions ?? [], base.result.suppressions ?? [], request.root, request.acknowledged ?? false) : undefined;
  const changes = settings.base && settings.head ? [...settingsChanges(settings.base, settings.head), ...(trusted?.changes ?? [])] : [];
  const gate: GateReport = { configFrom, config: settings.applied?.config.shown ?? null, changes };
  const diff = request.diff
    ? diffPolicies({ files: base.files, result: base.result }, { files: head.files, result }, { asOf: request.asOf, templates: defaultTemplates(), horizonDays: request.horizonDays, cache: request.cache })
    : undefined;
  return { diagnostics: trusted?.diagnostics ?? marked, base, gate, ...(diff ? { diff } : {}) };
}

function render(request: RunRequest, result: CheckResult, files: readonly PolicyFile[], diagnostics: readonly Diagnostic[]): Rendered | undefined {
  if (request.build?.reportOnly) return renderReport(result, files, request.asOf, request.build.write);
  return request.build && !failsAt(diagnostics, request.build.failLevel) ? renderArtifacts(result, files, request.asOf, request.build.write) : undefined;
}

/** The version checked and the version to compare with, read from disk or git. */
function versions(request: RunRequest): { head: PolicySource; baseSource?: PolicySource } {
  const { cwd, root } = request;
  const head = readPolicySource(request.head?.ref ?? root, root, cwd, request.head?.option ?? 'root');
  if (request.requireFiles && head.files.length === 0) throw new UsageError(`no policy files (*.yaml, *.yml) found in ${root}. Run \`supportops init ${root}\` to start one.`);
  const baseSource = request.baseline ? readPolicySource(request.baseline.ref, root, cwd, request.baseline.option, request.baseline.fetch) : undefined;
  return { head, ...(baseSource ? { baseSource } : {}) };
}

export function runPolicies(given: RunRequest): PolicyRun {
  const request = { ...given, cache: given.cache ?? new FactsCache() };
  const { root, asOf, horizonDays, cache } = request;
  const only = checkedRules(request.onlyRules);
  const { head, baseSource } = versions(request);
  const settings = settingsOf(request, head, baseSource);
  const config = settings.applied?.config.config;
  // A file the history's reading, the head and the base share is parsed once (load/shared-parses.ts).
  const parses = request.parses ?? new SharedParses();
  const { history, problems } = historyForCheck(request.cwd, head.files, config, request, parses);
  const options = { asOf, config, horizonDays, cache, parses, ...(only ? { only } : {}), ...history };
  const within = (ids: readonly string[]) => (only ? ids.filter((id) => only.includes(id)) : ids);
  const check: Check = (files, validated, marking) => (request.rules ? checkPolicies(files, { ...options, validated, ...(marking ? { only: within(marking) } : {}) }) : validated);
  // Both versions are validated before either is checked, so the cache knows every version's SLA
  // targets before anything is simulated: a channel whose targets alone changed is simulated once.
  const validate = (files: readonly PolicyFile[]) => validatePolicies(files, { asOf, horizonDays, parses });
  const headValidated = validate(head.files);
  const baseValidated = baseSource ? validate(baseSource.files) : undefined;
  if (baseValidated) cache.versionsOfRun([headValidated.model, baseValidated.model]);
  const result = check(head.files, headValidated);
  const compared = baseSource && baseValidated ? compare(request, result, head, baseSource, baseValidated, settings, check) : undefined;
  const marked = compared?.diagnostics ?? result.diagnostics;
  const applied = settings.applied ? applySettings(marked, settings, { root, configFrom: request.configFrom ?? 'base', baselined: baseSource !== undefined, acknowledged: request.acknowledged === true }) : marked;
  // The export's problems (skipped records) are the history's, not the policies': never baselined.
  let diagnostics = [...applied, ...problems];
  const built = render(request, result, head.files, diagnostics);
  diagnostics = sortDiagnostics([...diagnostics, ...(built?.problems ?? [])]);
  return {
    files: head.files, result, diagnostics, context: contextOf(request, result, built, compared?.gate), label: head.label, ...(built ? { built } : {}),
    ...(compared ? { base: compared.base, gate: compared.gate, ...(compared.diff ? { diff: compared.diff } : {}) } : {}),
  };
}

function contextOf(request: RunRequest, result: CheckResult, built: Rendered | undefined, gate: GateReport | undefined): FormatContext {
  return {
    root: request.root, asOf: request.asOf, files: result.files, documents: result.documents, ...(result.facts ? { facts: result.facts } : {}), ...(gate ? { gate } : {}),
    sourceText: (file) => result.sources.get(file)?.text ?? built?.sourceText(file),
  };
}
