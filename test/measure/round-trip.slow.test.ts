// Measuring a simulated export reproduces the simulation's attainment (within sampling error).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPolicyFiles } from '../../src/load/files.js';
import { HistoryProblems, type HistorySource } from '../../src/history/read-history.js';
import { measureHistory } from '../../src/measure/measure-history.js';
import { measureView } from '../../src/measure/measure-view.js';
import { genericCsv, zendeskPages } from '../../src/measure/synthetic/export-writers.js';
import { synthesizeHistory } from '../../src/measure/synthetic/synthetic-history.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { REPO } from '../helpers/policies.js';
import { fileAt } from '../history/helpers.js';
import type { HistoryFile } from '../../src/history/history-file.js';

const dir = mkdtempSync(join(tmpdir(), 'supportops-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Four weeks of the example's email channel across the spring clock change (London, 29 March).
const { model } = validatePolicies(readPolicyFiles(join(REPO, 'policies')));
const [email] = synthesizeHistory(model, { asOf: '2026-03-09', days: 28, channels: ['email'] });
const view = measureView(model);
const rank = (tier: string | undefined) => view.channels.find((c) => c.name === 'email')!.tiers.find((t) => t.name === tier)?.priority ?? 3;

function measured(files: { path: string; contents: string }[], source: (paths: HistoryFile[]) => HistorySource) {
  const paths = files.map((f) => {
    writeFileSync(join(dir, f.path), f.contents);
    return fileAt(join(dir, f.path), f.path);
  });
  const problems = new HistoryProblems();
  const m = measureHistory(source(paths), view, { asOfMs: email!.asOfMs }, problems);
  expect(problems.total).toBe(0);
  return m;
}

describe('synthetic history round trip', () => {
  it('carries pauses, and is the same history on every run', () => {
    expect(email!.tickets.length).toBeGreaterThan(4000);
    expect(email!.tickets.filter((t) => t.pauses.length > 0).length).toBeGreaterThan(1000);
    const again = synthesizeHistory(model, { asOf: '2026-03-09', days: 28, channels: ['email'] })[0]!;
    expect(genericCsv(again.tickets, 'email').contents).toBe(genericCsv(email!.tickets, 'email').contents);
  });

  for (const format of ['csv', 'zendesk'] as const) {
    it(`measuring the ${format} export reproduces the simulated attainment per tier`, () => {
      const m = format === 'csv'
        ? measured([genericCsv(email!.tickets, 'email')], (files) => ({ format: 'csv', files }))
        : measured(zendeskPages(email!.tickets, 'email', rank, 2000), (files) => ({ format: 'zendesk', files: { tickets: files.filter((f) => f.name.includes('tickets')), events: files.filter((f) => f.name.includes('events')) } }));
      expect(m.records.unmapped).toBe(0);
      for (const tier of email!.simulation.tiers) {
        for (const [metric, simulated, j] of [['firstResponse', tier.firstResponse, 0], ['resolution', tier.resolution, 1]] as const) {
          const cell = m.attainment.find((c) => c.tier === tier.name && c.metric === metric)!;
          const p = simulated.attainment[j]!.attainment.mean ?? 0;
          const n = tier.tickets;
          const error = 3 * Math.sqrt((p * (1 - p)) / n) + 1 / n;
          expect(Math.abs(cell.targets[j]!.attained! - p), `${tier.name} ${metric}: measured ${cell.targets[j]!.attained}, simulated ${p}`).toBeLessThanOrEqual(error);
        }
      }
    });
  }
});
