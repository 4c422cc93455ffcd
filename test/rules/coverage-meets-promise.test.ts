import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, edit, exampleSet, findings, REPO, starter } from '../helpers/policies.js';

describe('coverage-meets-promise', () => {
  it('accepts the example organisation and the starter set', () => {
    expect(findings(exampleSet(), 'coverage-meets-promise')).toEqual([]);
    expect(findings(starter(), 'coverage-meets-promise')).toEqual([]);
  });

  it('reports a 24/7 promise kept by one office-hours team, at the promise, with the worst window', () => {
    const set = edit(starter(), 'channels.yaml', 'name: email-sla\nspec:\n  clock: business\n  schedule: office-hours', 'name: email-sla\nspec:\n  clock: calendar');
    const found = check(set).filter((d) => d.ruleId === 'coverage-meets-promise');
    expect(found.map((d) => `${d.location.file}:${d.location.start.line}:${d.location.start.column}`)).toEqual(['channels.yaml:45:22', 'channels.yaml:51:22']);
    expect(found[0]!.message).toBe(
      "Channel 'email' promises a first response within 1h for 'urgent' tickets (calendar time (24/7)), but nobody who answers it (support-team) is on shift for up to 4d16h of that clock. " +
        'The worst is 2026-12-24 17:00 → 2026-12-29 09:00 UTC (2026-12-24 17:00 → 2026-12-29 09:00 Europe/London). The same gap, 17:00–09:00 UTC, occurs on 2026-12-24; 260 uncovered stretches in all over the horizon. ' +
        'Add shifts that cover these hours, or lengthen the promise to at least 4d16h.',
    );
    expect(found[0]!.related?.[0]?.message).toBe("Channel 'email' publishes this policy.");
  });

  it('passes a business-hours promise that the team covers exactly, and fails when the team works shorter hours', () => {
    expect(findings(starter(), 'coverage-meets-promise')).toEqual([]);
    const shorter = edit(starter(), 'people.yaml', '  schedule: office-hours\n  headcount: 3', '  schedule: short-hours\n  headcount: 3');
    const withSchedule = { ...shorter, 'short.yaml': 'apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: short-hours }\nspec:\n  timeZone: Europe/London\n  weekly: { mon: ["10:30-17:00"], tue: ["10:30-17:00"], wed: ["10:30-17:00"], thu: ["10:30-17:00"], fri: ["10:30-17:00"] }\n' };
    const found = findings(withSchedule, 'coverage-meets-promise');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^channels\.yaml:46:22 error Channel 'email' promises a first response within 1h for 'urgent' tickets \(business hours of 'office-hours'\), but nobody who answers it \(support-team\) is on shift for up to 1h30m of that clock\./);
  });

  it('reports follow-the-sun gaps that exist only on some dates, with those dates', () => {
    const set = { 'policies.yaml': readFileSync(join(REPO, 'examples', 'follow-the-sun', 'policies.yaml'), 'utf8') };
    const [only, ...rest] = findings(set, 'coverage-meets-promise');
    expect(rest).toEqual([]);
    expect(only).toContain('up to 3h of that clock');
    expect(only).toContain('The worst is 2027-03-15 22:00 → 2027-03-16 01:00 UTC (18:00–21:00 America/New_York, 06:00–09:00 Asia/Singapore, 23:00–02:00 Europe/Berlin).');
    expect(only).toContain('The same gap, 22:00–01:00 UTC, occurs on 2027-03-15, 2027-03-16, 2027-03-17, 2027-03-18 and 132 more dates');
  });
});
