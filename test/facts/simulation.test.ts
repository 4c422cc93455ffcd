// Predicted attainment per channel × tier: every published target, percentiles of first
// response and resolution, staffing through the tail after the horizon, and Erlang C agreement.
import { describe, expect, it } from 'vitest';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { AS_OF, edit, toFiles, type FileSet } from '../helpers/policies.js';
import { emailDemand, urgentCalls } from '../helpers/scenarios.js';

// One cache for the file: a set checked again reuses its facts.
const cache = new FactsCache();
const facts = (set: FileSet, horizonDays?: number) => checkPolicies(toFiles(set), { asOf: AS_OF, ...(horizonDays ? { horizonDays } : {}), cache }).facts!;

describe('facts.simulation', () => {
  const email = facts(emailDemand(40), 28).simulation[0]!;

  it('measures every published target of a tier, in order, with the share each needs', () => {
    const urgent = email.tiers.find((t) => t.tier === 'urgent')!;
    expect(urgent.targets.map((t) => [t.kind, t.minutes, t.share])).toEqual([
      ['acknowledge', 15, 1], ['firstResponse', 60, 0.9], ['resolutionMedian', 480, 0.5], ['resolutionP90', 1440, 0.9],
    ]);
    for (const t of urgent.targets) {
      expect(t.attainment.low!).toBeLessThanOrEqual(t.attainment.mean!);
      expect(t.attainment.high!).toBeGreaterThanOrEqual(t.attainment.mean!);
    }
    // The first-response target and figures are also where format-version-1 readers find them.
    expect(urgent.target).toEqual({ minutes: 60, share: 0.9 });
    expect(urgent.attainment).toEqual(urgent.targets[1]!.attainment);
    expect(urgent.p90Minutes).toBe(urgent.firstResponse.p90Minutes);
  });

  it('sends the first reply when the whole handle time is spent, and resolves the ticket with it (one service model)', () => {
    expect(email.followUpShare).toBe(0);
    for (const t of email.tiers) {
      expect(t.resolution).toEqual(t.firstResponse);
      expect(t.acknowledge.p90Minutes).toBeLessThanOrEqual(t.firstResponse.p90Minutes);
    }
  });

  it('simulates at least two whole replications, more until a channel has seen 20,000 tickets, in 4-week batches', () => {
    expect(email.batches).toBe(1); // 28 days is one batch
    expect(facts(emailDemand(40)).simulation[0]!).toMatchObject({ replications: 2, batches: 13 });
    expect(facts(emailDemand(10)).simulation[0]!).toMatchObject({ replications: 5, batches: 13 }); // 3,650 a year: capped at 5
  });

  it('keeps the teams on their real shifts through the 14-day tail, so a Friday-evening ticket is answered on Monday', () => {
    // The horizon ends on Saturday 2026-11-28 00:00 UTC; the office team works again on Monday.
    const friday = facts(emailDemand(40), 5).simulation[0]!;
    for (const t of friday.tiers) expect([t.unanswered, t.unresolved]).toEqual([0, 0]);
    expect(Math.max(...friday.tiers.map((t) => t.oldestWaitMinutes))).toBeGreaterThan(2.5 * 24 * 60);
  });

  it('agrees with Erlang C on a stationary phone line: the staffed service level lies in the simulated interval', () => {
    const f = facts(urgentCalls(80));
    const erlang = f.capacity.find((c) => c.channel === 'urgent-line')!.erlang!.worst!;
    const simulated = f.simulation.find((s) => s.channel === 'urgent-line')!.tiers[0]!.attainment;
    expect(simulated.low!).toBeLessThanOrEqual(erlang.serviceLevel);
    expect(simulated.high!).toBeGreaterThanOrEqual(erlang.serviceLevel);
  });

  it('names the samples behind an interval by their real length when the horizon is not a year', () => {
    const samples = (horizonDays: number) =>
      checkPolicies(toFiles(urgentCalls(80)), { asOf: AS_OF, horizonDays }).diagnostics.filter((d) => d.ruleId === 'predicted-attainment').map((d) => /from (\d+ [\w-]+ samples)/.exec(d.message)?.[1]);
    expect(samples(365)).toEqual(['26 4-week samples']); // 2 replications × 13 batches
    expect(samples(7)).toEqual(['5 1-week samples']); // one batch: the replications of the week
    expect(samples(100)).toEqual(['12 25-day samples']); // 3 replications (8,000 calls each) × 4 batches of 25 days
  });

  it('is deterministic, with a seed derived from the channel name', () => {
    // A run of its own: with a cache of its own nothing is handed back from the runs above.
    const again = checkPolicies(toFiles(emailDemand(40)), { asOf: AS_OF, horizonDays: 28, cache: new FactsCache() }).facts!.simulation;
    expect(again).not.toBe(facts(emailDemand(40), 28).simulation);
    expect(again).toEqual(facts(emailDemand(40), 28).simulation);
    const renamed = facts(edit(emailDemand(40), 'channels.yaml', 'name: email\n', 'name: mail\n'), 28).simulation.find((s) => s.channel === 'mail');
    expect(renamed?.seed).not.toBe(email.seed);
  });
});
