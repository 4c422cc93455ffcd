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

/** What is wrong with a naming pattern itself, in words, or undefined when it is usable. */
function patternProblem(pattern: string): string | undefined {
  const braces = pattern.replace(/\{[^{}]*\}/g, '');
  if (/[{}]/.test(braces)) return 'has a { or } without its partner (or one placeholder inside another)';
  if (/\{\s*\}/.test(pattern)) return 'has an empty placeholder {}';
  if (!/\{[^{}]+\}/.test(pattern)) return 'has no {Placeholder}, so every article would need the same title';
  if (/\}\{/.test(pattern)) return 'has two placeholders side by side, so a title cannot be split between them; put literal text between them, such as " - "';
  return undefined;
}

export default defineRule({
  id: 'kb-article-naming',
  description: 'The naming pattern is usable, knowledge-base article titles follow it and are unique, and the {Category} part is one of the listed categories.',
  defaultSeverity: 'warn',
  check({ model }, report) {
    for (const kb of model.knowledgeBases) {
      const problem = patternProblem(kb.spec.namingPattern);
      if (problem) {
        report({ at: child(kb.at, 'namingPattern'), message: `The naming pattern "${kb.spec.namingPattern}" ${problem}. Write it like "KB - {Category} - {Topic}".` });
        continue;
      }
      const seen = new Map<string, number>();
      kb.spec.articles.forEach((article, i) => {
        const title = article.title.trim().toLowerCase();
        const earlier = seen.get(title);
        if (earlier === undefined) seen.set(title, i);
        else report({ at: child(kb.at, 'articles', i, 'title'), message: `Two articles are titled "${article.title}". Give each article its own title, or merge them.`, related: [{ at: child(kb.at, 'articles', earlier, 'title'), message: 'The other article with this title.' }] });
      });
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
