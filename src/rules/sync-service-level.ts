import { demandNote } from '../facts/compute-facts.js';
import { minutesText } from '../values/durations.js';
import { child } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { formatShare } from '../values/shares.js';
import { defineRule } from './define-rule.js';

/** Agents count whole people on shift, each answering for their share of the hour after shrinkage. */
const onShift = (staffed: number, serviceLevel: number) =>
  staffed === 0 ? 'but nobody is on shift, so none is answered in time' : `${staffed} ${staffed === 1 ? 'is' : 'are'}, so about ${Math.round(serviceLevel * 100)}% are answered in time`;

export default defineRule({
  id: 'sync-service-level',
  description: 'On a synchronous channel (phone, live chat), the agents on shift in every open hour, each answering for their share of the hour after shrinkage, are at least what Erlang C requires for the first-response service level.',
  defaultSeverity: 'error',
  check({ model, facts }, report) {
    for (const fact of facts.capacity) {
      const erlang = fact.erlang;
      if (!erlang?.worst) continue;
      const channel = model.find('Channel', fact.channel);
      const policy = channel && slaPolicyOf(model, channel);
      if (!policy) continue;
      const index = policy.spec.tiers.reduce((best, t, i) => (t.priority < policy.spec.tiers[best]!.priority ? i : best), 0);
      const w = erlang.worst;
      const target = `${formatShare(erlang.target.share)} within ${minutesText(erlang.target.seconds / 60)}`;
      report({
        at: child(policy.at, 'tiers', index, 'firstResponse'),
        message: `Channel '${fact.channel}' promises ${target}, but in ${erlang.shortHours} of its ${erlang.openHours} open hours over the horizon fewer agents are on shift than Erlang C requires. The worst is ${w.at.slice(0, 16).replace('T', ' ')} UTC: ${w.arrivalsPerHour.toFixed(1)} contacts an hour need ${w.required} agents on shift, ${onShift(w.staffed, w.serviceLevel)}. Add agents in those hours or loosen the target.${demandNote(facts, fact.channel)}`,
        related: [{ at: child(channel.at, 'demand'), message: 'The demand that sets the required agents.' }],
      });
    }
  },
});
