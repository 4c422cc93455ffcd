import { coverageBreaks } from '../facts/broken-promises.js';
import { clockWords } from '../facts/model-clocks.js';
import { describeGaps, neverBack } from '../facts/coverage-words.js';
import { minutesText } from '../values/durations.js';
import { child } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'coverage-meets-promise',
  description: 'Every first-response promise is longer than the longest time nobody who answers the channel is on shift, on every date of the horizon, counted in the promise\'s own clock.',
  defaultSeverity: 'error',
  check({ model, facts }, report) {
    for (const fact of facts.coverage.channels) {
      const channel = model.find('Channel', fact.name);
      const policy = channel && slaPolicyOf(model, channel);
      if (!policy) continue;
      for (const tier of coverageBreaks(fact, policy)) {
        const index = policy.spec.tiers.indexOf(tier);
        const promise = `Channel '${fact.name}' promises a first response within ${minutesText(tier.firstResponse.seconds / 60)} for '${tier.name}' tickets (${clockWords(fact.clock ?? undefined)}), but`;
        const teams = fact.teams.join(', ');
        const never = neverBack(fact);
        report({
          at: child(policy.at, 'tiers', index, 'firstResponse'),
          message: never
            ? `${promise} the teams that answer it (${teams}) ${never}, so no promise can be kept. Give the teams that answer it shifts, or have another team answer it.`
            : `${promise} nobody who answers it (${teams}) is on shift for up to ${minutesText(fact.worstWaitMinutes)} of that clock. ${describeGaps(fact)} Add shifts that cover these hours, or lengthen the promise to at least ${minutesText(fact.worstWaitMinutes)}.`,
          related: [{ at: child(channel.at, 'slaPolicy'), message: `Channel '${fact.name}' publishes this policy.` }],
        });
      }
    }
  },
});
