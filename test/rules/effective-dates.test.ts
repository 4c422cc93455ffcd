import { dated, officeHoursFrom, officeHoursRevision } from '../helpers/dated.js';
import { addDocs, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const twoRevisions = (first: string, second: string) => addDocs(dated(starter(), 'hours.yaml', 'office-hours', first), 'hours.yaml', officeHoursRevision('08:00-20:00', second));

ruleTester('effective-dates', {
  valid: [
    { name: 'no dated revision', set: starter() },
    { name: 'two revisions that follow on', set: officeHoursFrom('2027-01-04', '08:00-20:00') },
    { name: 'a revision that ends, with the next one from that date', set: twoRevisions('{ until: 2027-01-04 }', '{ from: 2027-01-04, until: 2027-06-01 }') },
    { name: 'announced before it takes effect', set: twoRevisions('{ until: 2027-01-04 }', '{ from: 2027-01-04, announced: 2026-11-01 }') },
  ],
  invalid: [
    {
      name: 'until before from',
      set: twoRevisions('{ until: 2027-01-04 }', '{ from: 2027-01-04, until: 2027-01-01 }'),
      findings: ["hours.yaml:41:39 error `until` (2027-01-01) is not after `from` (2027-01-04), so this revision is never in force. `until` is the first date it no longer applies: write a date after 2027-01-04."],
    },
    {
      name: 'two revisions in force at once',
      set: twoRevisions('{ until: 2027-02-01 }', '{ from: 2027-01-04 }'),
      findings: ["hours.yaml:41:20 error Two revisions of Schedule 'office-hours' are in force at once: this one from 2027-01-04, and the one in hours.yaml, document 1 until 2027-02-01. Give the earlier one `until: 2027-01-04` so they follow on."],
      related: [["hours.yaml:6:12 The other revision of Schedule 'office-hours'."]],
    },
    {
      name: 'dates with no revision in force',
      set: twoRevisions('{ until: 2027-01-01 }', '{ from: 2027-01-04 }'),
      findings: ["hours.yaml:6:21 error No revision of Schedule 'office-hours' is in force from 2027-01-01 to 2027-01-03: this one stops on 2027-01-01 and the next (hours.yaml, document 3) starts on 2027-01-04. `until` is the first date a revision no longer applies: write `until: 2027-01-04`, or move the next `from`."],
      related: [["hours.yaml:41:12 The next revision of Schedule 'office-hours'."]],
    },
    {
      name: 'an undated document beside dated revisions',
      set: addDocs(starter(), 'hours.yaml', officeHoursRevision('08:00-20:00', '{ from: 2027-01-04 }')),
      findings: ["hours.yaml:5:9 error Schedule 'office-hours' has dated revisions (hours.yaml, document 3), but this document has no `effective`, so it would be in force on every date alongside them. Give it `effective` (such as `until: 2027-01-04`), or remove it."],
      related: [["hours.yaml:40:12 A dated revision of Schedule 'office-hours'."]],
    },
    {
      name: 'announced after it takes effect',
      set: twoRevisions('{ until: 2027-01-04 }', '{ from: 2027-01-04, announced: 2027-01-10 }'),
      findings: ["hours.yaml:41:43 error `announced` (2027-01-10) is after `from` (2027-01-04): customers cannot be told of a change after it takes effect. Write the date they were told, on or before 2027-01-04."],
    },
  ],
});
