import { child } from '../model/model.js';
import { defineRule } from './define-rule.js';

/** "KB - {Category} - {Topic}" → a regular expression with one group per placeholder. */
export function namingRegex(pattern: string): { regex: RegExp; placeholders: string[] } {
  const placeholders: string[] = [];
  const source = pattern
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const placeholder = /^\{([^}]+)\}$/.exec(part);
      if (placeholder) {
        placeholders.push(placeholder[1]!);
        return '(.+?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { regex: new RegExp(`^${source}$`), placeholders };
}

export default defineRule({
  id: 'kb-article-naming',
  description: 'Knowledge-base article titles follow the naming pattern, and the {Category} part is one of the listed categories.',
  defaultSeverity: 'warn',
  check({ model }, report) {
    for (const kb of model.knowledgeBases) {
      const { regex, placeholders } = namingRegex(kb.spec.namingPattern);
      const categoryIndex = placeholders.findIndex((p) => p.toLowerCase() === 'category');
      kb.spec.articles.forEach((article, i) => {
        const at = child(kb.at, 'articles', i, 'title');
        const match = regex.exec(article.title);
        if (!match) {
          report({ at, message: `Article title "${article.title}" does not follow the naming pattern "${kb.spec.namingPattern}". Rename it, for example "${kb.spec.namingPattern.replace(/\{([^}]+)\}/g, (_, p: string) => p)}".`, related: [{ at: child(kb.at, 'namingPattern'), message: 'The naming pattern.' }] });
          return;
        }
        const category = categoryIndex >= 0 ? match[categoryIndex + 1] : undefined;
        const categories = kb.spec.categories;
        if (category !== undefined && categories && !categories.includes(category)) {
          report({ at, message: `Article "${article.title}" uses the category "${category}", which is not one of: ${categories.join(', ')}. Use a listed category or add it to \`categories\`.` });
        }
      });
    }
  },
});
