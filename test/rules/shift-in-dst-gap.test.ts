import { describe, expect, it } from 'vitest';
import { edit, findings, starter } from '../helpers/policies.js';

describe('shift-in-dst-gap', () => {
  it('accepts shifts that start outside the spring-forward hour', () => {
    expect(findings(starter(), 'shift-in-dst-gap')).toEqual([]);
  });

  it('notes a shift starting at 01:30 in London, which does not exist on 2027-03-28', () => {
    const set = edit(starter(), 'hours.yaml', '    sun: ["00:00-24:00"]\n', '    sun: ["00:00-24:00"]\n---\napiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: night }\nspec:\n  timeZone: Europe/London\n  weekly: { sun: ["01:30-06:00"] }\n');
    const found = findings(set, 'shift-in-dst-gap');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^hours\.yaml:\d+:\d+ info Schedule 'night': .*2027-03-28/);
  });
});
