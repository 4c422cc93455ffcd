import { describe, expect, it } from 'vitest';
import { edit, exampleSet, findings, starter } from '../helpers/policies.js';

describe('schedule-sanity', () => {
  it('accepts sane schedules', () => {
    expect(findings(starter(), 'schedule-sanity')).toEqual([]);
    expect(findings(exampleSet(), 'schedule-sanity')).toEqual([]);
  });

  it('reports overlapping and zero-length intervals at the interval', () => {
    const set = edit(starter(), 'hours.yaml', 'tue: ["09:00-17:00"]', 'tue: ["09:00-12:00", "11:00-17:00", "18:00-18:00"]');
    const found = findings(set, 'schedule-sanity');
    expect(found.map((f) => f.split(' warn ')[0])).toEqual(['hours.yaml:10:26', 'hours.yaml:10:41']);
    expect(found.every((f) => f.includes("Schedule 'office-hours': "))).toBe(true);
  });

  it('reports an overnight shift that runs into the next day\'s hours', () => {
    const set = edit(starter(), 'hours.yaml', 'mon: ["09:00-17:00"]', 'mon: ["09:00-17:00", "22:00-10:00"]');
    const found = findings(set, 'schedule-sanity');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^hours\.yaml:\d+:\d+ warn Schedule 'office-hours': /);
  });

  it('reports a date that is both a holiday and an override', () => {
    const set = edit(starter(), 'hours.yaml', '    - date: 2026-12-28\n      name: Boxing Day (substitute day)\n', '    - date: 2026-12-28\n      name: Boxing Day (substitute day)\n  overrides:\n    - { date: 2026-12-28, hours: ["10:00-12:00"] }\n');
    const found = findings(set, 'schedule-sanity');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^hours\.yaml:\d+:\d+ warn Schedule 'office-hours': .*2026-12-28/);
  });
});
