import { didYouMean } from '../diagnostics/suggest.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'no-unresolved-references',
  description: 'Every name that refers to another document (a team\'s role, a tag\'s owner, a channel\'s SLA policy, …) must be defined.',
  defaultSeverity: 'error',
  partialModel: true,
  check({ model }, report) {
    for (const ref of model.references) {
      if (ref.kinds.some((kind) => model.declares(kind, ref.name))) continue;
      const candidates = ref.kinds.flatMap((kind) => model.names(kind));
      const kinds = ref.kinds.join(' or ');
      const suggestion = didYouMean(ref.name, candidates);
      report({
        at: ref.at,
        message: `The ${ref.field} '${ref.name}' is not defined: no ${kinds} has that name.${suggestion ? '' : ` Define a ${kinds} named '${ref.name}' or use an existing name.`}`,
        ...(suggestion ? { suggestion } : {}),
      });
    }
  },
});
