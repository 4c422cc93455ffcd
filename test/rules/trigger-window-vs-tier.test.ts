import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const within = (window: string) => edit(starter(), 'routing.yaml', '  within: 30m\n', `  within: ${window}\n`);
const SECOND_POLICY = 'apiVersion: supportops/v1\nkind: SlaPolicy\nmetadata:\n  name: vip-sla\nspec:\n  clock: calendar\n  tiers:\n    - name: urgent\n      priority: 1\n      description: VIP outage.\n      firstResponse: 90% within 45m\n';

ruleTester('trigger-window-vs-tier', {
  valid: [
    { name: "a window shorter than the tier's first response", set: starter() },
    { name: 'a window equal to it', set: within('1h') },
    { name: 'a tier no SLA policy defines is left to tier-exists', set: edit(within('2h'), 'routing.yaml', '  tier: urgent\n', '  tier: critical\n') },
  ],
  invalid: [
    {
      name: "a window longer than the tier's first response, pointing at the target",
      set: within('2h'),
      findings: ["routing.yaml:32:11 warn Escalation 'outage' gives the specialist 2h to pick up, but tier 'urgent' promises a first response within 1h (SLA policy 'email-sla'). Shorten the escalation window to 1h or less."],
      related: [['channels.yaml:46:22 The first-response target.']],
    },
    {
      name: 'the tightest policy when several define the tier',
      set: { ...within('1h'), 'vip.yaml': SECOND_POLICY },
      findings: ["routing.yaml:32:11 warn Escalation 'outage' gives the specialist 1h to pick up, but tier 'urgent' promises a first response within 45m (SLA policy 'vip-sla'). Shorten the escalation window to 45m or less."],
      related: [['vip.yaml:11:22 The first-response target.']],
    },
  ],
});
