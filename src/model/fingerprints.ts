/**
 * A finding's fingerprint: the same finding in two versions of the policies, wherever its lines
 * moved. It is made of the rule id, the document's kind and name (or, for a document without
 * them, its file and index) and the JSON pointer — never line numbers or the message, whose
 * figures change with the policy. Baseline mode, the baseline file and SARIF all use it.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceMap } from '../load/source-map.js';

/** Where a finding is, independent of lines: "Kind/name" or "file#document". */
export function documentIdentity(d: Diagnostic, sources: SourceMap): string {
  const { file, document } = d.location;
  // A document with a kind and name is the same policy wherever it moves; otherwise fall back to the file.
  const identity = document === undefined ? undefined : sources.get(file)?.identity(document);
  return identity ?? `${file}#${document ?? ''}`;
}

export function fingerprintOf(d: Diagnostic, sources: SourceMap): string {
  const identity = `${d.ruleId}\u0000${documentIdentity(d, sources)}\u0000${d.location.pointer}`;
  return createHash('sha256').update(identity, 'utf8').digest('hex').slice(0, 32);
}

/** The diagnostics, each with its fingerprint (kept when it already has one). */
export function withFingerprints(diagnostics: readonly Diagnostic[], sources: SourceMap): Diagnostic[] {
  return diagnostics.map((d) => (d.fingerprint ? d : { ...d, fingerprint: fingerprintOf(d, sources) }));
}
