import { edit, exampleSet, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The London rota stops an hour earlier: summer nights keep their cover only while Singapore starts at 23:00 UTC. */
const laterSingapore = () =>
  edit(
    exampleSet(),
    'schedules/on-call.yaml',
    /name: on-call-singapore\nspec:\n {2}timeZone: Asia\/Singapore\n {2}weekly:\n( {4}\w+: \["07:00-17:00"\]\n)+/,
    'name: on-call-singapore\nspec:\n  timeZone: Asia/Singapore\n  weekly:\n' + ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => `    ${d}: ["08:00-17:00"]\n`).join(''),
  );
const nights = (trigger: string, minutes: string) =>
  `routing/escalations.yaml:${trigger === 'major-outage' ? 14 : 29}:11 error Escalation '${trigger}' must reach someone in role 'incident-engineer' within ${minutes} (calendar time (24/7)), but nobody in that role (incident-london, incident-new-york, incident-singapore) is on shift for up to 1h. The worst is 2027-03-14 23:00 → 2027-03-15 00:00 UTC (19:00–20:00 America/New_York, 07:00–08:00 Asia/Singapore, 23:00–00:00 Europe/London). The same gap, 23:00–00:00 UTC, occurs on 2027-03-14, 2027-03-15, 2027-03-16, 2027-03-17 and 234 more dates. Add on-call shifts for the role, route to a role that is on shift, or count the window in business hours with \`schedule:\`.`;

ruleTester('escalation-role-coverage', {
  valid: [
    { name: 'a role on shift around the clock (the starter set)', set: starter() },
    { name: 'follow-the-sun rotas and windows counted in business hours (the example organisation)', set: exampleSet() },
  ],
  invalid: [
    {
      name: 'a calendar-time window that an office-hours role cannot meet',
      set: edit(exampleSet(), 'routing/escalations.yaml', '  within: 2h\n  schedule: support-hours\n', '  within: 2h\n'),
      findings: [
        "routing/escalations.yaml:44:11 error Escalation 'payment-failure' must reach someone in role 'billing-specialist' within 2h (calendar time (24/7)), but nobody in that role (billing-specialists) is on shift for up to 4d19h. The worst is 2026-12-24 13:00 → 2026-12-29 08:00 UTC (2026-12-24 13:00 → 2026-12-29 08:00 Europe/London). The same gap, 13:00–08:00 UTC, occurs on 2026-12-24; 254 uncovered stretches in all over the horizon. Add on-call shifts for the role, route to a role that is on shift, or count the window in business hours with `schedule:`.",
      ],
    },
    {
      name: 'a role off shift on some nights only, for every trigger routed to it',
      set: laterSingapore(),
      findings: [nights('major-outage', '15m'), nights('security-incident', '30m')],
    },
    {
      name: 'a role whose rota has no hours at all',
      set: { ...edit(starter(), 'people.yaml', '  schedule: on-call\n  headcount: 2', '  schedule: no-hours\n  headcount: 2'), 'none.yaml': 'apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: no-hours }\nspec:\n  timeZone: UTC\n  weekly: {}\n' },
      findings: [
        "routing.yaml:32:11 error Escalation 'outage' must reach someone in role 'incident-engineer' within 30m (calendar time (24/7)), but the teams in that role (incident-rota) are never on shift over the horizon: their schedules have no open hours. Give the role on-call shifts, or route to a role that is on shift.",
      ],
    },
    {
      name: 'a starter rota that stops at night',
      set: edit(starter(), 'hours.yaml', /sun: \["00:00-24:00"\]/, 'sun: ["00:00-24:00"]\n  overrides:\n    - { date: 2026-12-25, hours: ["00:00-12:00"], name: Christmas Day }'),
      findings: [
        "routing.yaml:32:11 error Escalation 'outage' must reach someone in role 'incident-engineer' within 30m (calendar time (24/7)), but nobody in that role (incident-rota) is on shift for up to 12h. The worst is 2026-12-25 12:00 → 2026-12-26 00:00 UTC (12:00–00:00 UTC). The same gap, 12:00–00:00 UTC, occurs on 2026-12-25. Add on-call shifts for the role, route to a role that is on shift, or count the window in business hours with `schedule:`.",
      ],
    },
  ],
});
