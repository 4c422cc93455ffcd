import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'live-channel-discloses-response-time',
  description: 'An async channel that looks live (chat bubble, typing indicator) shows its response time at the entry point, before the customer waits.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const channel of model.channels) {
      const { mode, looksLive, entryPoint } = channel.spec;
      if (mode === 'async' && looksLive && !entryPoint.showsResponseTime) {
        report({
          at: child(channel.at, 'entryPoint', 'showsResponseTime'),
          message: `Channel '${channel.name}' looks live but replies asynchronously, and its entry point does not say how long replies take. Customers will wait for an answer that is not coming soon. Show the generated disclosure at "${entryPoint.location}" and set showsResponseTime: true.`,
          related: [{ at: child(channel.at, 'looksLive'), message: 'The channel is marked as looking live.' }],
        });
      }
    }
  },
});
