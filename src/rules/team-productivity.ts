import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'team-productivity',
  description: 'A team that answers channels states its productivity once: a handle time or tickets per agent per day, not both; concurrency only for chat.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const team of model.teams) {
      const { handleTime, ticketsPerAgentPerDay, concurrency, channels } = team.spec;
      if (channels.length > 0 && handleTime === undefined && ticketsPerAgentPerDay === undefined) {
        report({ at: team.at, target: 'key', message: `Team '${team.name}' answers channels but states no productivity, so its capacity cannot be checked. Add \`handleTime:\` (such as 12m) or \`ticketsPerAgentPerDay:\`.` });
      }
      if (handleTime !== undefined && ticketsPerAgentPerDay !== undefined) {
        report({ at: child(team.at, 'ticketsPerAgentPerDay'), target: 'key', message: `Team '${team.name}' states both handleTime and ticketsPerAgentPerDay; they can disagree. Keep one of them.` });
      }
      if (concurrency !== undefined && concurrency > 1) {
        const chats = channels.map((c) => model.find('Channel', c)).filter((c) => c && (c.spec.medium === 'chat' || c.spec.medium === 'messaging'));
        if (chats.length === 0) {
          report({ at: child(team.at, 'concurrency'), target: 'key', message: `Team '${team.name}' has a concurrency of ${concurrency} but answers no chat or messaging channel; concurrency only applies to chats. Remove it or add the chat channel.` });
        }
      }
    }
  },
});
