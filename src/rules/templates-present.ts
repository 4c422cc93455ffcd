import { TEMPLATE_PURPOSES } from '../schema/kinds/routing.js';
import { defineRule } from './define-rule.js';

const WHY: Record<string, string> = {
  intake: 'customers are not told what to include (Summary, What I tried, Expected vs actual, Impact, Links)',
  handoff: 'agents passing a ticket on have no checklist and customers get asked the same questions again',
  'solved-note': 'solved tickets leave no Problem / Root cause / Fix / Prevention note for the knowledge base',
  acknowledgement: 'the default acknowledgement text is used',
};

export default defineRule({
  id: 'templates-present',
  description: 'The policy set has an intake, a handoff and a solved-ticket template.',
  defaultSeverity: 'warn',
  check({ model }, report) {
    const anchor = model.channels[0] ?? model.entities[0];
    if (!anchor) return;
    for (const purpose of TEMPLATE_PURPOSES) {
      if (purpose === 'acknowledgement') continue;
      if (model.templates.some((t) => t.spec.purpose === purpose)) continue;
      report({ at: anchor.origin, message: `There is no ${purpose} template, so ${WHY[purpose]}. Add a Template document with purpose: ${purpose} (\`supportops init\` writes one).` });
    }
  },
});
