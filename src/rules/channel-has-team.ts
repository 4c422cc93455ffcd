import { child } from '../model/model.js';
import { teamsServing } from '../model/queries.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'channel-has-team',
  description: 'Every channel is answered by at least one team with people in it.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const channel of model.channels) {
      const teams = teamsServing(model, channel.name);
      if (teams.some((t) => t.spec.headcount > 0)) continue;
      report({
        at: child(channel.origin, 'metadata', 'name'),
        message: teams.length
          ? `Channel '${channel.name}' is served only by teams with a headcount of 0, so nobody answers it. Staff one of them.`
          : `No team answers channel '${channel.name}'. Add '${channel.name}' to a team's \`channels\`.`,
      });
    }
  },
});
