/**
 * acknowledgements/index.json from the rendered acknowledgements: each tag and each article is
 * listed once, and acknowledgements refer to them (tags by name, articles by position), so the
 * index grows with the policies, not with channels × tiers × tags. Tags by name, articles by
 * title then URL (code-point order).
 */
import { cmp } from '../../values/order.js';
import type { Model } from '../../model/model.js';
import { header } from '../shared-shapes.js';
import { INTAKE_RULE } from './acknowledgement-context.js';
import { ACKNOWLEDGEMENTS_FORMAT_VERSION, ACKNOWLEDGEMENTS_SCHEMA, type AcknowledgementEntry, type Acknowledgements } from './acknowledgements-shape.js';

export interface Article {
  title: string;
  url: string;
}

/** One rendered acknowledgement, its articles not yet numbered. Acknowledgements with the same tags share one `articles` array. */
export interface DraftAcknowledgement {
  entry: Omit<AcknowledgementEntry, 'articles'>;
  articles: readonly Article[];
}

export function acknowledgementIndex(model: Model, policyHash: string, drafts: readonly DraftAcknowledgement[], without: Acknowledgements['withoutAcknowledgement']): Acknowledgements {
  const tagNames = [...new Set(drafts.flatMap((d) => d.entry.tags))].sort(cmp);
  const tags = tagNames.map((name) => ({ name, fields: [...new Set(model.find('Tag', name)?.spec.requiredFields ?? [])] }));
  const key = (a: Article) => `${a.title}\n${a.url}`;
  const byKey = new Map<string, Article>();
  for (const list of new Set(drafts.map((d) => d.articles))) for (const a of list) if (!byKey.has(key(a))) byKey.set(key(a), { title: a.title, url: a.url });
  const articles = [...byKey.values()].sort((a, b) => cmp(a.title, b.title) || cmp(a.url, b.url));
  const position = new Map(articles.map((a, i) => [key(a), i]));
  const numbered = new Map<readonly Article[], number[]>();
  const positions = (list: readonly Article[]) => {
    let found = numbered.get(list);
    if (!found) numbered.set(list, (found = list.map((a) => position.get(key(a))!)));
    return found;
  };
  return {
    ...header(ACKNOWLEDGEMENTS_SCHEMA, policyHash, ACKNOWLEDGEMENTS_FORMAT_VERSION),
    intakeRule: INTAKE_RULE,
    acknowledgements: drafts.map(({ entry, articles: list }) => {
      const { body, ...rest } = entry;
      return { ...rest, articles: positions(list), body };
    }),
    withoutAcknowledgement: without,
    tags,
    articles,
  };
}
