/** One run for the CLI and the Action: check, mark against a baseline, compare, build only what passes. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src/capacity/index.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { runPolicies } from '../../src/host/run-policies.js';
import { UsageError } from '../../src/host/usage-error.js';
import { SharedParses } from '../../src/load/shared-parses.js';
import { copyPolicies } from '../helpers/cli.js';
import { AS_OF } from '../helpers/policies.js';

const cache = new FactsCache();

describe('runPolicies', () => {
  const base = copyPolicies();
  const head = copyPolicies();
  const sla = join(head, 'policies', 'sla', 'async-sla.yaml');
  writeFileSync(sla, readFileSync(sla, 'utf8').replace('firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'));

  it('checks the head, marks its findings against the baseline and says what the change means', () => {
    const run = runPolicies({ cwd: head, root: 'policies', asOf: AS_OF, rules: true, config: undefined, baseline: { ref: join(base, 'policies'), option: '--baseline' }, diff: true, cache });
    expect(run.label).toBe('policies');
    expect(run.base?.label).toBe(join(base, 'policies'));
    // The loosened tier leaves the metric target behind: one new warning, marked so.
    expect(run.diagnostics.map((d) => `${d.ruleId} ${d.baseline}`)).toEqual(['metric-target-matches-sla new']);
    expect(run.result.diagnostics.every((d) => d.baseline === undefined)).toBe(true);
    expect(run.diff?.changes.filter((c) => c.severity === 'breaking').map((c) => c.subject)).toEqual(['async-sla › high › first response']);
    expect(run.context).toMatchObject({ root: 'policies', asOf: AS_OF, files: run.result.files, documents: run.result.documents });
    expect(run.context.facts).toBe(run.result.facts);
    expect(run.built).toBeUndefined();
  });

  it('simulates a channel once for base and head when only its targets changed, with the figures each gets alone', () => {
    const recording = () => {
      const asked: string[] = [];
      const kept = new Map<string, SimulationResult>();
      return { asked, kept, cache: new FactsCache({ read: (key) => void asked.push(key), write: (key, result) => void kept.set(key, result) }) };
    };
    const pr = recording();
    runPolicies({ cwd: head, root: 'policies', asOf: AS_OF, rules: true, config: undefined, baseline: { ref: join(base, 'policies'), option: '--baseline' }, diff: true, cache: pr.cache });
    // A simulation the cache misses is asked of the store first: the base's loosened channels came
    // with the head's runs, unasked.
    expect(pr.kept.size).toBeGreaterThan(new Set(pr.asked).size);
    // Every simulation a version makes alone was made in the pull request's run, with equal figures.
    for (const cwd of [base, head]) {
      const alone = recording();
      runPolicies({ cwd, root: 'policies', asOf: AS_OF, rules: true, config: undefined, cache: alone.cache });
      expect(alone.kept.size).toBeGreaterThan(0);
      for (const [key, result] of alone.kept) expect(pr.kept.get(key)).toEqual(result);
    }
  });

  it('reuses the parses a caller gives it across runs (the diff and the check of its head)', () => {
    const parses = new SharedParses();
    const first = runPolicies({ cwd: head, root: 'policies', asOf: AS_OF, rules: false, config: null, parses, cache });
    const again = runPolicies({ cwd: head, root: 'policies', asOf: AS_OF, rules: true, config: undefined, parses, cache });
    const file = first.result.sources.files().find((f) => f.endsWith('.yaml'))!;
    expect(again.result.sources.get(file)).toBe(first.result.sources.get(file));
    const own = runPolicies({ cwd: head, root: 'policies', asOf: AS_OF, rules: true, config: undefined, cache });
    expect(own.result.sources.get(file)).not.toBe(first.result.sources.get(file));
    expect(own.diagnostics).toEqual(again.diagnostics);
  });

  it('renders the artifacts only while the findings stay below the fail level', () => {
    const passing = runPolicies({ cwd: head, root: 'policies', asOf: AS_OF, rules: true, config: undefined, build: { failLevel: 'error' }, cache });
    expect(passing.built?.problems).toEqual([]);
    expect(passing.built?.artifacts.map((a) => a.path)).toContain('manifest.json');
    const failing = runPolicies({ cwd: head, root: 'policies', asOf: AS_OF, rules: true, config: undefined, build: { failLevel: 'warn' }, cache });
    expect(failing.built).toBeUndefined();
  });

  it('only validates when asked to, and reads no config then', () => {
    writeFileSync(join(head, 'supportops.yaml'), 'rules: [not, a, mapping]\n');
    const run = runPolicies({ cwd: head, root: 'policies', asOf: AS_OF, rules: false, config: null, cache });
    expect(run.diagnostics).toEqual([]);
    expect(run.result).not.toHaveProperty('facts');
    expect(() => runPolicies({ cwd: head, root: 'policies', asOf: AS_OF, rules: false, config: undefined, cache })).toThrow(UsageError);
  });

  it('refuses a root without policy files when the front asks it to', () => {
    const empty = mkdtempSync(join(tmpdir(), 'supportops-empty-'));
    mkdirSync(join(empty, 'policies'));
    const run = () => runPolicies({ cwd: empty, root: 'policies', asOf: AS_OF, rules: true, config: undefined, requireFiles: true });
    expect(run).toThrow(UsageError);
    expect(run).toThrow('no policy files (*.yaml, *.yml) found in policies. Run `supportops init policies` to start one.');
    expect(runPolicies({ cwd: empty, root: 'policies', asOf: AS_OF, rules: true, config: undefined }).files).toEqual([]);
  });
});
