/** Generating artifacts in memory from a policy set, the way `supportops build` does. */
import { defaultTemplates } from '../../src/host/render-artifacts.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { generateArtifacts, policyHash, type GenerateResult } from '../../src/generate/generate-artifacts.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import type { ScheduleSpec } from '../../src/model/typed-specs.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { intervalValue } from '../../src/values/wall-clock.js';
import { AS_OF, exampleSet, REPO, toFiles, type FileSet } from '../helpers/policies.js';

export const GOLDEN = join(REPO, 'test', 'golden', 'example');
export const DEFAULT_ACK = { path: 'templates/acknowledgement.hbs', source: readFileSync(join(REPO, 'templates', 'acknowledgement.hbs'), 'utf8') };
/** Every shipped default acknowledgement (English, German, French, Spanish), as build reads them. */
export const DEFAULT_TEMPLATES = defaultTemplates();

export interface Generated extends GenerateResult {
  /** path → contents */
  files: Map<string, string>;
  errors: string[];
}

/** One cache for the file's runs: the same policies reuse their facts unless a run brings its own. */
const sharedCache = new FactsCache();

export function generate(set: FileSet = exampleSet(), options: { asOf?: string; facts?: boolean; cache?: FactsCache } = {}): Generated {
  const files = toFiles(set);
  const asOf = options.asOf ?? AS_OF;
  const result = checkPolicies(files, { asOf, cache: options.cache ?? sharedCache });
  const generated = generateArtifacts({
    model: result.model, policyHash: policyHash(files), asOf, templates: DEFAULT_TEMPLATES,
    ...(options.facts !== false && result.facts ? { facts: result.facts } : {}),
  });
  return {
    ...generated,
    files: new Map(generated.artifacts.map((a) => [a.path, a.contents])),
    errors: result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.location.file}:${d.location.start.line} ${d.message}`),
  };
}

/** The example organisation with its own acknowledgement Template removed, so the default template renders. */
export function exampleWithDefaultAck(): FileSet {
  const set = exampleSet();
  delete set['templates/acknowledgement.yaml'];
  return set;
}

export function get(g: Generated, path: string): string {
  const text = g.files.get(path);
  if (text === undefined) throw new Error(`no artifact ${path}; have ${[...g.files.keys()].join(', ')}`);
  return text;
}

/** markdownlint's default rules, with line length off (generated prose and tables run long), over the .md files. */
export function markdownProblems(files: ReadonlyMap<string, string>): string[] {
  const strings = Object.fromEntries([...files].filter(([path]) => path.endsWith('.md')));
  const results = lint({ strings, config: { default: true, MD013: false } });
  return Object.entries(results).flatMap(([file, list]) => list.map((e) => `${file}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription} ${e.errorDetail ?? ''} [${e.errorContext ?? ''}]`));
}

/** Weekly hours as written, parsed as the model holds them (the generators read parsed intervals). */
export function written(weekly: Partial<Record<string, readonly string[]>>): ScheduleSpec['weekly'] {
  return Object.fromEntries(Object.entries(weekly).map(([day, hours]) => [day, (hours ?? []).map(intervalValue)]));
}

/** Every artifact of a set that validates, generated without feasibility facts (the customer text needs none): path → contents. */
export function buildWithoutFacts(set: FileSet): Map<string, string> {
  const files = toFiles(set);
  const { model, diagnostics } = validatePolicies(files, { asOf: AS_OF });
  const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
  if (errors.length) throw new Error(`the set does not validate: ${errors.join(' ')}`);
  const { artifacts, problems } = generateArtifacts({ model, policyHash: policyHash(files), asOf: AS_OF, templates: DEFAULT_TEMPLATES });
  if (problems.length) throw new Error(`templates: ${problems.map((p) => p.message).join(' ')}`);
  return new Map(artifacts.map((a) => [a.path, a.contents]));
}
