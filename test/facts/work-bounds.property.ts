/**
 * Check work is bounded for any valid input (docs/rules/schema.md, Limits): random policies with
 * values anywhere up to the schema's limits check without an internal error, and the work the
 * facts do is counted (simulated tickets and agent slots), never timed.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { addDocs, AS_OF, edit, starter, toFiles, type FileSet } from '../helpers/policies.js';

export interface Extreme {
  emailPerDay: number;
  callsPerDay: number;
  headcount: number;
  handleTime: string;
  shrinkage: number;
  phoneHandleTime: string;
  phoneHeadcount: number;
}

export const extreme: fc.Arbitrary<Extreme> = fc.record({
  emailPerDay: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constant(1_000_000)),
  callsPerDay: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constant(1_000_000)),
  headcount: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(100_000)),
  handleTime: fc.constantFrom('1s', '12m', '8h', '1d', '23h59m59s'),
  shrinkage: fc.constantFrom(0, 30, 99, 99.99),
  phoneHandleTime: fc.constantFrom('1s', '20m', '1d'),
  phoneHeadcount: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(100_000)),
});

function extremeSet(e: Extreme): FileSet {
  let set = edit(starter(), 'channels.yaml', '  slaPolicy: email-sla\n  urgentPath: urgent-line\n', `  slaPolicy: email-sla\n  urgentPath: urgent-line\n  demand:\n    ticketsPerDay: ${e.emailPerDay}\n    tierMix: { urgent: 5%, standard: 95% }\n    profile: { timeZone: Europe/London, days: { mon: 1000, tue: 0, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 } }\n`);
  set = edit(set, 'channels.yaml', '  slaPolicy: urgent-line-sla\n', `  slaPolicy: urgent-line-sla\n  demand:\n    ticketsPerDay: ${e.callsPerDay}\n    tierMix: { live-call: 100% }\n`);
  set = edit(set, 'people.yaml', 'headcount: 3\n  shrinkage: 30%\n  occupancy: 85%\n  handleTime: 12m', `headcount: ${e.headcount}\n  shrinkage: ${e.shrinkage}%\n  occupancy: 1%\n  handleTime: ${e.handleTime}`);
  set = edit(set, 'people.yaml', 'headcount: 2\n  shrinkage: 20%\n  occupancy: 50%\n  handleTime: 20m', `headcount: ${e.phoneHeadcount}\n  shrinkage: ${e.shrinkage}%\n  occupancy: 50%\n  handleTime: ${e.phoneHandleTime}`);
  // A second email team at the other extreme of handle time: pooling the two once overflowed the agent count.
  return addDocs(set, 'people.yaml', `apiVersion: supportops/v1\nkind: Team\nmetadata: { name: fast-team }\nspec:\n  role: support-agent\n  schedule: office-hours\n  headcount: ${e.headcount}\n  shrinkage: 0%\n  occupancy: 100%\n  handleTime: ${e.handleTime === '1s' ? '1d' : '1s'}\n  channels: [email]\n`);
}

/** Bounds the facts keep whatever the values: 5 replications at most of 250,000 tickets (a little over, from Poisson noise). */
export function expectBoundedWork(e: Extreme, horizonDays: number): void {
  const result = checkPolicies(toFiles(extremeSet(e)), { asOf: AS_OF, horizonDays, cache: new FactsCache() });
  expect(result.diagnostics.filter((d) => d.ruleId === 'schema')).toEqual([]);
  for (const sim of result.facts?.simulation ?? []) {
    const tickets = sim.tiers.reduce((n, t) => n + t.tickets, 0);
    expect(tickets, sim.channel).toBeLessThanOrEqual(sim.replications * 250_000 * 1.05);
    expect(sim.replications).toBeLessThanOrEqual(5);
  }
  for (const c of result.facts?.capacity ?? []) {
    for (const x of [c.capacityPerDay, c.agentsStaffed, c.demandPerDay]) expect(Number.isFinite(x) && x >= 0, `${c.channel} ${x}`).toBe(true);
    if (c.erlang?.worst) expect(Number.isSafeInteger(c.erlang.worst.required) && c.erlang.worst.staffed >= 0).toBe(true);
  }
}
