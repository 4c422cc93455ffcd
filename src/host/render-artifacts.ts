/**
 * Render every artifact for a checked policy set, shared by `supportops build` and the Action's
 * `out` input. Template problems come back as located diagnostics (in the policy file that holds
 * the template, or in the shipped default template), never as exceptions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { generateArtifacts, policyHash, wholeArtifact, writeArtifacts, type Artifact, type GenerateInput, type GenerateProblem, type OutputFile } from '../generate/generate-artifacts.js';
import { cmp } from '../values/order.js';
import type { PolicyFile } from '../load/files.js';
import type { SourceMap } from '../load/source-map.js';
import { manifestArtifact, manifestEntry } from '../generate/manifest.js';
import { packageRoot } from './package-root.js';
import type { CheckResult } from '../rules/check-policies.js';

const DEFAULT_TEMPLATE = 'templates/acknowledgement.hbs';
/** The languages supportops ships a default acknowledgement in besides English: those whose catalogs are complete. */
const LOCALIZED_DEFAULTS = ['de', 'es', 'fr'] as const;

export interface Rendered {
  /** The artifacts, when no `write` was given to renderArtifacts (else empty: each went to `write`). */
  artifacts: Artifact[];
  /** How many files were rendered, the manifest included. */
  count: number;
  /** sha256 of the policy files, stamped into every artifact. */
  hash: string;
  /** Template problems; when there are any, `artifacts` is empty and what went to `write` is not a build. */
  problems: Diagnostic[];
  /** The text of a file a problem points to outside the policies (the default template), for code frames. */
  sourceText(file: string): string | undefined;
}

/**
 * Where the shipped default template is on disk. A problem in it points here, as an absolute
 * path, because it is supportops' file and not one under the policy root.
 */
export function defaultTemplateFile(path: string = DEFAULT_TEMPLATE): string {
  return join(packageRoot(), path).split('\\').join('/');
}

function shipped(path: string) {
  return { path, source: readFileSync(join(packageRoot(), path), 'utf8') };
}

let readTemplates: GenerateInput['templates'] | undefined;

/** The shipped default templates, read from the package: also what `supportops diff` renders customer text with. */
export function defaultTemplates(): GenerateInput['templates'] {
  // Package files do not change during a run; the diff and the Action ask several times.
  return (readTemplates ??= {
    acknowledgement: shipped(DEFAULT_TEMPLATE),
    localized: Object.fromEntries(LOCALIZED_DEFAULTS.map((locale) => [locale, shipped(`templates/acknowledgement.${locale}.hbs`)])),
  });
}

/** Renders every artifact; with `write`, each goes there as it is made (see writeArtifacts) instead of into `artifacts`. */
export function renderArtifacts(result: CheckResult, files: readonly PolicyFile[], asOf: string, write?: (file: OutputFile) => void): Rendered {
  const hash = policyHash(files);
  const templates = defaultTemplates();
  const kept: Artifact[] = [];
  let count = 0;
  const problems = writeArtifacts({ model: result.model, policyHash: hash, asOf, templates, ...(result.facts ? { facts: result.facts } : {}) }, (artifact) => {
    count++;
    if (write) write(artifact);
    else kept.push(wholeArtifact(artifact));
  });
  const shippedFiles = new Map([templates.acknowledgement, ...Object.values(templates.localized ?? {})].map((t) => [defaultTemplateFile(t.path), t.source]));
  return {
    artifacts: problems.length > 0 ? [] : kept.sort((a, b) => cmp(a.path, b.path)), count, hash, problems: problems.map((p) => toDiagnostic(p, result.sources, defaultTemplateFile(p.file))),
    sourceText: (f) => shippedFiles.get(f),
  };
}

/**
 * Only the feasibility report (and a manifest of it), rendered whatever the check found: what
 * `build --report-only` and a failing Action write, so the reasons behind a failing
 * feasibility rule can be read while no customer artifact is published.
 */
export function renderReport(result: CheckResult, files: readonly PolicyFile[], asOf: string, write?: (file: OutputFile) => void): Rendered {
  const hash = policyHash(files);
  const { artifacts } = generateArtifacts({
    model: result.model, policyHash: hash, asOf, templates: defaultTemplates(), parts: ['report'], ...(result.facts ? { facts: result.facts } : {}),
  });
  const all = [...artifacts, manifestArtifact(artifacts.map(manifestEntry), hash, asOf, result.model)].sort((a, b) => cmp(a.path, b.path));
  if (write) all.forEach(write);
  return { artifacts: write ? [] : all, count: all.length, hash, problems: [], sourceText: () => undefined };
}

export function toDiagnostic(problem: GenerateProblem, sources: SourceMap, templateFile: string): Diagnostic {
  const point = { line: problem.line, column: problem.column };
  const location = problem.at
    ? sources.locateWithin(problem.at.file, problem.at.document, problem.at.pointer, problem.line, problem.column)
    : { file: templateFile, pointer: '', start: point, end: { ...point, column: point.column + 1 } };
  return { ruleId: 'build', severity: 'error', message: problem.message, location };
}
