// The queue simulation runs only when its facts are read: the diff compares coverage and
// capacity and never starts it; a rule, the report or the JSON report reading them does.
import { describe, expect, it, vi } from 'vitest';
import { diffPolicies } from '../../src/diff/diff-policies.js';
import { computeFacts } from '../../src/facts/compute-facts.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { defaultTemplates } from '../../src/host/render-artifacts.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { AS_OF, edit, exampleSet, toFiles } from '../helpers/policies.js';

describe('simulation facts on first read', () => {
  it('are not computed by the diff, which does not read them', () => {
    const cache = new FactsCache();
    const simulate = vi.spyOn(cache, 'simulation');
    const base = exampleSet();
    const head = edit(base, 'sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h');
    const diff = diffPolicies(toFiles(base), toFiles(head), { asOf: AS_OF, templates: defaultTemplates(), cache });
    expect(diff.changes.length).toBeGreaterThan(0);
    expect(simulate).not.toHaveBeenCalled();
  });

  it('are computed once on the first read, and are then an ordinary field', () => {
    const cache = new FactsCache();
    const simulate = vi.spyOn(cache, 'simulation');
    const facts = computeFacts(validatePolicies(toFiles(exampleSet())).model, { asOf: AS_OF, cache });
    expect(simulate).not.toHaveBeenCalled();
    const first = facts.simulation;
    expect(first.length).toBeGreaterThan(0);
    const calls = simulate.mock.calls.length;
    expect(facts.simulation).toBe(first);
    expect(simulate.mock.calls.length).toBe(calls);
    expect(Object.keys(facts)).toEqual(['horizon', 'windows', 'coverage', 'capacity', 'simulation']);
    expect(JSON.parse(JSON.stringify(facts)).simulation).toEqual(JSON.parse(JSON.stringify(first)));
  });
});
