import { child } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'urgent-path-is-sync',
  description: 'An async channel that takes the most urgent tier points customers to a synchronous channel, and that urgent path is really synchronous.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const channel of model.channels) {
      const path = channel.spec.urgentPath;
      if (path) {
        const target = model.find('Channel', path);
        if (target && target.spec.mode !== 'sync') {
          report({
            at: child(channel.at, 'urgentPath'),
            message: `Channel '${channel.name}' sends urgent cases to '${path}', which is async too. Point urgentPath at a channel with mode: sync.`,
            related: [{ at: child(target.at, 'mode'), message: `Channel '${path}' is async.` }],
          });
        }
        continue;
      }
      if (channel.spec.mode !== 'async') continue;
      const policy = slaPolicyOf(model, channel);
      // The most urgent tier, whatever number it is given.
      const urgent = policy ? [...policy.spec.tiers].sort((a, b) => a.priority - b.priority)[0] : undefined;
      // With a demand forecast, a tier left out of the mix (or at 0%) does not arrive on this channel.
      const mix = channel.spec.demand?.tierMix;
      const takesUrgent = urgent !== undefined && (mix === undefined || (mix[urgent.name]?.share ?? 0) > 0);
      if (urgent && takesUrgent) {
        report({
          at: channel.at,
          target: 'key',
          message: `Async channel '${channel.name}' takes '${urgent.name}' tickets but gives customers no synchronous way to reach us. Add \`urgentPath:\` naming a phone or live-chat channel.`,
        });
      }
    }
  },
});
