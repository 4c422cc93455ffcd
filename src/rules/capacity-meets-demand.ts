import { capacityBreak } from '../facts/broken-promises.js';
import { minutesText } from '../values/durations.js';
import { child } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { demandNote } from '../facts/compute-facts.js';
import { defineRule } from './define-rule.js';

const round = (n: number) => Number(n.toFixed(1));

export default defineRule({
  id: 'capacity-meets-demand',
  description: 'The teams that answer a channel can clear its volume on their real shifts, and the backlog that builds while they are off shift clears within the least urgent tier\'s first-response target.',
  defaultSeverity: 'error',
  check({ model, facts }, report) {
    for (const fact of facts.capacity) {
      const channel = model.find('Channel', fact.channel);
      // Without volume there is nothing to clear (and the channel gets no share of its teams' time).
      if (!channel?.spec.demand) continue;
      const policy = slaPolicyOf(model, channel);
      const broken = capacityBreak(fact, policy);
      if (!broken) continue;
      const at = child(channel.at, 'demand', 'ticketsPerDay');
      if (broken.kind === 'never-staffed') {
        // Volume but no capacity at all, so nobody is ever on shift: "needs Infinity agents" would say nothing useful.
        report({
          at,
          message: `Channel '${fact.channel}' receives ${round(fact.demandPerDay)} tickets a day, but nobody is ever on shift for this channel: the teams that answer it (${fact.teams.map((t) => t.team).join(', ')}) have no open hours over the horizon, so no ticket is answered and the backlog grows by ${round(fact.demandPerDay)} tickets a day. Give the teams that answer it shifts, or have another team answer it.${demandNote(facts, fact.channel)}`,
          related: fact.teams.map((t) => ({ at: child(model.find('Team', t.team)!.at, 'schedule'), message: `Team '${t.team}' works this schedule, which has no open hours over the horizon.` })),
        });
        continue;
      }
      const related = fact.teams.map((t) => ({ at: child(model.find('Team', t.team)!.at, 'headcount'), message: `Team '${t.team}' clears about ${round(t.ticketsPerDay)} tickets a day for this channel.` }));
      if (broken.kind === 'over-capacity') {
        const staff = fact.teams.map((t) => `${t.team}: ${t.headcount} agent${t.headcount === 1 ? '' : 's'}${t.share < 1 ? ` at ${Math.round(t.share * 100)}% of their time` : ''}`).join('; ');
        report({
          at,
          message: `Channel '${fact.channel}' receives ${round(fact.demandPerDay)} tickets a day, but the teams that answer it can clear about ${round(fact.capacityPerDay)} a day on their shifts (${staff}). The backlog grows by ${round(fact.demandPerDay - fact.capacityPerDay)} tickets a day, so no response-time tier can be kept. It needs about ${fact.agentsRequired} agents at this productivity, against ${round(fact.agentsStaffed)} now.${demandNote(facts, fact.channel)}`,
          related,
        });
        continue;
      }
      const slowest = broken.tiers[0]!;
      report({
        at,
        message: `Channel '${fact.channel}' can clear its volume on average, but the backlog that builds while nobody is on shift (up to ${Math.round(fact.backlog!.peak)} tickets, at ${fact.backlog!.peakAt?.slice(0, 16).replace('T', ' ')} UTC) takes up to ${minutesText(broken.waitMinutes)} of the SLA clock to clear, first in first out — longer than the ${minutesText(slowest.firstResponse.seconds / 60)} promised even to '${slowest.name}' tickets. Add people where the backlog peaks, or spread the shifts so fewer tickets wait overnight.${demandNote(facts, fact.channel)}`,
        related,
      });
    }
  },
});
