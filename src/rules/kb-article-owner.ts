import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'kb-article-owner',
  description: 'Every knowledge-base article has an owner who keeps it correct.',
  defaultSeverity: 'error',
  check({ model }, report) {
    for (const kb of model.knowledgeBases) {
      kb.spec.articles.forEach((article, i) => {
        if (article.owner) return;
        report({ at: child(kb.at, 'articles', i), target: 'value', message: `Article "${article.title}" has no owner, so nobody will notice when it goes out of date. Add \`owner:\` with a team or role.` });
      });
    }
  },
});
