/**
 * The base version of a run with a baseline runs only the rules that can mark a head finding:
 * the marks must come out exactly as when the base runs every rule.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markBaseline } from '../../src/diff/baseline.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { rulesToMark } from '../../src/host/baseline-rules.js';
import { runPolicies } from '../../src/host/run-policies.js';
import { readPolicyFiles } from '../../src/load/files.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { copyPolicies } from '../helpers/cli.js';
import { AS_OF } from '../helpers/policies.js';

const cache = new FactsCache();

type Edit = (policies: string) => void;

function replaceIn(file: string, from: string, to: string): Edit {
  return (policies) => {
    const path = join(policies, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`no ${from} in ${file}`);
    writeFileSync(path, text.replace(from, to));
  };
}

const loosen = replaceIn('sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h');
// Two London agents instead of ten: capacity and attainment findings, which read the feasibility facts.
const understaff = replaceIn('teams/tier1.yaml', 'headcount: 10', 'headcount: 2');
// A suppression of a rule with no finding on its line: an "unused" warning wherever it is written.
const unusedSuppression = replaceIn('channels/email.yaml', '  demand:\n', '  # supportops-disable-next-line capacity-meets-demand -- hiring in January\n  demand:\n');

/** Marks as "fingerprint mark": what a run reports against what a base checked with every rule gives. */
function marks(baseEdits: Edit[], headEdits: Edit[]): { run: string[]; everyRule: string[] } {
  const [base, head] = [copyPolicies(), copyPolicies()];
  for (const e of baseEdits) e(join(base, 'policies'));
  for (const e of headEdits) e(join(head, 'policies'));
  const run = runPolicies({ cwd: head, root: 'policies', asOf: AS_OF, rules: true, config: null, baseline: { ref: join(base, 'policies'), option: '--baseline' }, cache });
  const full = (dir: string) => checkPolicies(readPolicyFiles(join(dir, 'policies')), { asOf: AS_OF, cache });
  const everyRule = markBaseline(full(head), full(base));
  const shown = (ds: typeof everyRule) => ds.map((d) => `${d.ruleId} ${d.fingerprint} ${d.baseline}`).sort();
  return { run: shown(run.diagnostics), everyRule: shown(everyRule) };
}

describe('the base runs only the rules that mark', () => {
  it('names the rules of the head findings and of its suppressions, each once', () => {
    const at = { file: 'a.yaml', pointer: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const finding = (ruleId: string) => ({ ruleId, severity: 'warn' as const, message: 'm', location: at });
    expect(rulesToMark({ diagnostics: [finding('b'), finding('a'), finding('b')], suppressions: [{ location: at, rules: ['c', 'a'], reason: 'r', key: 'k' }] })).toEqual(['a', 'b', 'c']);
    expect(rulesToMark({ diagnostics: [] })).toEqual([]);
  });

  it('marks a new finding as a base checked with every rule does', () => {
    const { run, everyRule } = marks([], [loosen]);
    expect(run.map((m) => m.split(' ')[0] + ' ' + m.split(' ')[2])).toEqual(['metric-target-matches-sla new']);
    expect(run).toEqual(everyRule);
  });

  it('marks findings of the feasibility facts existing when the base has them too', () => {
    const { run, everyRule } = marks([understaff], [understaff, loosen]);
    expect(run.some((m) => m.startsWith('capacity-meets-demand ') && m.endsWith(' existing'))).toBe(true);
    expect(run).toEqual(everyRule);
  });

  it('marks an unused suppression existing when the base has the same one, though its rule finds nothing in the head', () => {
    const { run, everyRule } = marks([unusedSuppression], [unusedSuppression, loosen]);
    expect(run.filter((m) => m.startsWith('suppression ')).map((m) => m.split(' ')[2])).toEqual(['existing']);
    expect(run).toEqual(everyRule);
    const added = marks([], [unusedSuppression]);
    expect(added.run.filter((m) => m.startsWith('suppression ')).map((m) => m.split(' ')[2])).toEqual(['new']);
    expect(added.run).toEqual(added.everyRule);
  });
});
