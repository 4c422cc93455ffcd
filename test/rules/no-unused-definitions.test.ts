import { addDocs, edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const WEEKEND = 'apiVersion: supportops/v1\nkind: Schedule\nmetadata:\n  name: weekend-hours\nspec:\n  timeZone: Europe/London\n  weekly:\n    sat: ["10:00-14:00"]\n';

ruleTester('no-unused-definitions', {
  valid: [
    { name: 'every schedule and SLA policy in use', set: starter() },
    { name: 'a schedule used only by an escalation window', set: edit(addDocs(starter(), 'hours.yaml', WEEKEND), 'routing.yaml', '  within: 30m\n', '  within: 30m\n  schedule: weekend-hours\n') },
  ],
  invalid: [
    {
      name: 'a schedule nothing uses, at its name',
      set: addDocs(starter(), 'hours.yaml', WEEKEND),
      findings: ["hours.yaml:39:9 info Schedule 'weekend-hours' is not used by any team, SLA policy or escalation trigger. Remove it, or check for a misspelt name where it should be used."],
    },
    {
      name: 'an SLA policy no channel publishes',
      set: edit(starter(), 'channels.yaml', '  slaPolicy: urgent-line-sla\n', ''),
      findings: ["channels.yaml:57:9 info SlaPolicy 'urgent-line-sla' is not used by any channel. Remove it, or check for a misspelt name where it should be used."],
    },
  ],
});
