/**
 * On a pull request the gate applies only the suppressions the base version already had. A
 * suppression the change adds (matched by its rules, reason, document and the text of its
 * line, not by line numbers) is marked `underReview` — shown, but the finding still counts —
 * unless the pull request carries the acknowledgement label, which makes it `accepted`.
 */
import type { GateChange } from '../config/gate-change.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../format/paths.js';
import type { SuppressionDirective } from '../rules/suppressions.js';

export interface TrustResult {
  diagnostics: Diagnostic[];
  changes: GateChange[];
}

const at = (d: { location: { file: string; start: { line: number } } }) => `${d.location.file}\u0000${d.location.start.line}`;

function added(head: readonly SuppressionDirective[], base: readonly SuppressionDirective[]): SuppressionDirective[] {
  const left = new Map<string, number>();
  for (const s of base) left.set(s.key, (left.get(s.key) ?? 0) + 1);
  return head.filter((s) => {
    const n = left.get(s.key) ?? 0;
    left.set(s.key, n - 1);
    return n <= 0;
  });
}

export function trustSuppressions(diagnostics: readonly Diagnostic[], head: readonly SuppressionDirective[], base: readonly SuppressionDirective[], root: string, accepted: boolean): TrustResult {
  const fresh = added(head, base);
  const freshAt = new Set(fresh.map(at));
  const status = accepted ? ('accepted' as const) : ('underReview' as const);
  const out = diagnostics.map((d) => (d.suppression?.kind === 'inSource' && d.suppression.location && freshAt.has(at({ location: d.suppression.location })) ? { ...d, suppression: { ...d.suppression, status } } : d));
  const changes: GateChange[] = fresh.map((s) => ({
    kind: 'suppression',
    message: `This change adds a suppression of ${s.rules.join(', ')} at ${displayPath(root, s.location.file)}:${s.location.start.line}, "${s.reason}": ${accepted ? 'accepted with the acknowledgement label' : 'not applied to this check; it applies once merged'}.`,
    weakens: true,
    location: s.location,
  }));
  const kept = new Set(head.map((s) => s.key));
  const gone = base.filter((s) => !kept.has(s.key)).length;
  if (gone > 0) changes.push({ kind: 'suppression', message: `This change removes ${gone} suppression${gone === 1 ? '' : 's'} (or changes the line${gone === 1 ? '' : 's'} they apply to).`, weakens: false });
  return { diagnostics: out, changes };
}
