/** Import findings as diagnostics at file:line:column in the policy files import wrote. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseYaml } from '../load/parse-yaml.js';
import { SourceMap } from '../load/source-map.js';
import { locateFindings } from './export-files.js';
import type { WrittenFile } from './import-writer.js';
import type { MappingFinding } from './target.js';

export function locateImportFindings(files: readonly WrittenFile[], findings: readonly MappingFinding[]): Diagnostic[] {
  const sources = new SourceMap();
  for (const file of files) parseYaml(file.path, file.text, sources);
  return locateFindings(findings, sources);
}
