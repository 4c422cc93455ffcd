import { describe, expect, it } from 'vitest';
import { edit, exampleSet, findings, starter } from '../helpers/policies.js';

describe('escalation-role-coverage', () => {
  it('accepts roles on shift around the clock, and windows counted in business hours', () => {
    expect(findings(starter(), 'escalation-role-coverage')).toEqual([]);
    expect(findings(exampleSet(), 'escalation-role-coverage')).toEqual([]);
  });

  it('reports a calendar-time window that an office-hours role cannot meet', () => {
    const set = edit(exampleSet(), 'routing/escalations.yaml', '  within: 2h\n  schedule: support-hours\n', '  within: 2h\n');
    const [only, ...rest] = findings(set, 'escalation-role-coverage');
    expect(rest).toEqual([]);
    expect(only).toMatch(/^routing\/escalations\.yaml:44:11 error Escalation 'payment-failure' must reach a 'billing-specialist' within 2h \(calendar time \(24\/7\)\), but nobody in that role \(billing-specialists\) is on shift for up to 4d19h\. The worst is 2026-12-24 13:00 → 2026-12-29 08:00 UTC \(2026-12-24 13:00 → 2026-12-29 08:00 Europe\/London\)\./);
    expect(only).toMatch(/Add on-call shifts for the role, route to a role that is on shift, or count the window in business hours with `schedule:`\.$/);
  });

  it('reports a role off shift on some nights only', () => {
    // The London rota stops an hour earlier: New York still ends at 23:00 UTC in summer, so
    // summer nights keep their cover only while Singapore starts at 23:00 UTC.
    const set = edit(exampleSet(), 'schedules/on-call.yaml', /name: on-call-singapore\nspec:\n {2}timeZone: Asia\/Singapore\n {2}weekly:\n( {4}\w+: \["07:00-17:00"\]\n)+/, 'name: on-call-singapore\nspec:\n  timeZone: Asia/Singapore\n  weekly:\n' + ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => `    ${d}: ["08:00-17:00"]\n`).join(''));
    const found = findings(set, 'escalation-role-coverage');
    expect(found.map((f) => f.split(' error ')[0])).toEqual(['routing/escalations.yaml:14:11', 'routing/escalations.yaml:29:11']);
    expect(found[0]).toContain("Escalation 'major-outage' must reach a 'incident-engineer' within 15m (calendar time (24/7)), but nobody in that role (incident-london, incident-new-york, incident-singapore) is on shift for up to 1h.");
    expect(found[0]).toContain('The same gap, 23:00–00:00 UTC, occurs on 2027-03-14');
  });
});
