import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'channel-has-sla',
  description: 'Every channel publishes an SLA policy: a channel without one makes no promise customers can see.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const channel of model.channels) {
      if (!channel.spec.slaPolicy) {
        report({ at: channel.at, target: 'key', message: `Channel '${channel.name}' has no SLA policy, so there is no response time to publish at its entry point. Add \`slaPolicy:\` with the name of an SlaPolicy.` });
      }
    }
  },
});
