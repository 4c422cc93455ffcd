/**
 * Tiers from a helpdesk's per-priority targets, most urgent first. Neighbouring priorities with
 * the same targets become one tier (so a policy exported with one tier covering two priorities
 * comes back as that one tier); a priority without a first-response target cannot be a tier and
 * is reported.
 */
import { durationText, type ImportedTier } from './import-model.js';

export interface PriorityTargets {
  /** The product's word for the priority: "urgent", "high"… */
  priority: string;
  /** Seconds, or null when the helpdesk holds none for this priority. */
  firstResponse: number | null;
  nextResponse: number | null;
  resolution: number | null;
}

export function tiersFromPriorities(targets: readonly PriorityTargets[], source: string): { tiers: ImportedTier[]; guesses: string[] } {
  const guesses: string[] = [];
  const groups: { targets: PriorityTargets; names: string[] }[] = [];
  for (const t of targets) {
    if (t.firstResponse === null) {
      if (t.nextResponse !== null || t.resolution !== null) guesses.push(`${source} has no first-response target for priority ${t.priority}, which every supportops tier needs; its other targets are not imported.`);
      continue;
    }
    const last = groups.at(-1);
    const same = last && last.targets.firstResponse === t.firstResponse && last.targets.nextResponse === t.nextResponse && last.targets.resolution === t.resolution;
    if (same) last.names.push(t.priority);
    else groups.push({ targets: t, names: [t.priority] });
  }
  const tiers = groups.map((g, i) => ({
    name: g.names[0]!,
    priority: i + 1,
    description: `${source}: priority ${g.names.join(' and ')}.`,
    firstResponse: durationText(g.targets.firstResponse!),
    nextResponse: g.targets.nextResponse === null ? null : durationText(g.targets.nextResponse),
    resolution: g.targets.resolution === null ? null : durationText(g.targets.resolution),
  }));
  return { tiers, guesses };
}
