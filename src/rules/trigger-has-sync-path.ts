import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'trigger-has-sync-path',
  description: 'Every escalation trigger offers a way out of async: a synchronous channel (phone or live chat) for urgent, emotional or complex cases.',
  defaultSeverity: 'error',
  check({ model }, report) {
    const syncChannels = model.channels.filter((c) => c.spec.mode === 'sync').map((c) => `'${c.name}'`);
    for (const trigger of model.triggers) {
      const name = trigger.spec.syncChannel;
      if (!name) {
        report({
          at: trigger.at,
          target: 'key',
          message: `Escalation trigger '${trigger.name}' has no synchronous path, so urgent cases stay stuck in async queues. Add \`syncChannel:\` naming a sync channel${syncChannels.length ? ` (${syncChannels.join(', ')})` : ' (none is defined yet: add a phone or live-chat channel with mode: sync)'}.`,
        });
        continue;
      }
      const channel = model.find('Channel', name);
      if (channel && channel.spec.mode !== 'sync') {
        report({
          at: child(trigger.at, 'syncChannel'),
          message: `Escalation trigger '${trigger.name}' escalates to '${name}', which is an async channel. Name a channel with mode: sync${syncChannels.length ? ` (${syncChannels.join(', ')})` : ''}.`,
          related: [{ at: child(channel.at, 'mode'), message: `Channel '${name}' is async.` }],
        });
      }
    }
  },
});
