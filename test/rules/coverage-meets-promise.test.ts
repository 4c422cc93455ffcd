import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit, exampleSet, REPO, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const SHORT_HOURS = 'apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: short-hours }\nspec:\n  timeZone: Europe/London\n  weekly: { mon: ["10:30-17:00"], tue: ["10:30-17:00"], wed: ["10:30-17:00"], thu: ["10:30-17:00"], fri: ["10:30-17:00"] }\n';
const NO_HOURS = 'apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: no-hours }\nspec:\n  timeZone: Europe/London\n  weekly: {}\n';
const calendarEmail = () => edit(starter(), 'channels.yaml', 'name: email-sla\nspec:\n  clock: business\n  schedule: office-hours', 'name: email-sla\nspec:\n  clock: calendar');
const followTheSun = () => ({ 'policies.yaml': readFileSync(join(REPO, 'examples', 'follow-the-sun', 'policies.yaml'), 'utf8') });

ruleTester('coverage-meets-promise', {
  valid: [
    { name: 'the example organisation', set: exampleSet() },
    { name: 'a business-hours promise that the team covers exactly (the starter set)', set: starter() },
    { name: 'a 24/7 promise long enough to outlast the longest closed stretch', set: edit(edit(calendarEmail(), 'channels.yaml', 'firstResponse: 90% within 1h', 'firstResponse: 90% within 5d'), 'channels.yaml', 'firstResponse: 90% within 8h', 'firstResponse: 90% within 5d') },
  ],
  invalid: [
    {
      name: 'a 24/7 promise kept by one office-hours team, at each promise, with the worst window',
      set: calendarEmail(),
      findings: [
        "channels.yaml:45:22 error Channel 'email' promises a first response within 1h for 'urgent' tickets (calendar time (24/7)), but nobody who answers it (support-team) is on shift for up to 4d16h of that clock. The worst is 2026-12-24 17:00 → 2026-12-29 09:00 UTC (2026-12-24 17:00 → 2026-12-29 09:00 Europe/London). The same gap, 17:00–09:00 UTC, occurs on 2026-12-24; 260 uncovered stretches in all over the horizon. Add shifts that cover these hours, or lengthen the promise to at least 4d16h.",
        "channels.yaml:51:22 error Channel 'email' promises a first response within 8h for 'standard' tickets (calendar time (24/7)), but nobody who answers it (support-team) is on shift for up to 4d16h of that clock. The worst is 2026-12-24 17:00 → 2026-12-29 09:00 UTC (2026-12-24 17:00 → 2026-12-29 09:00 Europe/London). The same gap, 17:00–09:00 UTC, occurs on 2026-12-24; 260 uncovered stretches in all over the horizon. Add shifts that cover these hours, or lengthen the promise to at least 4d16h.",
      ],
      related: [["channels.yaml:15:14 Channel 'email' publishes this policy."], ["channels.yaml:15:14 Channel 'email' publishes this policy."]],
    },
    {
      name: 'a business-hours promise the team starts too late each day to keep',
      set: { ...edit(starter(), 'people.yaml', '  schedule: office-hours\n  headcount: 3', '  schedule: short-hours\n  headcount: 3'), 'short.yaml': SHORT_HOURS },
      findings: [
        "channels.yaml:46:22 error Channel 'email' promises a first response within 1h for 'urgent' tickets (business hours of 'office-hours'), but nobody who answers it (support-team) is on shift for up to 1h30m of that clock. The worst is 2026-11-23 17:00 → 2026-11-24 10:30 UTC (17:00–10:30 Europe/London). The same gap, 17:00–10:30 UTC, occurs on 2026-11-23, 2026-11-24, 2026-11-25, 2026-11-26 and 80 more dates; 260 uncovered stretches in all over the horizon. Add shifts that cover these hours, or lengthen the promise to at least 1h30m.",
      ],
      related: [["channels.yaml:15:14 Channel 'email' publishes this policy."]],
    },
    {
      name: 'a team whose schedule has no hours: never kept, however long the promise',
      set: { ...edit(edit(starter(), 'people.yaml', '  schedule: office-hours\n  headcount: 3', '  schedule: no-hours\n  headcount: 3'), 'channels.yaml', 'firstResponse: 90% within 8h', 'firstResponse: 90% within 30d'), 'none.yaml': NO_HOURS },
      findings: [
        "channels.yaml:46:22 error Channel 'email' promises a first response within 1h for 'urgent' tickets (business hours of 'office-hours'), but the teams that answer it (support-team) are never on shift over the horizon: their schedules have no open hours, so no promise can be kept. Give the teams that answer it shifts, or have another team answer it.",
        "channels.yaml:52:22 error Channel 'email' promises a first response within 30d for 'standard' tickets (business hours of 'office-hours'), but the teams that answer it (support-team) are never on shift over the horizon: their schedules have no open hours, so no promise can be kept. Give the teams that answer it shifts, or have another team answer it.",
      ],
      related: [["channels.yaml:15:14 Channel 'email' publishes this policy."], ["channels.yaml:15:14 Channel 'email' publishes this policy."]],
    },
    {
      name: 'follow-the-sun gaps that exist only on some dates, with those dates',
      set: followTheSun(),
      findings: [
        "policies.yaml:87:82 error Channel 'email' promises a first response within 1h for 'urgent' tickets (business hours of 'weekdays-utc'), but nobody who answers it (team-berlin, team-new-york, team-singapore) is on shift for up to 3h of that clock. The worst is 2027-03-15 22:00 → 2027-03-16 01:00 UTC (18:00–21:00 America/New_York, 06:00–09:00 Asia/Singapore, 23:00–02:00 Europe/Berlin). The same gap, 22:00–01:00 UTC, occurs on 2027-03-15, 2027-03-16, 2027-03-17, 2027-03-18 and 132 more dates; 262 uncovered stretches in all over the horizon. Add shifts that cover these hours, or lengthen the promise to at least 3h.",
      ],
      related: [["policies.yaml:59:14 Channel 'email' publishes this policy."]],
    },
  ],
});
