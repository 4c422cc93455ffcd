import { didYouMean } from '../diagnostics/suggest.js';
import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'no-unresolved-references',
  description: 'Every name that refers to another document (a team\'s role, a tag\'s owner, a channel\'s SLA policy, …) must be defined, and an owner must name one team or one role, not both.',
  defaultSeverity: 'error',
  partialModel: true,
  check({ model }, report) {
    for (const ref of model.references) {
      // An owner may be a Team or a Role: a name that is both cannot say which is meant.
      const matches = ref.kinds.map((kind) => model.find(kind, ref.name)).filter((e) => e !== undefined);
      if (matches.length > 1) {
        report({
          at: ref.at,
          message: `The ${ref.field} '${ref.name}' is ambiguous: both a ${matches.map((e) => e.kind).join(' and a ')} are named '${ref.name}'. Rename one of them so it is clear who owns this.`,
          related: matches.map((e) => ({ at: child(e.origin, 'metadata', 'name'), message: `${e.kind} '${ref.name}'.` })),
        });
        continue;
      }
      if (ref.kinds.some((kind) => model.declares(kind, ref.name))) continue;
      const elsewhere = model.timeline.dated.find((e) => ref.kinds.includes(e.kind) && e.name === ref.name);
      if (elsewhere) {
        // Defined, but by dated revisions none of which is in force on these dates (docs/effective-dates.md).
        report({ at: ref.at, message: `The ${ref.field} '${ref.name}' is not in force on these dates: no revision of ${elsewhere.kind} '${ref.name}' covers them. Make its revisions follow on, or date this document to match.` });
        continue;
      }
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
