import { withKnowledgeBase } from '../helpers/governance.js';
import { edit, starter } from '../helpers/policies.js';
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
