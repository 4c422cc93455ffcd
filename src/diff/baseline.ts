/**
 * Baseline mode: which findings a change introduces. Findings are matched by fingerprint (rule
 * id, the document's kind and name, and the JSON pointer) — never by line numbers, which any
 * edit above a finding would shift.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceMap } from '../load/source-map.js';
import { fingerprintOf } from '../model/fingerprints.js';

export interface Checked {
  diagnostics: Diagnostic[];
  sources: SourceMap;
}

const identity = (d: Diagnostic, sources: SourceMap): string => d.fingerprint ?? fingerprintOf(d, sources);

/** Head's diagnostics, each marked `new` or `existing` against base. Repeats are matched one for one. */
export function markBaseline(head: Checked, base: Checked): Diagnostic[] {
  const remaining = new Map<string, number>();
  for (const d of base.diagnostics) {
    const key = identity(d, base.sources);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  return head.diagnostics.map((d) => {
    const key = identity(d, head.sources);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    return { ...d, baseline: left > 0 ? 'existing' : 'new' };
  });
}
