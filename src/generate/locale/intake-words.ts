/**
 * The words an acknowledgement takes from tags and knowledge-base articles, in a locale. The
 * policy's fields are English; every other language reads them from `translations` beside them.
 * Like policy-words.ts, a word a language lacks is a gap located at the English field, so the
 * language's acknowledgements are left out whole rather than carry an English fragment.
 */
import { cmp } from '../../values/order.js';
import { child, type Entity, type Model, type Origin } from '../../model/model.js';
import { mdUrl } from '../escape/escape-markdown.js';
import { DEFAULT_LOCALE } from './catalogs.js';

/** One tag's intake fields: what to ask for if the request turns out to be about that tag. */
export interface IntakeGroup {
  /** The tag's name. */
  name: string;
  /** The tag in plain words ("account access"), for "If this is about account access:". */
  about: string;
  /** The tag's meaning as the policy states it (written for agents). */
  meaning: string;
  fields: string[];
}

export interface LinkedArticle {
  title: string;
  url: string;
}

/** A policy word an acknowledgement in `locale` needs and the policy does not give. */
export interface IntakeGap {
  at: Origin;
  what: string;
  fix: string;
}

/** The tag's words in `locale`; undefined when it has none there (or not one field for each English field). */
export function tagWords(tag: Entity<'Tag'>, locale: string): IntakeGroup | undefined {
  const fields = [...new Set(tag.spec.requiredFields ?? [])];
  if (locale === DEFAULT_LOCALE) return { name: tag.name, about: tag.name.replace(/-/g, ' '), meaning: tag.spec.meaning, fields };
  const t = tag.spec.translations?.[locale];
  const translated = t?.requiredFields ?? [];
  if (!t || translated.length !== (tag.spec.requiredFields ?? []).length) return undefined;
  return { name: tag.name, about: t.about, meaning: t.meaning, fields: [...new Set(translated)] };
}

/** Tags with required fields, in the given order (by name), each with its own fields; gaps for those without words in `locale`. */
export function intakeGroups(tags: readonly Entity<'Tag'>[], locale: string, gaps: IntakeGap[] = []): IntakeGroup[] {
  const groups: IntakeGroup[] = [];
  for (const tag of tags.filter((t) => (t.spec.requiredFields ?? []).length > 0)) {
    const words = tagWords(tag, locale);
    if (words) groups.push(words);
    else gaps.push({ at: child(tag.at, 'meaning'), what: `tag '${tag.name}' (its intake fields)`, fix: `add translations: { ${locale}: { about: …, meaning: …, requiredFields: [one for each English field] } } to the tag` });
  }
  return groups;
}

/**
 * The knowledge-base articles with an http(s) URL and a public title tagged with any of the
 * tags, by title then URL, in `locale` (`title` is internal and never reaches customer text);
 * gaps for those without a title in `locale`.
 */
export function linkedArticles(model: Model, tags: readonly Entity<'Tag'>[], locale: string, gaps: IntakeGap[] = []): LinkedArticle[] {
  const names = new Set(tags.map((t) => t.name));
  const seen = new Map<string, LinkedArticle>();
  for (const kb of model.knowledgeBases) {
    kb.spec.articles.forEach((a, i) => {
      // Only http(s) addresses can be linked safely from customer text (escape/escape-markdown.ts, mdUrl).
      if (!a.publicTitle || !a.url || !mdUrl(a.url) || !a.tags.some((t) => names.has(t))) return;
      const t = locale === DEFAULT_LOCALE ? { publicTitle: a.publicTitle, url: a.url } : a.translations?.[locale];
      if (!t) {
        gaps.push({ at: child(kb.at, 'articles', i, 'publicTitle'), what: `article '${a.publicTitle}'`, fix: `add translations: { ${locale}: { publicTitle: … } } to the article` });
        return;
      }
      const url = t.url && mdUrl(t.url) ? t.url : a.url;
      const key = `${t.publicTitle}\n${url}`;
      if (!seen.has(key)) seen.set(key, { title: t.publicTitle, url });
    });
  }
  return [...seen.values()].sort((a, b) => cmp(a.title, b.title) || cmp(a.url, b.url));
}

/** The channel's purpose in `locale`; undefined when it has none there. */
export function channelPurpose(channel: Entity<'Channel'>, locale: string): string | undefined {
  return locale === DEFAULT_LOCALE ? channel.spec.purpose : channel.spec.translations?.[locale]?.purpose;
}
