import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'no-unused-definitions',
  description: 'Schedules and SLA policies that nothing uses are probably leftovers or typos elsewhere.',
  defaultSeverity: 'info',
  check({ model }, report) {
    // One pass over the references, not one per definition: a large organisation has thousands of each.
    const used = new Set(model.references.flatMap((r) => r.kinds.map((kind) => `${kind}\u0000${r.name}`)));
    for (const entity of [...model.schedules, ...model.slaPolicies]) {
      if (used.has(`${entity.kind}\u0000${entity.name}`)) continue;
      const user = entity.kind === 'Schedule' ? 'team, SLA policy or escalation trigger' : 'channel';
      report({ at: child(entity.origin, 'metadata', 'name'), message: `${entity.kind} '${entity.name}' is not used by any ${user}. Remove it, or check for a misspelt name where it should be used.` });
    }
  },
});
