/** Shared helpers for the helpdesk tests: the example organisation as each product sees it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPolicies, type ValidationResult } from '../../src/pipeline.js';
import { policyView, type PolicyView } from '../../src/helpdesk/policy-view.js';
import { PRODUCTS } from '../../src/helpdesk/products.js';
import { locateFindings } from '../../src/helpdesk/export-files.js';
import { resourceOf } from '../../src/helpdesk/api.js';
import type { ExportResult, TargetName } from '../../src/helpdesk/target.js';
import { schemaProblem } from '../fakes/vendor-schemas.js';
import { AS_OF, exampleSet, REPO, show, toFiles, type FileSet } from '../helpers/policies.js';

export const DEFAULT_ACK = { path: 'templates/acknowledgement.hbs', source: readFileSync(join(REPO, 'templates', 'acknowledgement.hbs'), 'utf8') };
export const EXAMPLE: FileSet = exampleSet();

export function viewOf(set: FileSet = EXAMPLE): { view: PolicyView; result: ValidationResult } {
  const result = checkPolicies(toFiles(set), { asOf: AS_OF });
  return { view: policyView({ model: result.model, acknowledgementTemplate: DEFAULT_ACK, asOf: AS_OF }).view, result };
}

export function exportOf(target: TargetName, set: FileSet = EXAMPLE): { exported: ExportResult; findings: string[] } {
  const { view, result } = viewOf(set);
  const exported = PRODUCTS[target].exportPolicies(view);
  return { exported, findings: locateFindings(exported.findings, result.sources).map((d) => `${d.ruleId} ${show(d)}`) };
}

/** Every exported payload that its vendor schema rejects (references filled with a stand-in id). */
export function payloadProblems(target: TargetName, exported: ExportResult): string[] {
  return exported.objects.flatMap((o) => {
    const payload = { ...o.payload, ...Object.fromEntries(Object.keys(o.refs).map((field) => [field, 1])) };
    const problem = schemaProblem(target, resourceOf(PRODUCTS[target].api, o.type).schema, payload);
    return problem ? [`${o.key}: ${problem.field ?? ''} ${problem.message}`] : [];
  });
}
