import { child } from '../model/model.js';
import { tiersNamed } from '../model/queries.js';
import { formatDuration } from '../values/durations.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'trigger-window-vs-tier',
  description: 'An escalation window is no longer than the first-response target of the tier it raises the ticket to.',
  defaultSeverity: 'warn',
  check({ model }, report) {
    for (const trigger of model.triggers) {
      const window = trigger.spec.within.seconds;
      const tighter = tiersNamed(model, trigger.spec.tier)
        .map((t) => ({ ...t, seconds: t.tier.firstResponse.seconds }))
        .filter((t) => t.seconds < window)
        .sort((a, b) => a.seconds - b.seconds)[0];
      if (!tighter) continue;
      report({
        at: child(trigger.at, 'within'),
        message: `Escalation '${trigger.name}' gives the specialist ${formatDuration(window)} to pick up, but tier '${trigger.spec.tier}' promises a first response within ${formatDuration(tighter.seconds)} (SLA policy '${tighter.policy.name}'). Shorten the escalation window to ${formatDuration(tighter.seconds)} or less.`,
        related: [{ at: child(tighter.policy.at, 'tiers', tighter.index, 'firstResponse'), message: 'The first-response target.' }],
      });
    }
  },
});
