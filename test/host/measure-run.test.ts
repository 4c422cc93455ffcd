/** measure reads the policies, then checks them: one parse of each file serves both. */
import { describe, expect, it, vi } from 'vitest';
import { measureFiles } from '../../src/host/measure-run.js';
import { SharedParses } from '../../src/load/shared-parses.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { AS_OF, exampleSet, REPO, toFiles } from '../helpers/policies.js';

describe('measureFiles', () => {
  it('leaves its parse of each policy file to the check that follows, whose findings stay the same', () => {
    const files = toFiles(exampleSet());
    const parses = new SharedParses();
    const parse = vi.spyOn(parses, 'parse');
    const request = { exports: ['examples/history/tickets.csv'], asOfMs: Date.parse(`${AS_OF}T23:59:59Z`), backtest: false };
    const { measured } = measureFiles(REPO, files, {}, request, parses);
    expect(measured).not.toBeNull();
    const read = parse.mock.results.map((r) => r.value as unknown);
    expect(read.length).toBeGreaterThan(20);
    const options = { asOf: AS_OF, history: measured!.history, only: ['demand-matches-history'] };
    const checked = checkPolicies(files, { ...options, parses });
    // The check's reading of every file is the measure's own, object for object.
    expect(parse.mock.results).toHaveLength(2 * read.length);
    parse.mock.results.slice(read.length).forEach((r, i) => expect(r.value).toBe(read[i]));
    expect(checked.diagnostics).toEqual(checkPolicies(files, options).diagnostics);
  });
});
