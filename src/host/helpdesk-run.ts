/**
 * The policies as one helpdesk's configuration, for `export`, `plan`, `apply` and the Action's
 * plan: the policies checked as `build` checks them, then exported to the product, with every
 * mapping finding located in the policy files beside the check's own findings, so --fail-level
 * and the formatters treat a lossy mapping like any other finding.
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FactsCache } from '../facts/facts-cache.js';
import type { ProductApi } from '../helpdesk/api.js';
import { locateFindings } from '../helpdesk/export-files.js';
import { policyView } from '../helpdesk/policy-view.js';
import { PRODUCTS } from '../helpdesk/products.js';
import type { ExportResult, TargetName } from '../helpdesk/target.js';
import { defaultTemplateFile, defaultTemplates, toDiagnostic } from './render-artifacts.js';
import { runPolicies, type PolicyRun } from './run-policies.js';

export interface HelpdeskRequest {
  cwd: string;
  root: string;
  asOf: string;
  horizonDays?: number;
  /** supportops.yaml to read (undefined: ./supportops.yaml when present). */
  config: string | undefined;
  target: TargetName;
  cache?: FactsCache;
}

export interface HelpdeskRun {
  /** The check of the policies, as `check` and `build` run it. */
  run: PolicyRun;
  api: ProductApi;
  exported: ExportResult;
  /** What the export adds to the check: mapping findings and acknowledgement template problems. */
  mapping: Diagnostic[];
  /** The check's findings and the export's, sorted: what the commands print and fail on. */
  diagnostics: Diagnostic[];
}

/** The export of a policy run that is already checked (the Action's, or one of `runHelpdesk`). */
export function exportRun(run: PolicyRun, target: TargetName): HelpdeskRun {
  const product = PRODUCTS[target];
  const { sources, model } = run.result;
  const { view, problems } = policyView({ model, acknowledgementTemplate: defaultTemplates().acknowledgement });
  const exported = product.exportPolicies(view);
  const templateFile = defaultTemplateFile();
  const mapping = sortDiagnostics([...locateFindings(exported.findings, sources), ...problems.map((p) => toDiagnostic(p, sources, templateFile))]);
  return { run, api: product.api, exported, mapping, diagnostics: sortDiagnostics([...run.diagnostics, ...mapping]) };
}

/** Check the policy root and export it to one product. */
export function runHelpdesk(request: HelpdeskRequest): HelpdeskRun {
  const { cwd, root, asOf, horizonDays, config, cache } = request;
  const run = runPolicies({ cwd, root, asOf, horizonDays, rules: true, config, requireFiles: true, cache });
  return exportRun(run, request.target);
}
