/** Shared helpers for the helpdesk tests: the example organisation as each product sees it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validatePolicies, type ValidationResult } from '../../src/model/validate-policies.js';
import { policyView, type PolicyView } from '../../src/helpdesk/policy-view.js';
import { PRODUCTS } from '../../src/helpdesk/products.js';
import { locateFindings } from '../../src/helpdesk/export-files.js';
import { resourceOf } from '../../src/helpdesk/api.js';
import { withRef } from '../../src/helpdesk/refs.js';
import type { DesiredObject, ExportResult, JsonObject, TargetName } from '../../src/helpdesk/target.js';
import { schemaProblem } from '../fakes/vendor-schemas.js';
import { AS_OF, exampleSet, REPO, show, toFiles, type FileSet } from '../helpers/policies.js';

export const DEFAULT_ACK = { path: 'templates/acknowledgement.hbs', source: readFileSync(join(REPO, 'templates', 'acknowledgement.hbs'), 'utf8') };
export const EXAMPLE: FileSet = exampleSet();

const views = new WeakMap<FileSet, { view: PolicyView; result: ValidationResult }>();

/** The policy view of a set (loaded and schema-checked: export needs the model, not the rules), once per set; holiday calendars expanded from AS_OF, as the commands do. */
export function viewOf(set: FileSet = EXAMPLE): { view: PolicyView; result: ValidationResult } {
  let found = views.get(set);
  if (!found) {
    const result = validatePolicies(toFiles(set), { asOf: AS_OF });
    found = { view: policyView({ model: result.model, acknowledgementTemplate: DEFAULT_ACK }).view, result };
    views.set(set, found);
  }
  return found;
}

export function exportOf(target: TargetName, set: FileSet = EXAMPLE): { exported: ExportResult; findings: string[] } {
  const { view, result } = viewOf(set);
  const exported = PRODUCTS[target].exportPolicies(view);
  return { exported, findings: locateFindings(exported.findings, result.sources).map((d) => `${d.ruleId} ${show(d)}`) };
}

/** The payload with every reference filled with a stand-in id, as apply fills it with a real one. */
export function withStandIns(o: Pick<DesiredObject, 'payload' | 'refs'>): JsonObject {
  return Object.keys(o.refs).reduce((body, field) => withRef(body, field, 1), o.payload);
}

/** Every exported payload that its vendor schema rejects (references filled with a stand-in id). */
export function payloadProblems(target: TargetName, exported: ExportResult): string[] {
  return exported.objects.flatMap((o) => {
    const payload = withStandIns(o);
    const problem = schemaProblem(target, resourceOf(PRODUCTS[target].api, o.type).schema, payload);
    return problem ? [`${o.key}: ${problem.field ?? ''} ${problem.message}`] : [];
  });
}
