import { describe, expect, it } from 'vitest';
import { exampleSet, findings, starter } from '../helpers/policies.js';
import { seedCase, urgentCalls } from '../helpers/scenarios.js';

describe('predicted-attainment', () => {
  it('accepts the example organisation, whose simulated attainment meets every target', () => {
    expect(findings(exampleSet(), 'predicted-attainment')).toEqual([]);
    expect(findings(starter(), 'predicted-attainment')).toEqual([]);
  });

  it("warns for every tier of the seed's overloaded channel, with the simulated figure and its interval", () => {
    const found = findings(seedCase(), 'predicted-attainment');
    expect(found.map((f) => f.split(' warn ')[0])).toEqual(['policies.yaml:54:113', 'policies.yaml:55:99', 'policies.yaml:56:101']);
    expect(found[0]).toMatch(/^policies\.yaml:54:113 warn On channel 'email', the simulation predicts \d+\.\d% of 'urgent' tickets answered within 1h \(95% interval \d+\.\d%–\d+\.\d%, 3 runs, seed 2324124615\), below the published 90\.0%\./);
    expect(found[2]).toContain("of 'standard' tickets answered within 1d");
  });

  it('is deterministic: the same policies give the same simulated figures', () => {
    expect(findings(seedCase(), 'predicted-attainment')).toEqual(findings(seedCase(), 'predicted-attainment'));
  });

  it('agrees with Erlang C on a stationary phone line: both find about 62% answered within a minute', () => {
    const [only, ...rest] = findings(urgentCalls(80), 'predicted-attainment');
    expect(rest).toEqual([]);
    const simulated = Number(/predicts (\d+\.\d)%/.exec(only!)![1]);
    expect(simulated).toBeGreaterThan(59);
    expect(simulated).toBeLessThan(65);
    expect(findings(urgentCalls(80), 'sync-service-level')[0]).toContain('so about 62% are answered in time');
  });
});
