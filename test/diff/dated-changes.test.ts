/** `supportops diff` shows dated changes with their dates (docs/effective-dates.md). */
import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../src/diff/diff-policies.js';
import { officeHoursFrom } from '../helpers/dated.js';
import { AS_OF, starter, toFiles, type FileSet } from '../helpers/policies.js';
import { sharedCache } from './helpers.js';

const dated = (base: FileSet, head: FileSet) =>
  diffPolicies(toFiles(base), toFiles(head), { asOf: AS_OF, cache: sharedCache }).changes.map((c) => `${c.severity} ${c.from ?? 'on merge'} ${c.subject}: ${c.message}`);

const mondays = (lines: string[]) => lines.filter((l) => l.includes('Monday'));

describe('dated changes in the diff', () => {
  it('a revision added for a later date is that date\'s change, not one on merge', () => {
    const lines = dated(starter(), officeHoursFrom('2027-01-04', '10:00-16:00'));
    expect(lines.every((l) => l.includes(' 2027-01-04 '))).toBe(true);
    expect(mondays(lines)).toEqual([expect.stringMatching(/^breaking 2027-01-04 office-hours › Monday: From 2027-01-04: /)]);
  });

  it('a revision moved to another date is called off on the old date and planned on the new one', () => {
    const lines = dated(officeHoursFrom('2027-01-04', '10:00-16:00'), officeHoursFrom('2027-02-01', '10:00-16:00'));
    expect(mondays(lines)).toEqual([
      // Breaking changes first, as everywhere in the diff.
      "breaking 2027-02-01 office-hours › Monday: From 2027-02-01: Schedule 'office-hours' loses 2h a week on Monday, behind the promises of email.",
      "notable 2027-01-04 office-hours › Monday: No longer planned from 2027-01-04: Schedule 'office-hours' loses 2h a week on Monday, behind the promises of email.",
    ]);
  });

  it('a revision removed is called off; one already in force is compared as it is now', () => {
    expect(mondays(dated(officeHoursFrom('2027-01-04', '10:00-16:00'), starter()))).toEqual([expect.stringMatching(/^notable 2027-01-04 office-hours › Monday: No longer planned from 2027-01-04: /)]);
    // In force since before --as-of: the diff compares today's versions, with no date.
    expect(mondays(dated(starter(), officeHoursFrom('2026-11-02', '10:00-16:00')))).toEqual([expect.stringMatching(/^breaking on merge office-hours › Monday: /)]);
  });

  it('an unchanged plan is no change', () => {
    expect(dated(officeHoursFrom('2027-01-04', '10:00-16:00'), officeHoursFrom('2027-01-04', '10:00-16:00'))).toEqual([]);
  });
});
