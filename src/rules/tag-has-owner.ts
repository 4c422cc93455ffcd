import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'tag-has-owner',
  description: 'Every tag names the team or role that owns its tickets.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const tag of model.tags) {
      if (!tag.spec.owner) {
        report({ at: tag.at, target: 'key', message: `Tag '${tag.name}' has no owner, so nobody is accountable for its tickets. Add \`owner:\` with a team or role name.` });
      }
    }
  },
});
