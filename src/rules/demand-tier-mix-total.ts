import { child } from '../model/model.js';
import { formatShare } from '../values/shares.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'demand-tier-mix-total',
  description: 'A channel\'s tier mix adds up to 100%.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const channel of model.channels) {
      const mix = channel.spec.demand?.tierMix;
      if (!mix) continue;
      const total = Object.values(mix).reduce((sum, p) => sum + p.share, 0);
      if (Math.abs(total - 1) > 1e-9) {
        report({
          at: child(channel.at, 'demand', 'tierMix'),
          target: 'key',
          message: `The tier mix of channel '${channel.name}' adds up to ${formatShare(total)}, not 100%. Adjust the shares so they total 100%.`,
        });
      }
    }
  },
});
