import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'no-unused-definitions',
  description: 'Schedules and SLA policies that nothing uses are probably leftovers or typos elsewhere.',
  defaultSeverity: 'info',
  check({ model }, report) {
    for (const entity of [...model.schedules, ...model.slaPolicies]) {
      if (model.references.some((r) => r.name === entity.name && r.kinds.includes(entity.kind))) continue;
      const user = entity.kind === 'Schedule' ? 'team, SLA policy or escalation trigger' : 'channel';
      report({ at: child(entity.origin, 'metadata', 'name'), message: `${entity.kind} '${entity.name}' is not used by any ${user}. Remove it, or check for a misspelt name where it should be used.` });
    }
  },
});
