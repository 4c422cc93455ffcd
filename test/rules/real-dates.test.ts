import { describe, expect, it } from 'vitest';
import { withKnowledgeBase } from '../helpers/governance.js';
import { check, edit, show, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const hours = (from: string, to: string) => edit(starter(), 'hours.yaml', from, to);
const kb = (from: string, to: string) => edit(withKnowledgeBase(), 'governance/knowledge-base.yaml', from, to);
const withOverride = (date: string) => hours('      name: Boxing Day (substitute day)\n', `      name: Boxing Day (substitute day)\n  overrides:\n    - { date: ${date}, hours: ["10:00-12:00"], name: Stocktake }\n`);

ruleTester('real-dates', {
  valid: [
    { name: 'real holiday dates', set: starter() },
    { name: '29 February in a leap year', set: hours('date: 2026-12-28', 'date: 2028-02-29') },
    { name: 'the last day of a 30-day month, as an override', set: withOverride('2026-11-30') },
    { name: 'real review and decision dates', set: withKnowledgeBase() },
  ],
  invalid: [
    {
      name: 'a holiday on 29 February of a common year',
      set: hours('date: 2026-12-28', 'date: 2027-02-29'),
      findings: ['hours.yaml:17:13 error 2027-02-29 is not a real date: that month has no such day. Correct the date.'],
    },
    {
      name: 'an override on 31 November',
      set: withOverride('2026-11-31'),
      findings: ['hours.yaml:20:15 error 2026-11-31 is not a real date: that month has no such day. Correct the date.'],
    },
    {
      name: 'an article reviewed on 30 February',
      set: kb('lastReviewed: 2026-11-02', 'lastReviewed: 2026-02-30'),
      findings: ['governance/knowledge-base.yaml:13:21 error 2026-02-30 is not a real date: that month has no such day. Correct the date.'],
    },
    {
      name: 'a decision dated 31 September',
      set: kb('date: 2026-10-05', 'date: 2026-09-31'),
      findings: ['governance/knowledge-base.yaml:22:13 error 2026-09-31 is not a real date: that month has no such day. Correct the date.'],
    },
  ],
});

describe('real-dates beside schema errors', () => {
  it('still reports an impossible date in a document whose schema fails, and in the rest of the set', () => {
    // `mon: 09:00-25:00` is a schema error in the same Schedule; the date is still judged.
    const set = hours('date: 2026-12-28', 'date: 2027-02-29');
    const broken = { ...set, 'hours.yaml': set['hours.yaml']!.replace('mon: ["09:00-17:00"]', 'mon: ["09:00-25:00"]') };
    const shown = check(broken).map(show);
    expect(shown.filter((d) => d.includes('is not a real date'))).toEqual(['hours.yaml:17:13 error 2027-02-29 is not a real date: that month has no such day. Correct the date.']);
    expect(shown.some((d) => d.startsWith('hours.yaml:9:'))).toBe(true);
    // A date in another file is reported while a schema error stands elsewhere.
    const elsewhere = { ...kb('lastReviewed: 2026-11-02', 'lastReviewed: 2026-02-30'), 'hours.yaml': broken['hours.yaml']! };
    expect(check(elsewhere).map(show).filter((d) => d.includes('is not a real date'))).toHaveLength(2);
  });
});
