/**
 * A channel's declared demand against the ticket history's: volume, tier mix, arrival profile
 * and growth, each beyond its tolerance (measure/demand-drift.ts). Runs only when a history was
 * measured (supportops measure, check --history); it reads the measured facts, never the export.
 */
import type { DemandDrift } from '../measure/demand-drift.js';
import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

/** Where each aspect is declared in the channel's spec. */
const PATHS: Record<DemandDrift['aspect'], (tier: string | undefined) => string[]> = {
  volume: () => ['demand', 'ticketsPerDay'],
  'tier-mix': (tier) => ['demand', 'tierMix', ...(tier ? [tier] : [])],
  profile: () => ['demand', 'profile'],
  growth: () => ['demand', 'growth'],
};

export default defineRule({
  id: 'demand-matches-history',
  description: 'A channel\'s declared demand (tickets a day, tier mix, arrival profile, growth) matches what its ticket history measured; runs when a history is given (supportops measure, check --history).',
  defaultSeverity: 'warn',
  check({ model, history }, report) {
    if (!history) return;
    for (const drift of history.drift) {
      const channel = model.find('Channel', drift.channel);
      if (!channel) continue;
      const what = drift.declared === null && drift.aspect === 'volume' ? 'Declare the measured demand' : 'Update the declared demand';
      report({
        at: child(channel.at, ...PATHS[drift.aspect](drift.tier)),
        message: `Channel '${drift.channel}': ${drift.message} in ${history.source}. ${what} (supportops measure --write-demand prints the block to paste in), or check the export and how its tickets map to channels.`,
      });
    }
  },
});
