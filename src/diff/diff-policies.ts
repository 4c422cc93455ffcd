/** The semantic diff of two policy sets: what a change means for customers and for the team. */
import type { PolicyFile } from '../load/files.js';
import type { Model } from '../model/model.js';
import { validatePolicies } from '../pipeline.js';
import { sortChanges, type Change, type ChangeSeverity } from './change.js';
import { compareDefinitions } from './compare-definitions.js';
import { compareFeasibility } from './compare-feasibility.js';
import { compareFields } from './compare-fields.js';
import { computeFacts } from '../feasibility/facts.js';
import { compareHours } from './compare-hours.js';
import { compareSla } from './compare-sla.js';

export interface PolicyDiff {
  changes: Change[];
  summary: Record<ChangeSeverity, number>;
  /** Schema problems on either side: those documents are left out of the comparison. */
  invalid: { base: number; head: number };
}

/** Compares two already-built models. */
export function diffModels(base: Model, head: Model): Change[] {
  return sortChanges([...compareSla(base, head), ...compareHours(base, head), ...compareDefinitions(base, head), ...compareFields(base, head)]);
}

export interface DiffOptions {
  /** With a date, feasibility (coverage and capacity over the year from it) is compared too. */
  asOf?: string;
}

export function diffPolicies(baseFiles: readonly PolicyFile[], headFiles: readonly PolicyFile[], options: DiffOptions = {}): PolicyDiff {
  const base = validatePolicies(baseFiles);
  const head = validatePolicies(headFiles);
  const errors = (r: typeof base) => r.diagnostics.filter((d) => d.severity === 'error').length;
  let changes = diffModels(base.model, head.model);
  // Feasibility needs whole models on both sides: a half-valid policy set would show false gaps.
  if (options.asOf && errors(base) === 0 && errors(head) === 0) {
    const facts = (r: typeof base) => computeFacts(r.model, { asOf: options.asOf! });
    changes = sortChanges([...changes, ...compareFeasibility(facts(base), facts(head))]);
  }
  const summary: Record<ChangeSeverity, number> = { breaking: 0, notable: 0, info: 0 };
  for (const change of changes) summary[change.severity]++;
  return { changes, summary, invalid: { base: errors(base), head: errors(head) } };
}
