import { withKnowledgeBase } from '../helpers/governance.js';
import { edit } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const FILE = 'governance/knowledge-base.yaml';
const kb = (from: string, to: string) => edit(withKnowledgeBase(), FILE, from, to);
/** The first article (monthly cadence from the knowledge base) reviewed on `date`. */
const reviewed = (date: string) => kb('lastReviewed: 2026-11-02', `lastReviewed: ${date}`);
const PASSWORD = 'governance/knowledge-base.yaml:13:21 warn Article "KB - Troubleshooting - Password Reset"';

ruleTester('kb-review-due', {
  valid: [
    { name: 'articles reviewed within their cadence (as of 2026-11-23)', set: withKnowledgeBase() },
    { name: 'due exactly on the check date', set: reviewed('2026-10-23') },
    { name: 'reviewed on the check date', set: reviewed('2026-11-23') },
    { name: 'a per-article quarterly cadence that overrides the monthly one', set: reviewed('2026-09-01\n      reviewCadence: quarterly') },
    { name: 'an impossible date is left to real-dates', set: reviewed('2026-02-30') },
  ],
  invalid: [
    {
      name: 'an article one day past its monthly review, at lastReviewed',
      set: reviewed('2026-10-22'),
      findings: [`${PASSWORD} was due for its monthly review on 2026-11-22 (1 day ago). Review it and update lastReviewed.`],
    },
    {
      name: 'an article long overdue',
      set: reviewed('2026-05-31'),
      findings: [`${PASSWORD} was due for its monthly review on 2026-06-30 (146 days ago). Review it and update lastReviewed.`],
    },
    {
      name: 'the knowledge-base cadence when the article has no cadence of its own',
      set: kb('      reviewCadence: quarterly\n', ''),
      findings: ['governance/knowledge-base.yaml:18:21 warn Article "KB - Troubleshooting - Service Status" was due for its monthly review on 2026-10-01 (53 days ago). Review it and update lastReviewed.'],
    },
    {
      name: 'a per-article weekly cadence stricter than the monthly one',
      set: reviewed('2026-11-15\n      reviewCadence: weekly'),
      findings: [`${PASSWORD} was due for its weekly review on 2026-11-22 (1 day ago). Review it and update lastReviewed.`],
    },
    {
      name: 'a quarterly cadence set on the whole knowledge base, clamped to the end of a shorter month',
      set: edit(reviewed('2026-05-31'), FILE, 'reviewCadence: monthly', 'reviewCadence: quarterly'),
      findings: [`${PASSWORD} was due for its quarterly review on 2026-08-31 (84 days ago). Review it and update lastReviewed.`],
    },
    {
      name: 'a review date after the check date',
      set: reviewed('2026-11-24'),
      findings: [`${PASSWORD} says it was last reviewed on 2026-11-24, after the check date 2026-11-23. Correct the date.`],
    },
    {
      name: 'an article that is fine today but overdue at a later --as-of',
      set: withKnowledgeBase(),
      options: { asOf: '2027-01-05' },
      findings: [
        `${PASSWORD} was due for its monthly review on 2026-12-02 (34 days ago). Review it and update lastReviewed.`,
        'governance/knowledge-base.yaml:18:21 warn Article "KB - Troubleshooting - Service Status" was due for its quarterly review on 2026-12-01 (35 days ago). Review it and update lastReviewed.',
      ],
    },
  ],
});
