/**
 * The invariant behind one service model: `disclosure-feasible` never passes a promise that
 * `capacity-meets-demand` or `coverage-meets-promise` reports broken. Shared by the fast
 * property (a short horizon, a few runs) and the slow sweep.
 */
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { AS_OF, toFiles, type FileSet } from '../helpers/policies.js';

const TIER = /^\/spec\/tiers\/(\d+)\/firstResponse$/;

/** Tier indexes of the starter's email-sla that each rule reports broken. */
function brokenTiers(diagnostics: Diagnostic[], tierCount: number): { capacity: Set<number>; coverage: Set<number>; disclosure: Set<number> } {
  const capacity = new Set<number>();
  const coverage = new Set<number>();
  const disclosure = new Set<number>();
  for (const d of diagnostics) {
    if (d.ruleId === 'coverage-meets-promise' && d.location.file === 'channels.yaml') coverage.add(Number(TIER.exec(d.location.pointer)?.[1]));
    if (d.ruleId === 'disclosure-feasible' && d.message.includes("channel 'email'")) {
      for (const r of d.related ?? []) disclosure.add(Number(TIER.exec(r.location.pointer)?.[1]));
    }
    if (d.ruleId === 'capacity-meets-demand' && d.message.includes("Channel 'email'")) {
      // The backlog case names the least urgent tier (index 1 in the random sets); the others break every tier.
      if (d.message.includes('promised even to')) capacity.add(tierCount - 1);
      else for (let i = 0; i < tierCount; i++) capacity.add(i);
    }
  }
  return { capacity, coverage, disclosure };
}

export function expectDisclosureAgrees(set: FileSet, horizonDays: number): void {
  const { diagnostics } = checkPolicies(toFiles(set), { asOf: AS_OF, horizonDays, cache: new FactsCache() });
  const { capacity, coverage, disclosure } = brokenTiers(diagnostics, 2);
  for (const tier of [...capacity, ...coverage]) expect(disclosure, `tier ${tier} is reported broken but its disclosure passes`).toContain(tier);
}
