// The shipped example history (examples/history/): regenerating it gives the same bytes, and
// measuring each committed export reproduces the simulation it was written from, within
// sampling error, tier by tier (the round-trip property, on the files users try first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryProblems, type HistorySource } from '../../src/history/read-history.js';
import { getZone } from '../../src/time/zone.js';
import { historyFile } from '../../src/host/history-files.js';
import { readPolicyFiles } from '../../src/load/files.js';
import { measureHistory } from '../../src/measure/measure-history.js';
import { measureView } from '../../src/measure/measure-view.js';
import { EXAMPLE_HISTORY, exampleHistory } from '../../src/measure/synthetic/example-history.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { REPO } from '../helpers/policies.js';

const DIR = join(REPO, 'examples', 'history');
const { model } = validatePolicies(readPolicyFiles(join(REPO, 'policies')));
const example = exampleHistory(model);
const file = (path: string) => historyFile(join(DIR, path), path);
const asOfMs = Date.parse(`${EXAMPLE_HISTORY.asOf}T00:00:00Z`) + 86_400_000;

const SOURCES: [string, HistorySource][] = [
  ['the generic CSV (every channel)', { format: 'csv', files: [file('tickets.csv')] }],
  ['Zendesk pages and metric events (web form)', { format: 'zendesk', files: { tickets: example.files.filter((f) => f.path.includes('-tickets-')).map((f) => file(f.path)), events: [file('zendesk/web-events.json')] } }],
  ['the Freshdesk CSV (live chat)', { format: 'freshdesk', files: [file('freshdesk-tickets.csv')], zone: getZone(EXAMPLE_HISTORY.helpdeskZone) }],
  ['Zammad tickets (the urgent line)', { format: 'zammad', files: [file('zammad-tickets.json')] }],
];

describe('examples/history', () => {
  it('is what the generator writes (run `npm run history-examples` after changing it)', () => {
    expect(example.files.length).toBeGreaterThanOrEqual(5);
    for (const f of example.files) expect(readFileSync(join(DIR, f.path), 'utf8'), f.path).toBe(f.contents);
  });

  it.each(SOURCES)('measuring %s reproduces the simulated attainment per tier', (_, source) => {
    const problems = new HistoryProblems();
    const m = measureHistory(source, measureView(model), { asOfMs }, problems);
    expect(problems.total).toBe(0);
    expect(m.records.unmapped).toBe(0);
    let compared = 0;
    for (const channel of example.channels) {
      for (const tier of channel.simulation.tiers) {
        for (const [metric, simulated] of [['firstResponse', tier.firstResponse], ['resolution', tier.resolution]] as const) {
          const cell = m.attainment.find((c) => c.channel === channel.channel && c.tier === tier.name && c.metric === metric);
          if (!cell || cell.measured === 0) continue;
          cell.targets.forEach((t, j) => {
            const p = simulated.attainment[j]?.attainment.mean;
            if (p === null || p === undefined || t.attained === null) return;
            const n = t.met + t.breached;
            compared++;
            expect(Math.abs(t.attained - p), `${channel.channel}/${tier.name} ${metric} ${t.text}: measured ${t.attained} of ${n}, simulated ${p}`).toBeLessThanOrEqual(3 * Math.sqrt((p * (1 - p)) / n) + 1 / n);
          });
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
