/**
 * One run of supportops over a policy folder, for the CLI and the Action alike: read the config
 * and the policies, check them (or only validate), read and check a baseline version to mark
 * findings new or existing, compare the two versions, and render the artifacts when the check
 * passes. The fronts only parse their inputs, print or post what this returns, and exit.
 */
import { failsAt, sortDiagnostics, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { markBaseline } from '../diff/baseline.js';
import { diffPolicies, type PolicyDiff } from '../diff/diff-policies.js';
import { FactsCache } from '../facts/facts-cache.js';
import type { FormatContext } from '../format/format-context.js';
import type { Artifact } from '../generate/generate-artifacts.js';
import type { PolicyFile } from '../load/files.js';
import { validatePolicies } from '../model/validate-policies.js';
import { checkPolicies, type CheckResult } from '../rules/check-policies.js';
import { loadConfig } from './config-file.js';
import { readPolicySource } from './policy-source.js';
import { defaultTemplates, renderArtifacts, type Rendered } from './render-artifacts.js';
import { UsageError } from './usage-error.js';

/** A version named by the user: a folder, or a git ref of the repository holding the root. */
export interface VersionRequest {
  ref: string;
  /** How the front names it in messages: `--baseline`, `--base`, `baseline`, `root`. */
  option: string;
}

export interface RunRequest {
  /** Where relative paths, the default supportops.yaml and git start from. */
  cwd: string;
  /** The policy root as the user named it. */
  root: string;
  asOf: string;
  horizonDays?: number;
  /** Run the rules (check, build), or only load and schema-check (validate, diff). */
  rules: boolean;
  /** supportops.yaml to read (undefined: ./supportops.yaml when present), or null to read none. */
  config: string | undefined | null;
  /** The version checked; default: the root folder. */
  head?: VersionRequest;
  /** Refuse a root with no policy files (the CLI), with how to start one. */
  requireFiles?: boolean;
  /** A version to mark findings against, checked the same way; with `fetch`, git may fetch its commit first. */
  baseline?: VersionRequest & { fetch?: (dir: string, ref: string) => void };
  /** Also say what changes from the baseline to the head (the semantic diff, customer text included). */
  diff?: boolean;
  /** Render the artifacts, unless the head's findings reach this level; with `write`, each goes there as it is made. */
  build?: { failLevel: Severity; write?: (artifact: Artifact) => void };
  /** Facts to reuse from earlier runs in this process; a run makes its own otherwise. */
  cache?: FactsCache;
}

export interface PolicyRun {
  files: PolicyFile[];
  /** The head as checked (or validated); its diagnostics are not marked. */
  result: CheckResult;
  /** What to report: the head's findings, marked against the baseline, with template problems from the build. */
  diagnostics: Diagnostic[];
  /** What every formatter needs besides the diagnostics (no colour: the front decides). */
  context: FormatContext;
  /** The head's label: the folder as given, or "ref (abc1234)". */
  label: string;
  base?: { files: PolicyFile[]; result: CheckResult; label: string };
  diff?: PolicyDiff;
  /** Rendered when a build was asked for and the check passes its fail level. */
  built?: Rendered;
}

export function runPolicies(request: RunRequest): PolicyRun {
  const { cwd, root, asOf, horizonDays } = request;
  const cache = request.cache ?? new FactsCache();
  const { config } = request.config === null ? { config: undefined } : loadConfig(cwd, request.config);
  const head = readPolicySource(request.head?.ref ?? root, root, cwd, request.head?.option ?? 'root');
  if (request.requireFiles && head.files.length === 0) throw new UsageError(`no policy files (*.yaml, *.yml) found in ${root}. Run \`supportops init ${root}\` to start one.`);
  const check = (files: readonly PolicyFile[]): CheckResult => (request.rules ? checkPolicies(files, { asOf, config, horizonDays, cache }) : validatePolicies(files));
  const result = check(head.files);
  let diagnostics = result.diagnostics;
  let base: PolicyRun['base'];
  let diff: PolicyDiff | undefined;
  if (request.baseline) {
    const source = readPolicySource(request.baseline.ref, root, cwd, request.baseline.option, request.baseline.fetch);
    base = { ...source, result: check(source.files) };
    diagnostics = markBaseline(result, base.result);
    if (request.diff) diff = diffPolicies({ files: base.files, result: base.result }, { files: head.files, result }, { asOf, templates: defaultTemplates(), horizonDays, cache });
  }
  const built = request.build && !failsAt(result.diagnostics, request.build.failLevel) ? renderArtifacts(result, head.files, asOf, request.build.write) : undefined;
  if (built?.problems.length) diagnostics = sortDiagnostics([...diagnostics, ...built.problems]);
  const context: FormatContext = {
    root, asOf, files: result.files, documents: result.documents, ...(result.facts ? { facts: result.facts } : {}),
    sourceText: (file) => result.sources.get(file)?.text ?? built?.sourceText(file),
  };
  return { files: head.files, result, diagnostics, context, label: head.label, ...(base ? { base } : {}), ...(diff ? { diff } : {}), ...(built ? { built } : {}) };
}
