import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'sla-clock-schedule',
  description: 'A business-hours clock names the schedule it counts; a calendar clock does not.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const policy of model.slaPolicies) {
      if (policy.spec.clock === 'business' && !policy.spec.schedule) {
        report({ at: child(policy.at, 'clock'), message: `SLA policy '${policy.name}' counts business hours but names no schedule. Add \`schedule:\` with the schedule whose hours count, or use \`clock: calendar\` for 24/7.` });
      }
      if (policy.spec.clock === 'calendar' && policy.spec.schedule) {
        report({ at: child(policy.at, 'schedule'), target: 'key', message: `SLA policy '${policy.name}' counts calendar time (24/7), so its schedule is ignored. Remove \`schedule:\` or use \`clock: business\`.` });
      }
    }
  },
});
