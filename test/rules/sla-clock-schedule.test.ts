import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('sla-clock-schedule', {
  valid: [{ name: 'a business clock with a schedule and a calendar clock without one', set: starter() }],
  invalid: [
    {
      name: 'a business-hours clock that names no schedule, at the clock',
      set: edit(starter(), 'channels.yaml', '  clock: business\n  schedule: office-hours\n', '  clock: business\n'),
      findings: ["channels.yaml:39:10 error SLA policy 'email-sla' counts business hours but names no schedule. Add `schedule:` with the schedule whose hours count, or use `clock: calendar` for 24/7."],
    },
    {
      name: 'a calendar clock with a schedule that would be ignored, at the schedule key',
      set: edit(starter(), 'channels.yaml', '  clock: calendar\n', '  clock: calendar\n  schedule: on-call\n'),
      findings: ["channels.yaml:61:3 error SLA policy 'urgent-line-sla' counts calendar time (24/7), so its schedule is ignored. Remove `schedule:` or use `clock: business`."],
    },
  ],
});
