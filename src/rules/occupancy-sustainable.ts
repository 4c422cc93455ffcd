import { demandNote } from '../facts/compute-facts.js';
import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

/** Above this, queues grow sharply with small changes in volume, and people burn out. */
export const SUSTAINABLE_OCCUPANCY = 0.85;

export default defineRule({
  id: 'occupancy-sustainable',
  description: 'Planned occupancy stays at or below 85%, and agents on synchronous channels are not busier than that in any hour (Erlang traffic ÷ agents on shift).',
  defaultSeverity: 'warn',
  check({ model, facts }, report) {
    for (const team of model.teams) {
      const planned = team.spec.occupancy.share;
      if (planned > SUSTAINABLE_OCCUPANCY) {
        report({ at: child(team.at, 'occupancy'), message: `Team '${team.name}' plans ${team.spec.occupancy.text} occupancy; above 85% queues grow sharply with small changes in volume and people burn out. Plan 85% or less and staff for it.` });
      }
    }
    for (const fact of facts.capacity) {
      const peak = fact.erlang?.peakOccupancy;
      if (!peak || peak.occupancy <= SUSTAINABLE_OCCUPANCY) continue;
      const channel = model.find('Channel', fact.channel)!;
      report({
        at: child(channel.at, 'demand', 'ticketsPerDay'),
        message: `On channel '${fact.channel}' the agents on shift are busy ${Math.round(peak.occupancy * 100)}% of the time in the busiest hour (${peak.at.slice(0, 16).replace('T', ' ')} UTC). The service level holds, but above 85% it collapses with any rise in volume and people burn out. Add agents in the busiest hours.${demandNote(facts, fact.channel)}`,
      });
    }
  },
});
