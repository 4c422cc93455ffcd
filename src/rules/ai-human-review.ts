import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

/** Tasks whose output reaches the customer or changes the ticket without a person in between. */
const AUTONOMOUS = new Set(['send-reply', 'close-ticket', 'draft-acknowledgement']);

export default defineRule({
  id: 'ai-human-review',
  description: 'AI is not allowed to act on a category that requires human review: not named explicitly, and no autonomous task over all categories.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const guardrails of model.aiGuardrails) {
      const review = guardrails.spec.humanReview;
      guardrails.spec.allowedTasks.forEach((allowed, i) => {
        const at = child(guardrails.at, 'allowedTasks', i);
        if (allowed.tags) {
          allowed.tags.forEach((tag, j) => {
            if (!review.includes(tag)) return;
            report({
              at: child(at, 'tags', j),
              message: `AI task '${allowed.task}' is allowed on '${tag}', but '${tag}' requires human review. Remove '${tag}' from this task, or from humanReview if a person no longer needs to check it.`,
              related: [{ at: child(guardrails.at, 'humanReview', review.indexOf(tag)), message: `'${tag}' requires human review.` }],
            });
          });
        } else if (AUTONOMOUS.has(allowed.task) && review.length > 0) {
          const quoted = review.map((t) => `'${t}'`);
          const names = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
          report({
            at: child(at, 'task'),
            message: `AI task '${allowed.task}' acts without a person and is allowed on every category, including ${names}, which ${review.length === 1 ? 'requires' : 'require'} human review. List the tags it may act on with \`tags:\`.`,
          });
        }
      });
    }
  },
});
