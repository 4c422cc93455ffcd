/**
 * The catalogs supportops ships, and the locales of a channel. English is complete by definition
 * (it is the reference); German, French and Spanish are complete; any other language has no shipped catalog yet, so
 * a channel that lists it gets a missing-translation finding for every message.
 */
import type { Entity } from '../../model/model.js';
import { DE } from './catalog-de.js';
import { EN, type MessageId } from './catalog-en.js';
import { ES } from './catalog-es.js';
import { FR } from './catalog-fr.js';
import { Phrases, type Catalog } from './phrases.js';

export const DEFAULT_LOCALE = 'en';

export const SHIPPED_CATALOGS: Readonly<Record<string, Catalog>> = { en: EN, de: DE, es: ES, fr: FR };

/** The catalog for a language tag: its own, or its language's ("de-AT" speaks German, with Intl's Austrian month names). */
export function catalogFor(locale: string): Catalog {
  return SHIPPED_CATALOGS[locale] ?? SHIPPED_CATALOGS[locale.split('-')[0]!] ?? {};
}

/** Every message id, in the English catalog's order. */
export const MESSAGE_IDS = Object.keys(EN) as MessageId[];

/** The languages a channel's customers read, each once, in the order written; [en] when it lists none. */
export function channelLocales(channel: Entity<'Channel'>): string[] {
  return [...new Set(channel.spec.locales ?? [DEFAULT_LOCALE])];
}

/** Whether the channel's files carry their locale in their name and JSON (it lists `locales`). */
export function isMultilingual(channel: Entity<'Channel'>): boolean {
  return channel.spec.locales !== undefined;
}

/** One Phrases per locale for a run, so each message is compiled once. */
export class PhraseBook {
  private readonly byLocale = new Map<string, Phrases>();

  get(locale: string): Phrases {
    let phrases = this.byLocale.get(locale);
    if (!phrases) this.byLocale.set(locale, (phrases = new Phrases(locale, catalogFor(locale))));
    return phrases;
  }
}

const missingByLocale = new Map<string, readonly MessageId[]>();

/**
 * The ids a locale's catalog lacks, or has but cannot parse, in the English order. The shipped
 * catalogs are constants, so each locale is parsed once per process, not once per channel and
 * dated version that asks.
 */
export function missingMessages(locale: string): readonly MessageId[] {
  let missing = missingByLocale.get(locale);
  if (!missing) {
    const phrases = new Phrases(locale, catalogFor(locale));
    missingByLocale.set(locale, (missing = MESSAGE_IDS.filter((id) => !phrases.has(id))));
  }
  return missing;
}
