import { child } from '../model/model.js';
import { TEMPLATE_CONTEXT } from '../model/template-context.js';
import { templateProblems } from '../model/template-problems.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'template-variables',
  description: 'A template uses only the variables the policy provides for its purpose (plus the helpdesk\'s ticket, customer and agent placeholders).',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const template of model.templates) {
      const body = template.spec.body;
      if (!body) continue;
      for (const problem of templateProblems(body, TEMPLATE_CONTEXT[template.spec.purpose])) {
        report({ at: child(template.at, 'body'), within: { line: problem.line, column: problem.column }, message: `In ${template.spec.purpose} template '${template.name}': ${problem.message}` });
      }
    }
  },
});
