/**
 * Render every artifact for a checked policy set, shared by `supportops build` and the Action's
 * `out` input. Template problems come back as located diagnostics (in the policy file that holds
 * the template, or in the shipped default template), never as exceptions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { generateArtifacts, policyHash, type Artifact, type GenerateInput, type GenerateProblem } from '../generate/generate-artifacts.js';
import type { PolicyFile } from '../load/files.js';
import type { SourceMap } from '../load/source-map.js';
import { manifestArtifact } from '../generate/manifest.js';
import { packageRoot } from './package-root.js';
import type { CheckResult } from '../rules/check-policies.js';

const DEFAULT_TEMPLATE = 'templates/acknowledgement.hbs';

export interface Rendered {
  artifacts: Artifact[];
  /** sha256 of the policy files, stamped into every artifact. */
  hash: string;
  /** Template problems; when there are any, `artifacts` is empty. */
  problems: Diagnostic[];
  /** The text of a file a problem points to outside the policies (the default template), for code frames. */
  sourceText(file: string): string | undefined;
}

/**
 * Where the shipped default template is on disk. A problem in it points here, as an absolute
 * path, because it is supportops' file and not one under the policy root.
 */
export function defaultTemplateFile(): string {
  return join(packageRoot(), DEFAULT_TEMPLATE).split('\\').join('/');
}

/** The shipped default templates, read from the package: also what `supportops diff` renders customer text with. */
export function defaultTemplates(): GenerateInput['templates'] {
  return { acknowledgement: { path: DEFAULT_TEMPLATE, source: readFileSync(join(packageRoot(), DEFAULT_TEMPLATE), 'utf8') } };
}

export function renderArtifacts(result: CheckResult, files: readonly PolicyFile[], asOf: string): Rendered {
  const hash = policyHash(files);
  const templates = defaultTemplates();
  const generated = generateArtifacts({
    model: result.model, policyHash: hash, asOf, templates, ...(result.facts ? { facts: result.facts } : {}),
  });
  const file = defaultTemplateFile();
  return {
    artifacts: generated.artifacts, hash, problems: generated.problems.map((p) => toDiagnostic(p, result.sources, file)),
    sourceText: (f) => (f === file ? templates.acknowledgement.source : undefined),
  };
}

/**
 * Only the feasibility report (and a manifest of it), rendered whatever the check found: what
 * `build --report-only` and a failing Action write, so the reasons behind a failing
 * feasibility rule can be read while no customer artifact is published.
 */
export function renderReport(result: CheckResult, files: readonly PolicyFile[], asOf: string): Rendered {
  const hash = policyHash(files);
  const { artifacts } = generateArtifacts({
    model: result.model, policyHash: hash, asOf, templates: defaultTemplates(), parts: ['report'], ...(result.facts ? { facts: result.facts } : {}),
  });
  return { artifacts: [...artifacts, manifestArtifact(artifacts, hash, asOf, result.model)].sort((a, b) => (a.path < b.path ? -1 : 1)), hash, problems: [], sourceText: () => undefined };
}

export function toDiagnostic(problem: GenerateProblem, sources: SourceMap, templateFile: string): Diagnostic {
  const point = { line: problem.line, column: problem.column };
  const location = problem.at
    ? sources.locateWithin(problem.at.file, problem.at.document, problem.at.pointer, problem.line, problem.column)
    : { file: templateFile, pointer: '', start: point, end: { ...point, column: point.column + 1 } };
  return { ruleId: 'build', severity: 'error', message: problem.message, location };
}
