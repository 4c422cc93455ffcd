import { edit, exampleSet, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { urgentCalls } from '../helpers/scenarios.js';

const planned = (occupancy: string) => edit(starter(), 'people.yaml', 'occupancy: 85%', `occupancy: ${occupancy}`);

ruleTester('occupancy-sustainable', {
  valid: [
    { name: 'the example organisation', set: exampleSet() },
    { name: 'planned occupancy of exactly 85%', set: starter() },
    { name: 'a phone line with slack in every hour', set: urgentCalls(55) },
  ],
  invalid: [
    {
      name: 'a team that plans more than 85%, at its occupancy',
      set: planned('90%'),
      findings: ["people.yaml:26:14 warn Team 'support-team' plans 90% occupancy; above 85% queues grow sharply with small changes in volume and people burn out. Plan 85% or less and staff for it."],
    },
    {
      name: 'a fractional plan just above 85%',
      set: planned('85.5%'),
      findings: ["people.yaml:26:14 warn Team 'support-team' plans 85.5% occupancy; above 85% queues grow sharply with small changes in volume and people burn out. Plan 85% or less and staff for it."],
    },
    {
      name: 'a phone line whose agents are busier than 85% in some hour, though the service level holds',
      set: urgentCalls(1000, { target: '80% within 30m', headcount: 20 }),
      findings: ["channels.yaml:34:20 warn On channel 'urgent-line' the agents on shift are busy 87% of the time in the busiest hour (2026-11-23 00:00 UTC). The service level holds, but above 85% it collapses with any rise in volume and people burn out. Add agents in the busiest hours."],
    },
  ],
});
