import { edit, exampleSet, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const hours = (from: string, to: string) => edit(starter(), 'hours.yaml', from, to);
const withOverrides = (overrides: string) => hours('      name: Boxing Day (substitute day)\n', `      name: Boxing Day (substitute day)\n  overrides:\n${overrides}`);
const CLASH = 'The other side of the clash.';

ruleTester('schedule-sanity', {
  valid: [
    { name: 'the starter schedules', set: starter() },
    { name: 'the example organisation', set: exampleSet() },
    { name: 'a split shift whose intervals touch but do not overlap', set: hours('tue: ["09:00-17:00"]', 'tue: ["09:00-12:30", "12:30-17:00"]') },
    { name: 'an overnight shift that ends when the next day starts', set: hours('mon: ["09:00-17:00"]', 'mon: ["09:00-17:00", "22:00-09:00"]') },
    { name: 'an override on a date that is not a holiday', set: withOverrides('    - { date: 2026-12-24, hours: ["09:00-13:00"], name: Christmas Eve }\n') },
  ],
  invalid: [
    {
      name: 'overlapping and zero-length intervals on one day, at the interval',
      set: hours('tue: ["09:00-17:00"]', 'tue: ["09:00-12:00", "11:00-17:00", "18:00-18:00"]'),
      findings: [
        "hours.yaml:10:26 warn Schedule 'office-hours': tue 11:00-17:00 overlaps tue 09:00-12:00; merge them into one interval or change the times.",
        'hours.yaml:10:41 warn Schedule \'office-hours\': "18:00-18:00" starts and ends at the same time, so it is never open; for a whole day write 00:00-24:00.',
      ],
      related: [[`hours.yaml:10:11 ${CLASH}`], []],
    },
    {
      name: "an overnight shift that runs into the next day's hours",
      set: hours('mon: ["09:00-17:00"]', 'mon: ["09:00-17:00", "22:00-10:00"]'),
      findings: ["hours.yaml:10:11 warn Schedule 'office-hours': mon 22:00-10:00 runs past midnight into tue and overlaps tue 09:00-17:00; end the overnight interval earlier or start the next one later."],
      related: [[`hours.yaml:9:26 ${CLASH}`]],
    },
    {
      name: 'a date listed as a holiday twice, pointing at both',
      set: hours('      name: Boxing Day (substitute day)\n', '      name: Boxing Day (substitute day)\n    - { date: 2026-12-25, name: Christmas }\n'),
      findings: ["hours.yaml:19:15 warn Schedule 'office-hours': 2026-12-25 is listed as a holiday twice; keep one entry (with one name)."],
      related: [[`hours.yaml:15:13 ${CLASH}`]],
    },
    {
      name: 'a date that is both a holiday and an override',
      set: withOverrides('    - { date: 2026-12-28, hours: ["10:00-12:00"] }\n'),
      findings: ["hours.yaml:20:7 warn Schedule 'office-hours': 2026-12-28 is both a holiday and an override; the holiday wins and the date is closed. Remove one of them."],
      related: [[`hours.yaml:17:7 ${CLASH}`]],
    },
    {
      name: 'a date overridden twice, with hours that overlap',
      set: withOverrides('    - { date: 2026-12-24, hours: ["09:00-13:00"] }\n    - { date: 2026-12-24, hours: ["09:00-12:00"] }\n'),
      findings: [
        "hours.yaml:21:7 warn Schedule 'office-hours': 2026-12-24 is overridden twice; keep one override for the date (both sets of hours are applied together for now).",
        "hours.yaml:21:35 warn Schedule 'office-hours': 2026-12-24 09:00-12:00 overlaps 2026-12-24 09:00-13:00; merge them into one interval or change the times.",
      ],
      related: [[`hours.yaml:20:7 ${CLASH}`], [`hours.yaml:20:35 ${CLASH}`]],
    },
  ],
});
