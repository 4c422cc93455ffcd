/**
 * Knowledge-base articles per knowledge base present in both versions, keyed by title: added,
 * removed, renamed (same URL, or same content under a new title), moved to another URL, or
 * given another owner. Acknowledgements link articles, so customers see these changes.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Model } from '../model/model.js';
import type { KnowledgeBaseSpec } from '../schema/kinds/governance.js';
import type { Change } from './change.js';
import { addressSeverity, fieldDiff } from './field-diff.js';
import { common } from './renames.js';

type Article = KnowledgeBaseSpec['articles'][number];

function sameArticle(a: Article, b: Article): boolean {
  if (a.url !== undefined && a.url === b.url) return true;
  const { title: _a, ...restA } = a;
  const { title: _b, ...restB } = b;
  return isDeepStrictEqual(restA, restB);
}

export function compareArticles(base: Model, head: Model): Change[] {
  const changes: Change[] = [];
  const diff = fieldDiff(changes);
  for (const [b, a] of common(base, head, 'KnowledgeBase')) {
    const before = new Map(b.spec.articles.map((x) => [x.title, x]));
    const after = new Map(a.spec.articles.map((x) => [x.title, x]));
    const added = a.spec.articles.filter((x) => !before.has(x.title));
    const pairs: [Article, Article][] = [];
    for (const old of b.spec.articles) {
      const now = after.get(old.title);
      if (now) {
        pairs.push([old, now]);
        continue;
      }
      const index = added.findIndex((x) => sameArticle(old, x));
      if (index >= 0) {
        const [to] = added.splice(index, 1);
        changes.push({ category: 'definitions', severity: 'notable', subject: `article "${old.title}"`, before: old.title, after: to!.title, message: `Article "${old.title}" is renamed "${to!.title}"; acknowledgements show the new title.` });
        pairs.push([old, to!]);
      } else {
        changes.push({ category: 'definitions', severity: 'notable', subject: `article "${old.title}"`, before: old.url ?? 'listed', after: 'removed', message: `Article "${old.title}" is removed from '${a.name}': customers are no longer pointed to it.` });
      }
    }
    for (const x of added) changes.push({ category: 'definitions', severity: 'info', subject: `article "${x.title}"`, before: 'not listed', after: x.url ?? 'added', message: `Article "${x.title}" is added to '${a.name}'.` });
    for (const [old, now] of pairs) {
      const s = `article "${now.title}"`;
      diff('definitions', `${s} › URL`, old.url, now.url, addressSeverity, now.url ? `Article "${now.title}" ${old.url ? 'moves: links to the old address break' : 'now has an address customers can open'}.` : `Article "${now.title}" no longer has an address customers can open.`);
      diff('ownership', `${s} › owner`, old.owner, now.owner, 'notable', `Article "${now.title}" has a new owner.`);
    }
  }
  return changes;
}
