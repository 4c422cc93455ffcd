/**
 * Which rules a baseline version must run so that marking the head's findings new or existing
 * comes out exactly as if it ran them all. A base finding only counts when its fingerprint —
 * rule id first — matches a head finding, so a rule with no finding in the head cannot change
 * a mark: the base need not run it (nor compute the facts only such rules read). A suppression
 * comment the head keeps names rules too: its "unused" warning in the base depends on them.
 */
import type { CheckResult } from '../rules/check-policies.js';

/** The rules the base runs to mark the head's findings: those behind a head finding or named by a head suppression. */
export function rulesToMark(head: Pick<CheckResult, 'diagnostics' | 'suppressions'>): string[] {
  const ids = new Set<string>();
  for (const d of head.diagnostics) ids.add(d.ruleId);
  for (const s of head.suppressions ?? []) for (const rule of s.rules) ids.add(rule);
  return [...ids].sort();
}
