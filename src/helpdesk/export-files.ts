/** Export results as files, and mapping findings as diagnostics located in the policy files. */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { cmp } from '../values/order.js';
import type { Artifact } from '../generate/artifact.js';
import type { SourceMap } from '../load/source-map.js';
import type { DesiredObject, ExportResult, MappingFinding } from './target.js';

/** The file an object is written to: `<type>/<name>.json`, with anything unsafe in a file name replaced by `-`. */
export function objectPath(object: Pick<DesiredObject, 'key'>): string {
  const [type, ...rest] = object.key.split('/');
  return `${type}/${rest.join('/').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '')}.json`;
}

/** The JSON file of one object: what apply sends, and what it needs to find the object again. */
export function objectFile(object: DesiredObject): string {
  const { type, key, name, refs, payload } = object;
  return `${JSON.stringify({ type, key, name, refs, payload }, null, 2)}\n`;
}

/** One file per object, sorted by path: the `export` output. */
export function exportArtifacts(result: ExportResult): Artifact[] {
  return result.objects.map((o) => ({ path: objectPath(o), contents: objectFile(o) })).sort((a, b) => cmp(a.path, b.path));
}

/** Findings as diagnostics at file:line:column, sorted like every other finding. */
export function locateFindings(findings: readonly MappingFinding[], sources: SourceMap): Diagnostic[] {
  return sortDiagnostics(
    findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      location: sources.locate(f.at.file, f.at.document, f.at.pointer),
    })),
  );
}
