/** Assembles a target's export: objects sorted by key, findings once each in a stable order. */
import { cmp } from '../values/order.js';
import type { DesiredObject, ExportResult, MappingFinding, TargetName } from './target.js';

export interface ExportPart {
  objects: DesiredObject[];
  findings: MappingFinding[];
}

export function exportResult(target: TargetName, parts: readonly ExportPart[]): ExportResult {
  const objects = parts.flatMap((p) => p.objects).sort((a, b) => cmp(a.key, b.key));
  const seen = new Set<string>();
  const findings: MappingFinding[] = [];
  for (const finding of parts.flatMap((p) => p.findings)) {
    const id = `${finding.ruleId}\n${finding.at.file}\n${finding.at.document}\n${finding.at.pointer}\n${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  findings.sort((a, b) => cmp(a.at.file, b.at.file) || a.at.document - b.at.document || cmp(a.at.pointer, b.at.pointer) || cmp(a.message, b.message));
  return { target, objects, findings };
}
