// The backtest feeds the measured arrivals to the capacity and simulation models: on a history
// the model itself produced it agrees within sampling error; on a history of slower agents than
// the policies declare it says the model is optimistic, and where.
import { describe, expect, it } from 'vitest';
import { textFile } from '../../src/history/history-file.js';
import { HistoryProblems } from '../../src/history/read-history.js';
import { measureExport } from '../../src/measure/measure-export.js';
import { genericCsv } from '../../src/measure/synthetic/export-writers.js';
import { synthesizeHistory } from '../../src/measure/synthetic/synthetic-history.js';
import type { Model } from '../../src/model/model.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { exampleSet, toFiles, type FileSet } from '../helpers/policies.js';

const modelOf = (set: FileSet): Model => validatePolicies(toFiles(set)).model;
const declared = modelOf(exampleSet());

/** Two weeks of the email channel simulated from `truth`, backtested against the declared policies. */
function backtestOf(truth: Model) {
  const [email] = synthesizeHistory(truth, { asOf: '2026-03-02', days: 14, channels: ['email'] });
  const csv = genericCsv(email!.tickets, 'email');
  return measureExport({ source: { format: 'csv', files: [textFile('email.csv', csv.contents)] }, model: declared, options: { asOfMs: email!.asOfMs }, problems: new HistoryProblems(), label: 'email.csv', backtest: true }).backtest!;
}

describe('backtest', () => {
  it('agrees with a history the model produced', () => {
    const b = backtestOf(declared);
    const email = b.channels.find((c) => c.channel === 'email')!;
    expect(email.targets.length).toBeGreaterThan(8);
    expect(email.targets.filter((t) => t.verdict !== 'agrees')).toEqual([]);
    expect(email.notes).toEqual(['The model agrees with the history within sampling error on every target it predicts.']);
    expect(b.meanAbsoluteError).toBeLessThan(0.02);
  });

  it('finds the model optimistic when the agents are slower than declared, and says where', () => {
    const set = exampleSet();
    set['teams/tier1.yaml'] = set['teams/tier1.yaml']!.replaceAll('handleTime: 8m', 'handleTime: 45m');
    const email = backtestOf(modelOf(set)).channels.find((c) => c.channel === 'email')!;
    const off = email.targets.filter((t) => t.verdict === 'optimistic');
    expect(off.length).toBeGreaterThan(0);
    expect(email.targets.filter((t) => t.verdict === 'pessimistic')).toEqual([]);
    for (const t of off) expect(t.error!).toBeLessThan(0);
    expect(email.notes[0]).toMatch(/^'\w+' [a-z ]+ .+: the model predicts [\d.]+% .*, the history measured [\d.]+% of [\d,]+: the model is optimistic by \d+ points?\.$/);
  });
});
