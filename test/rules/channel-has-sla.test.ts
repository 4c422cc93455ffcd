import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('channel-has-sla', {
  valid: [{ name: 'every channel names its SLA policy', set: starter() }],
  invalid: [
    {
      name: 'a channel with no SLA policy, at its spec',
      set: edit(starter(), 'channels.yaml', '  slaPolicy: urgent-line-sla\n', ''),
      findings: ["channels.yaml:22:1 error Channel 'urgent-line' has no SLA policy, so there is no response time to publish at its entry point. Add `slaPolicy:` with the name of an SlaPolicy."],
    },
    {
      name: 'each channel without one',
      set: edit(edit(starter(), 'channels.yaml', '  slaPolicy: urgent-line-sla\n', ''), 'channels.yaml', '  slaPolicy: email-sla\n', ''),
      findings: [
        "channels.yaml:5:1 error Channel 'email' has no SLA policy, so there is no response time to publish at its entry point. Add `slaPolicy:` with the name of an SlaPolicy.",
        "channels.yaml:21:1 error Channel 'urgent-line' has no SLA policy, so there is no response time to publish at its entry point. Add `slaPolicy:` with the name of an SlaPolicy.",
      ],
    },
  ],
});
