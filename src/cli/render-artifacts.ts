/**
 * Render every artifact for a checked policy set, shared by `supportops build` and the Action's
 * `out` input. Template problems come back as located diagnostics (in the policy file that holds
 * the template, or in the shipped default template), never as exceptions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { generateArtifacts, policyHash, type Artifact, type GenerateProblem } from '../generate/index.js';
import type { PolicyFile } from '../load/files.js';
import type { SourceMap } from '../load/source-map.js';
import { packageRoot } from '../package-root.js';
import type { ValidationResult } from '../pipeline.js';

const DEFAULT_TEMPLATE = 'templates/acknowledgement.hbs';

export interface Rendered {
  artifacts: Artifact[];
  /** sha256 of the policy files, stamped into every artifact. */
  hash: string;
  /** Template problems; when there are any, `artifacts` is empty. */
  problems: Diagnostic[];
}

export function renderArtifacts(result: ValidationResult, files: readonly PolicyFile[], asOf: string): Rendered {
  const hash = policyHash(files);
  const source = readFileSync(join(packageRoot(), DEFAULT_TEMPLATE), 'utf8');
  const generated = generateArtifacts({
    model: result.model, policyHash: hash, asOf,
    templates: { acknowledgement: { path: DEFAULT_TEMPLATE, source } }, ...(result.facts ? { facts: result.facts } : {}),
  });
  return { artifacts: generated.artifacts, hash, problems: generated.problems.map((p) => toDiagnostic(p, result.sources)) };
}

function toDiagnostic(problem: GenerateProblem, sources: SourceMap): Diagnostic {
  const point = { line: problem.line, column: problem.column };
  const location = problem.at
    ? sources.locateWithin(problem.at.file, problem.at.document, problem.at.pointer, problem.line, problem.column)
    : { file: problem.file ?? DEFAULT_TEMPLATE, pointer: '', start: point, end: { ...point, column: point.column + 1 } };
  return { ruleId: 'build', severity: 'error', message: problem.message, location };
}
