/**
 * The policy's own words in a locale: a channel's name and entry point, a tier's title and
 * description. The policy's fields are the English words; every other language reads them from
 * `translations` beside them. A word a language lacks is a gap, located at the English field it
 * would translate, so missing-translation can point there and the generators can leave the
 * language out rather than mix English into it.
 */
import { child, type Entity, type Model, type Origin } from '../../model/model.js';
import { slaPolicyOf } from '../../model/queries.js';
import type { Tier } from '../../model/typed-specs.js';
import { DEFAULT_LOCALE, MESSAGE_IDS, missingMessages } from './catalogs.js';

export interface ChannelWords {
  displayName: string;
  location: string;
}

export interface TierWords {
  title: string;
  description: string;
}

export interface TranslationGap {
  at: Origin;
  locale: string;
  /** What is missing, in words: "the display name of channel 'email' has no German (de) words". */
  problem: string;
  /** Where to add it, as YAML a lead can copy. */
  fix: string;
}

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "German (de)", for messages to the team (always in English). */
export function languageName(locale: string): string {
  const name = LANGUAGES.of(locale);
  return name && name !== locale ? `${name} (${locale})` : locale;
}

/** "live-call" → "Live call". */
export function tierTitle(name: string): string {
  const words = name.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The channel's name and entry point in `locale`; undefined when its name has no translation. */
export function channelWords(channel: Entity<'Channel'>, locale: string): ChannelWords | undefined {
  const spec = channel.spec;
  if (locale === DEFAULT_LOCALE) return { displayName: spec.displayName ?? channel.name, location: spec.entryPoint.location };
  const t = spec.translations?.[locale];
  if (!t?.displayName) return undefined;
  return { displayName: t.displayName, location: t.location ?? spec.entryPoint.location };
}

/** A tier's title and description in `locale`; undefined when it has no translation. */
export function tierWords(tier: Pick<Tier, 'name' | 'description' | 'translations'>, locale: string): TierWords | undefined {
  if (locale === DEFAULT_LOCALE) return { title: tierTitle(tier.name), description: tier.description };
  return tier.translations?.[locale];
}

/** Everything channel `channel` would show in `locale` that has no words there: its catalog's messages, its own words, its tiers', its urgent path's. */
export function translationGaps(model: Model, channel: Entity<'Channel'>, locale: string, localesAt: Origin): TranslationGap[] {
  if (locale === DEFAULT_LOCALE) return [];
  const gaps: TranslationGap[] = [];
  const lang = languageName(locale);
  const missing = missingMessages(locale);
  if (missing.length > 0) {
    const some = missing.slice(0, 3).join(', ');
    const problem = missing.length === MESSAGE_IDS.length ? `supportops ships no ${lang} message catalog` : `supportops's ${lang} catalog lacks ${missing.length} messages (${some}${missing.length > 3 ? ', …' : ''})`;
    gaps.push({ at: localesAt, locale, problem, fix: `leave '${locale}' out of locales (docs/locales.md lists the languages supportops ships)` });
    // Without any catalog the language cannot be written whatever the policy says: one finding, not one per word.
    if (missing.length === MESSAGE_IDS.length) return gaps;
  }
  const untranslated = (what: string) => `${what} has no ${lang} translation`;
  if (!channelWords(channel, locale)) {
    gaps.push({ at: child(channel.at, channel.spec.displayName ? 'displayName' : 'mode'), locale, problem: untranslated(`the display name of channel '${channel.name}'`), fix: `add translations: { ${locale}: { displayName: … } } to the channel` });
  }
  const policy = slaPolicyOf(model, channel);
  policy?.spec.tiers.forEach((tier, i) => {
    if (!tierWords(tier, locale)) {
      gaps.push({ at: child(policy.at, 'tiers', i, 'description'), locale, problem: untranslated(`tier '${tier.name}' of SLA policy '${policy.name}'`), fix: `add translations: { ${locale}: { title: …, description: … } } to the tier` });
    }
  });
  const urgent = channel.spec.urgentPath ? model.find('Channel', channel.spec.urgentPath) : undefined;
  if (urgent && urgent !== channel && !channelWords(urgent, locale)) {
    const what = `the display name of channel '${urgent.name}' (its urgent path)`;
    gaps.push({ at: child(urgent.at, urgent.spec.displayName ? 'displayName' : 'mode'), locale, problem: untranslated(what), fix: `add translations: { ${locale}: { displayName: … } } to channel '${urgent.name}'` });
  }
  return gaps;
}
