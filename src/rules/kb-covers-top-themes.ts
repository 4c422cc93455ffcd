import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  id: 'kb-covers-top-themes',
  description: 'Self-help covers the top recurring ticket themes: each theme has at least one article with one of its tags.',
  defaultSeverity: 'warn',
  check({ model }, report) {
    for (const kb of model.knowledgeBases) {
      const covered = new Set(kb.spec.articles.flatMap((a) => a.tags));
      kb.spec.topThemes?.forEach((theme, i) => {
        if (theme.tags.some((t) => covered.has(t))) return;
        report({ at: child(kb.at, 'topThemes', i, 'theme'), message: `The top theme "${theme.theme}" has no self-help article (no article is tagged ${theme.tags.map((t) => `'${t}'`).join(' or ')}). Write one so customers can help themselves.` });
      });
    }
  },
});
