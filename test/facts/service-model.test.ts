// One service model (docs/domain.md, "One service model"): a first reply costs the whole
// handle time in capacity, Erlang C and the simulation, so the rules that read them agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../helpers/policies.js';
import { overnightBacklog } from '../helpers/scenarios.js';
import { emailCase, emailSet } from '../helpers/random-policies.js';
import { expectDisclosureAgrees } from './service-model.invariant.js';

const RULES = ['capacity-meets-demand', 'disclosure-feasible', 'predicted-attainment'];

describe('the 4-agent overnight backlog', () => {
  it('is reported broken by capacity, the disclosure check and the prediction alike', () => {
    const found = check(overnightBacklog()).filter((d) => RULES.includes(d.ruleId));
    const byRule = (id: string) => found.filter((d) => d.ruleId === id).map((d) => d.message);
    expect(byRule('capacity-meets-demand')).toEqual([expect.stringContaining('longer than the 4h promised even to \'standard\' tickets')]);
    expect(byRule('disclosure-feasible')).toEqual([expect.stringContaining("90% of 'standard' requests get a first reply within 4h, but")]);
    expect(byRule('predicted-attainment')).toContainEqual(expect.stringContaining("of 'standard' tickets answered within 4h"));
  });
});

describe('disclosure-feasible agrees with capacity and coverage', () => {
  it('never passes a promise they report broken (random policies, a four-week horizon)', () => {
    fc.assert(fc.property(emailCase, (c) => expectDisclosureAgrees(emailSet(c), 28)), { numRuns: 12 });
  });
});
