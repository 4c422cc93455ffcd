/** Export results as files, and mapping findings as diagnostics located in the policy files. */
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { cmp } from '../values/order.js';
import type { Artifact } from '../generate/artifact.js';
import { MANIFEST_PATH } from '../generate/manifest.js';
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

/** What wrote an export folder; `export` only replaces a folder whose manifest.json says so (or an empty one). */
export const EXPORT_GENERATOR = 'supportops export';

/**
 * One file per object, sorted by path, and manifest.json naming the product and every object
 * file: the `export` output. Nothing in it depends on the date or the host.
 */
export function exportArtifacts(result: ExportResult): Artifact[] {
  const objects = result.objects.map((o) => ({ path: objectPath(o), contents: objectFile(o) })).sort((a, b) => cmp(a.path, b.path));
  const manifest = { generator: EXPORT_GENERATOR, target: result.target, files: objects.map((o) => o.path) };
  return [{ path: MANIFEST_PATH, contents: `${JSON.stringify(manifest, null, 2)}\n` }, ...objects];
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
