/**
 * The shipped catalogs: each complete one has every message of the English catalog, each
 * parses as ICU MessageFormat, and each uses the same arguments (and the same select and plural
 * arguments) as English, so no sentence loses a share, a time or a name in translation.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { MESSAGE_IDS, SHIPPED_CATALOGS, missingMessages } from '../../../src/generate/locale/catalogs.js';
import { EN, type MessageId } from '../../../src/generate/locale/catalog-en.js';
import { Phrases } from '../../../src/generate/locale/phrases.js';

/** Arguments a message is given that the English text does not use ("high" is the tier's name in English, its title elsewhere). */
const ALSO_GIVEN: Record<string, string[]> = { 'upcoming.tierGone': ['title:1'] };

/**
 * English arguments a translation may leave out, by message: German holidays show the date
 * without the English name, "alle Anrufe" needs no singular, "die Lösungszeit" no plural of
 * "time". Every other argument (the share, the hedge, the date) must be there.
 */
const MAY_DROP: Record<string, string[]> = {
  'holiday.text': ['name'],
  'special.text': ['name'],
  'upcoming.tierGone': ['name'],
  'urgent.how': ['one'],
  'pause.times': ['n'],
};

/** The catalogs that claim to be complete (docs/locales.md). */
const COMPLETE = ['de', 'en', 'es', 'fr'];

interface Element {
  type: number;
  value?: string;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
}

/** Every argument a message reads, with how (1 plain, 5 select, 6 plural…), sorted. */
function argumentsOf(source: string, locale: string): string[] {
  const found = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const e of elements) {
      if (e.value !== undefined && e.type !== 0 && e.type !== 7) found.add(`${e.value}:${e.type}`);
      for (const option of Object.values(e.options ?? {})) walk(option.value);
      if (e.children) walk(e.children);
    }
  };
  walk(new IntlMessageFormat(source, locale).getAst() as Element[]);
  return [...found].sort();
}

describe('the shipped message catalogs', () => {
  it('lists exactly the complete ones', () => {
    expect(Object.keys(SHIPPED_CATALOGS).sort()).toEqual(COMPLETE);
  });

  it.each(COMPLETE)('%s has every English message', (locale) => {
    expect(missingMessages(locale)).toEqual([]);
    expect(Object.keys(SHIPPED_CATALOGS[locale]!).sort()).toEqual([...MESSAGE_IDS].sort());
  });

  it.each(COMPLETE)('%s uses the same arguments as English in every message', (locale) => {
    const catalog = SHIPPED_CATALOGS[locale]!;
    const names = (args: string[]) => [...new Set(args.map((a) => a.split(':')[0]!))].sort();
    const choices = (args: string[]) => args.filter((a) => a.endsWith(':6') || a.endsWith(':5'));
    for (const id of MESSAGE_IDS) {
      const ours = argumentsOf(catalog[id]!, locale);
      const english = argumentsOf(EN[id], 'en');
      const required = english.filter((a) => !(MAY_DROP[id] ?? []).includes(a.split(':')[0]!));
      const given = names([...english, ...(ALSO_GIVEN[id] ?? [])]);
      // A translation never uses an argument it is not given, and leaves out only what MAY_DROP allows.
      expect(names(ours).filter((a) => !given.includes(a)), `${locale} ${id}`).toEqual([]);
      expect(names(required).filter((a) => !names(ours).includes(a)), `${locale} ${id}`).toEqual([]);
      // Every plural and select of English is there (a translation may choose more: French "1er").
      expect(choices(required).filter((a) => !ours.includes(a)), `${locale} ${id}`).toEqual([]);
    }
  });

  it('gives a regional tag its language\'s catalog', () => {
    expect(missingMessages('de-AT')).toEqual([]);
    expect(missingMessages('pt-BR')).toEqual(MESSAGE_IDS);
  });

  it('has no catalog for a language supportops does not ship', () => {
    expect(missingMessages('ja')).toEqual(MESSAGE_IDS);
  });
});

describe('a catalog that lacks a message', () => {
  it('says nothing for it and counts every ask, so each build sharing the phrases sees its own gap', () => {
    const [id, other] = [MESSAGE_IDS[0]!, MESSAGE_IDS[1]!] as [MessageId, MessageId];
    const partial = new Phrases('de', { [other]: EN[other] });
    expect(partial.say(id)).toBe('');
    const afterFirst = partial.misses;
    expect(afterFirst).toBe(1);
    // A second build asking for the same missing id must still see the count grow.
    expect(partial.say(id)).toBe('');
    expect(partial.misses).toBeGreaterThan(afterFirst);
  });
});
