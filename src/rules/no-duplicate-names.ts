import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'no-duplicate-names',
  description: 'Two documents of the same kind may not share a name: references to it would be ambiguous.',
  defaultSeverity: 'error',
  partialModel: true,
  check({ model }, report) {
    for (const { first, second } of model.duplicates) {
      // Dated revisions of one document are no duplicates; effective-dates checks their windows.
      if (first.effective || second.effective) continue;
      report({
        at: child(second.origin, 'metadata', 'name'),
        message: `There is already a ${second.kind} named '${second.name}' (${first.origin.file}). Rename one of them or merge them.`,
        related: [{ at: child(first.origin, 'metadata', 'name'), message: `The first ${first.kind} named '${first.name}' is defined here.` }],
      });
    }
  },
});
