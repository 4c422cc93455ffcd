import { clockWords } from '../facts/model-clocks.js';
import { describeGaps, neverBack } from '../facts/coverage-words.js';
import { minutesText } from '../values/durations.js';
import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'escalation-role-coverage',
  description: 'The role an escalation routes to is never off shift for longer than the escalation window, on any date of the horizon.',
  defaultSeverity: 'error',
  check({ model, facts }, report) {
    for (const fact of facts.coverage.escalations) {
      const trigger = model.find('EscalationTrigger', fact.name);
      const target = fact.targets[0];
      if (!trigger || !target || target.met) continue;
      const promise = `Escalation '${fact.name}' must reach someone in role '${trigger.spec.routeTo}' within ${minutesText(target.minutes)} (${clockWords(fact.clock ?? undefined)}), but`;
      const teams = fact.teams.join(', ');
      const never = neverBack(fact);
      report({
        at: child(trigger.at, 'within'),
        message: never
          ? `${promise} the teams in that role (${teams}) ${never}. Give the role on-call shifts, or route to a role that is on shift.`
          : `${promise} nobody in that role (${teams}) is on shift for up to ${minutesText(fact.worstWaitMinutes)}. ${describeGaps(fact)} Add on-call shifts for the role, route to a role that is on shift, or count the window in business hours with \`schedule:\`.`,
      });
    }
  },
});
