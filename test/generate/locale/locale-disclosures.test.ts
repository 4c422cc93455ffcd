/** Disclosures per language: their files, a language written whole or not at all, and German upcoming changes. */
import { describe, expect, it } from 'vitest';
import { officeHoursFrom } from '../../helpers/dated.js';
import { ALL_WORDS, withLocales } from '../../helpers/locales.js';
import { starter } from '../../helpers/policies.js';
import { disclosureHtml } from '../../../src/generate/disclosures/disclosure-html.js';
import { buildWithoutFacts } from '../helpers.js';

const paths = (files: Map<string, string>) => [...files.keys()].filter((p) => p.startsWith('disclosures/email')).sort();

describe('disclosures in each language a channel lists', () => {
  const english = buildWithoutFacts(starter());
  const both = buildWithoutFacts(withLocales('[en, de]', ALL_WORDS));

  it('writes English at the plain paths and German beside it, in the index and the manifest with their language', () => {
    expect(paths(both)).toEqual(['disclosures/email.de.html', 'disclosures/email.de.json', 'disclosures/email.de.md', 'disclosures/email.html', 'disclosures/email.json', 'disclosures/email.md']);
    const index = JSON.parse(both.get('disclosures/index.json')!) as { channels: { channel: string; locale?: string; files: { json: string } }[] };
    expect(index.channels.filter((c) => c.channel === 'email').map((c) => [c.locale, c.files.json])).toEqual([['en', 'email.json'], ['de', 'email.de.json']]);
    expect(index.channels.find((c) => c.channel === 'urgent-line')!.locale).toBeUndefined();
    expect(JSON.parse(both.get('disclosures/email.de.json')!).locale).toBe('de');
  });

  it('keeps the English page as it was, but for its language on the JSON', () => {
    expect(both.get('disclosures/email.md')!.split('\n').slice(1)).toEqual(english.get('disclosures/email.md')!.split('\n').slice(1));
    const json = JSON.parse(both.get('disclosures/email.json')!);
    expect(json.locale).toBe('en');
    delete json.locale;
    expect({ ...json, policyHash: '' }).toEqual({ ...JSON.parse(english.get('disclosures/email.json')!), policyHash: '' });
  });

  it('marks the snippet with its language, and a right-to-left one with dir="rtl"', () => {
    const german = JSON.parse(both.get('disclosures/email.de.json')!);
    expect(both.get('disclosures/email.de.html')).toContain('<section class="supportops-disclosure" lang="de" aria-labelledby="supportops-disclosure-email-de-title"');
    expect(both.get('disclosures/email.html')).toContain('<section class="supportops-disclosure" lang="en" aria-labelledby="supportops-disclosure-email-title"');
    expect(disclosureHtml({ ...german, locale: 'ar' })).toContain(' lang="ar" dir="rtl" ');
    expect(disclosureHtml({ ...german, locale: 'he-IL' })).toContain(' lang="he-IL" dir="rtl" ');
  });

  it('writes the German page in German, with the policy\'s German words', () => {
    const md = both.get('disclosures/email.de.md')!;
    expect(md).toContain('# E-Mail-Support: Antwortzeiten');
    expect(md).toContain('- **Dringend**: Ausfall oder Sicherheitsproblem. Wir bestätigen den Eingang innerhalb von 15 Geschäftsminuten und antworten auf 90\u00a0% der Anfragen innerhalb von 1 Geschäftsstunde, Montag–Freitag 09:00–17:00 Uhr, Ortszeit London.');
    expect(md).toContain('In dringenden Fällen: Notfall-Hotline, +44 20 0000 0000. Erreichbar rund um die Uhr, jeden Tag: 80\u00a0% der Anrufe innerhalb von 1 Minute.');
    expect(md).toContain('## Servicezeiten');
  });

  it.each([
    ['the channel\'s name', { tiers: true, urgent: true }],
    ['a tier\'s words', { channel: true, urgent: true }],
    ['the urgent path\'s name', { channel: true, tiers: true }],
  ])('leaves German out whole when %s is missing, and English as it is', (_, words) => {
    const files = buildWithoutFacts(withLocales('[en, de]', words));
    expect(paths(files)).toEqual(['disclosures/email.html', 'disclosures/email.json', 'disclosures/email.md']);
    expect(files.get('disclosures/index.json')).not.toContain('"de"');
    expect(files.get('manifest.json')).not.toContain('email.de');
  });

  it('writes only German for a channel that lists only German, and nothing for a language without a catalog', () => {
    expect(paths(buildWithoutFacts(withLocales('[de]', ALL_WORDS)))).toEqual(['disclosures/email.de.html', 'disclosures/email.de.json', 'disclosures/email.de.md']);
    expect(paths(buildWithoutFacts(withLocales('[en, tlh]', ALL_WORDS)))).toEqual(['disclosures/email.html', 'disclosures/email.json', 'disclosures/email.md']);
  });

  it('says upcoming changes in German, opening with the German date', () => {
    const files = buildWithoutFacts(officeHoursFrom('2027-01-04', '08:00-20:00', withLocales('[en, de]', ALL_WORDS)));
    const md = files.get('disclosures/email.de.md')!;
    expect(md).toContain('## Anstehende Änderungen');
    expect(md).toContain('- Ab 4. Januar 2027: Montag–Freitag 08:00–20:00 Uhr, Ortszeit London. Antwortzeiten zählen nur während dieser Zeiten.');
    expect(files.get('disclosures/email.md')).toContain('- From 4 January 2027: Monday–Friday 08:00–20:00 London time. Response times count only these hours.');
  });
});
