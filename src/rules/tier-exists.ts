import { didYouMean } from '../diagnostics/suggest.js';
import type { Target } from '../load/source-map.js';
import { child } from '../model/model.js';
import { allTierNames, slaPolicyOf } from '../model/queries.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'tier-exists',
  description: 'Tier names used by tags, triggers, demand and metric targets are tiers of an SLA policy (for demand: of the channel\'s own policy).',
  defaultSeverity: 'error',
  check({ model }, report) {
    const all = allTierNames(model);
    const unknown = (name: string, at: ReturnType<typeof child>, where: string, names: string[], target: Target = 'value') => {
      if (names.includes(name)) return;
      const suggestion = didYouMean(name, names);
      report({
        at,
        target,
        message: `Tier '${name}' is not defined${where}. Known tiers: ${names.length ? names.join(', ') : 'none'}.`,
        ...(suggestion ? { suggestion } : {}),
      });
    };
    for (const tag of model.tags) if (tag.spec.defaultTier) unknown(tag.spec.defaultTier, child(tag.at, 'defaultTier'), ' in any SLA policy', all);
    for (const trigger of model.triggers) unknown(trigger.spec.tier, child(trigger.at, 'tier'), ' in any SLA policy', all);
    for (const targets of model.metricTargets) {
      targets.spec.targets.forEach((t, i) => t.tier && unknown(t.tier, child(targets.at, 'targets', i, 'tier'), ' in any SLA policy', all));
    }
    for (const channel of model.channels) {
      const policy = slaPolicyOf(model, channel);
      const mix = channel.spec.demand?.tierMix;
      if (!policy || !mix) continue;
      const names = policy.spec.tiers.map((t) => t.name);
      for (const tier of Object.keys(mix)) {
        // The tier name is the key of the mix (`urgent: 5%`): point at it, not at the share.
        unknown(tier, child(channel.at, 'demand', 'tierMix', tier), ` in SLA policy '${policy.name}' of this channel`, names, 'key');
      }
    }
  },
});
