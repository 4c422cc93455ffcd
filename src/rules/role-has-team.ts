import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'role-has-team',
  description: 'Every role is held by at least one team with a headcount above zero.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const role of model.roles) {
      const teams = model.teams.filter((team) => team.spec.role === role.name);
      if (teams.some((team) => team.spec.headcount > 0)) continue;
      const routed = model.triggers.filter((t) => t.spec.routeTo === role.name).map((t) => `'${t.name}'`);
      const consequence = routed.length ? ` ${routed.length === 1 ? 'Escalation' : 'Escalations'} ${routed.join(', ')} ${routed.length === 1 ? 'routes' : 'route'} to it and would reach nobody.` : '';
      report({
        at: child(role.origin, 'metadata', 'name'),
        message: teams.length
          ? `Role '${role.name}' has nobody in it: every team with this role has a headcount of 0.${consequence} Staff one of those teams.`
          : `Role '${role.name}' has nobody in it: no team has this role.${consequence} Add a team with \`role: ${role.name}\`, or remove the role.`,
        related: teams.map((team) => ({ at: child(team.at, 'headcount'), message: `Team '${team.name}' has headcount 0.` })),
      });
    }
  },
});
