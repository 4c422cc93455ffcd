import { child } from '../model/model.js';
import { formatShare } from '../values/shares.js';
import { defineRule } from './define-rule.js';

const EXPECTED = ['accuracy', 'clarity', 'next steps', 'empathy', 'policy compliance'];

export default defineRule({
  id: 'ai-qa-rubric',
  description: 'The QA rubric weights add up to 100% and cover accuracy, clarity, next steps, empathy and policy compliance; drafts cite the knowledge base and say "unknown" when unsure.',
  defaultSeverity: 'warn',
  check({ model }, report) {
    for (const guardrails of model.aiGuardrails) {
      const { qaRubric, citeKnowledgeBase, sayUnknown } = guardrails.spec;
      const total = qaRubric.reduce((sum, c) => sum + c.weight.share, 0);
      if (qaRubric.length > 0 && Math.abs(total - 1) > 1e-9) {
        report({ at: child(guardrails.at, 'qaRubric'), target: 'key', message: `The QA rubric weights add up to ${formatShare(total)}, not 100%. Adjust the weights.` });
      }
      const have = new Set(qaRubric.map((c) => c.criterion.toLowerCase()));
      const missing = EXPECTED.filter((c) => !have.has(c));
      if (missing.length > 0) {
        report({ at: child(guardrails.at, 'qaRubric'), target: 'key', message: `The QA rubric does not score ${missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}`}. Add ${missing.length === 1 ? 'this criterion' : 'these criteria'} so reviewers check every part of a good reply.` });
      }
      if (!citeKnowledgeBase) report({ at: child(guardrails.at, 'citeKnowledgeBase'), message: 'AI drafts are not required to cite the knowledge base, so reviewers cannot check where an answer came from. Set citeKnowledgeBase: true.' });
      if (!sayUnknown) report({ at: child(guardrails.at, 'sayUnknown'), message: 'AI drafts are not required to say "unknown" when they cannot verify something, which invites invented answers. Set sayUnknown: true.' });
    }
  },
});
