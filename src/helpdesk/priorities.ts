/**
 * Tiers onto a helpdesk's fixed priorities. The most urgent tier takes the most urgent priority,
 * and so on down; when a policy has fewer tiers than the product has priorities, its least urgent
 * tier also covers the remaining ones (so every ticket on the channel gets a target); when it has
 * more, the extra tiers cannot be expressed. Both are reported, never silent.
 */
import { joinAnd } from '../generate/words/lists.js';
import type { MappingFinding } from './target.js';
import type { SlaView, TierView } from './policy-view.js';

export interface PriorityTier<P> {
  priority: P;
  tier: TierView;
}

/** `priorities` most urgent first; `label` names each priority in messages. */
export function assignPriorities<P>(policy: SlaView, priorities: readonly P[], product: string, label: (p: P) => string): { assigned: PriorityTier<P>[]; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  const tiers = policy.tiers;
  if (tiers.length === 0) return { assigned: [], findings };
  const assigned = priorities.map((priority, i) => ({ priority, tier: tiers[Math.min(i, tiers.length - 1)]! }));
  const all = `${product} has ${priorities.length} fixed priorities (${joinAnd(priorities.map(label))})`;
  if (tiers.length < priorities.length) {
    const last = tiers.at(-1)!;
    const covered = assigned.filter((a) => a.tier === last).map((a) => label(a.priority));
    findings.push({ ruleId: 'helpdesk-lossy', severity: 'info', at: last.at, message: `${all}; SLA policy '${policy.name}' has ${tiers.length === 1 ? 'one tier' : `${tiers.length} tiers`}, so tier '${last.name}' covers ${joinAnd(covered)}.` });
  }
  for (const extra of tiers.slice(priorities.length)) {
    findings.push({ ruleId: 'helpdesk-lossy', severity: 'warn', at: extra.at, message: `${all}; tier '${extra.name}' of SLA policy '${policy.name}' is beyond them and is not exported. Merge it into a neighbouring tier, or expect tickets of this tier to get the targets of tier '${assigned.at(-1)!.tier.name}'.` });
  }
  return { assigned, findings };
}

/** The priorities a tier ended up covering, in the product's order. */
export function prioritiesOf<P>(assigned: readonly PriorityTier<P>[], tier: TierView): P[] {
  return assigned.filter((a) => a.tier === tier).map((a) => a.priority);
}
