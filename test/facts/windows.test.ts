/**
 * A dated change never leaves a window of the horizon unchecked (docs/effective-dates.md): the
 * facts' windows tile the horizon, every window has its coverage measured, and a promise broken
 * in any one window is reported, named by that window.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { addDays } from '../../src/values/calendar-dates.js';
import { dated } from '../helpers/dated.js';
import { addDocs, AS_OF, edit, starter, toFiles, type FileSet } from '../helpers/policies.js';

const HORIZON = 28;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The on-call rota as one revision per window between `cuts`; the one at `broken` leaves 23:00–24:00 uncovered every day. */
function onCallRevisions(cuts: string[], broken: number): FileSet {
  const set = starter();
  const start = set['hours.yaml']!.indexOf('apiVersion: supportops/v1\nkind: Schedule\nmetadata:\n  name: on-call');
  const docs = [undefined, ...cuts].map((from, i) => {
    const until = cuts[i];
    const edges = [from ? `from: ${from}` : '', until ? `until: ${until}` : ''].filter(Boolean).join(', ');
    const hours = i === broken ? '00:00-23:00' : '00:00-24:00';
    const weekly = DAYS.map((d) => `    ${d}: ["${hours}"]`).join('\n');
    return `apiVersion: supportops/v1\nkind: Schedule\nmetadata:\n  name: on-call\neffective: { ${edges} }\nspec:\n  timeZone: UTC\n  weekly:\n${weekly}\n`;
  });
  return edit(set, 'hours.yaml', set['hours.yaml']!.slice(start), docs.join('---\n'));
}

/** The words a finding opens with for window `i` of those `cuts` make (the last day included). */
function label(cuts: string[], i: number): string {
  if (i === 0) return `Before ${cuts[0]}`;
  if (i === cuts.length) return `From ${cuts[i - 1]}`;
  const last = addDays(cuts[i]!, -1);
  return last === cuts[i - 1] ? `On ${last}` : `From ${cuts[i - 1]} to ${last}`;
}

const cutsArb = fc.uniqueArray(fc.integer({ min: 1, max: HORIZON - 1 }), { minLength: 1, maxLength: 3 }).map((offsets) => [...offsets].sort((a, b) => a - b).map((d) => addDays(AS_OF, d)));
const caseArb = cutsArb.chain((cuts) => fc.record({ cuts: fc.constant(cuts), broken: fc.integer({ min: -1, max: cuts.length }) }));

describe('dated changes over the horizon', () => {
  it('never leave a window unchecked', () => {
    fc.assert(
      fc.property(caseArb, ({ cuts, broken }) => {
        const result = checkPolicies(toFiles(onCallRevisions(cuts, broken)), { asOf: AS_OF, horizonDays: HORIZON });
        // The windows tile the horizon, cut at every date.
        const windows = result.facts!.windows;
        expect(windows.map((w) => w.from)).toEqual([AS_OF, ...cuts]);
        expect(windows.map((w) => w.until)).toEqual([...cuts, addDays(AS_OF, HORIZON)]);
        // The urgent line's coverage is measured in every window, once.
        const coverage = result.facts!.coverage.channels.filter((c) => c.name === 'urgent-line');
        expect(coverage.map((c) => c.window?.from ?? AS_OF)).toEqual([AS_OF, ...cuts]);
        // A gap in one window is found, and every finding about it is named by that window.
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (broken < 0) {
          expect(errors).toEqual([]);
          return;
        }
        expect(errors.filter((d) => d.ruleId === 'coverage-meets-promise' && d.message.includes("'urgent-line'"))).toHaveLength(1);
        expect(errors.map((d) => d.message.slice(0, label(cuts, broken).length + 1))).toEqual(errors.map(() => `${label(cuts, broken)}:`));
      }),
      { numRuns: 15 },
    );
  });

  it('start a window with the backlog the window before left', () => {
    // More email than three people clear, then one more person from a date: the queue carries over.
    const busy = edit(starter(), 'channels.yaml', '  urgentPath: urgent-line\n', '  urgentPath: urgent-line\n  demand: { ticketsPerDay: 120, tierMix: { standard: 100% } }\n');
    const team = busy['people.yaml']!.split('---\n').find((doc) => doc.includes('name: support-team'))!;
    const set = addDocs(dated(busy, 'people.yaml', 'support-team', '{ until: 2026-12-07 }'), 'people.yaml', team.replace('name: support-team\n', 'name: support-team\neffective: { from: 2026-12-07 }\n').replace('headcount: 3', 'headcount: 4'));
    const facts = checkPolicies(toFiles(set), { asOf: AS_OF, horizonDays: HORIZON }).facts!;
    const [before, after] = facts.capacity.filter((c) => c.channel === 'email');
    expect(before!.window).toEqual({ from: AS_OF, until: '2026-12-07' });
    expect(after!.window).toEqual({ from: '2026-12-07', until: addDays(AS_OF, HORIZON) });
    expect(before!.backlog!.carriedIn).toBe(0);
    expect(before!.backlog!.closing).toBeGreaterThan(0);
    expect(after!.backlog!.carriedIn).toBe(before!.backlog!.closing);
    expect(after!.backlog!.peak).toBeGreaterThanOrEqual(after!.backlog!.carriedIn);
    // The simulation is run per window too.
    expect(facts.simulation.filter((s) => s.channel === 'email').map((s) => s.window?.from)).toEqual([AS_OF, '2026-12-07']);
  });
});
