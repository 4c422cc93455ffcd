/** Acknowledgements per language: their files and index entries, whole or not at all, and no English in them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_WORDS, FRENCH, SPANISH, withLocales } from '../../helpers/locales.js';
import { addDocs, edit, REPO, starter } from '../../helpers/policies.js';
import { buildWithoutFacts } from '../helpers.js';

const paths = (files: Map<string, string>) => [...files.keys()].filter((p) => p.startsWith('acknowledgements/email/')).sort();
const body = (text: string) => text.split('\n').slice(1).join('\n');

interface IndexEntry {
  channel: string;
  tier: string;
  locale?: string;
  path: string;
  template: { source: string; name: string };
  body: string;
}
const entries = (files: Map<string, string>) => (JSON.parse(files.get('acknowledgements/index.json')!) as { acknowledgements: IndexEntry[] }).acknowledgements;

/** The sentences of a template: its lines with every {{…}} cut out, long enough to be words rather than punctuation. */
function sentences(template: string): string[] {
  return template
    .split('\n')
    .flatMap((line) => line.split(/\{\{[^}]*\}\}/))
    .map((s) => s.replace(/^[#\-\s]+/, '').trim())
    .filter((s) => s.length > 8);
}

describe('acknowledgements in each language a channel lists', () => {
  const english = buildWithoutFacts(starter());
  const both = buildWithoutFacts(withLocales('[en, de]', ALL_WORDS));

  it('writes English at the plain paths and German beside it, listed with its language in the index and the manifest', () => {
    expect(paths(both)).toEqual(['acknowledgements/email/standard.de.md', 'acknowledgements/email/standard.md', 'acknowledgements/email/urgent.de.md', 'acknowledgements/email/urgent.md']);
    const email = entries(both).filter((e) => e.channel === 'email');
    expect(email.map((e) => [e.tier, e.locale, e.path, e.template.name])).toEqual([
      ['urgent', 'en', 'acknowledgements/email/urgent.md', 'templates/acknowledgement.hbs'],
      ['standard', 'en', 'acknowledgements/email/standard.md', 'templates/acknowledgement.hbs'],
      ['urgent', 'de', 'acknowledgements/email/urgent.de.md', 'templates/acknowledgement.de.hbs'],
      ['standard', 'de', 'acknowledgements/email/standard.de.md', 'templates/acknowledgement.de.hbs'],
    ]);
    const manifest = JSON.parse(both.get('manifest.json')!) as { files: { path: string; locale?: string }[] };
    expect(manifest.files.find((f) => f.path === 'acknowledgements/email/urgent.de.md')!.locale).toBe('de');
  });

  it('keeps the English acknowledgements as they were', () => {
    for (const path of ['acknowledgements/email/urgent.md', 'acknowledgements/email/standard.md']) expect(body(both.get(path)!)).toBe(body(english.get(path)!));
  });

  it('puts no English sentence of the English template, and no English field, in the German one', () => {
    const template = readFileSync(join(REPO, 'templates', 'acknowledgement.hbs'), 'utf8');
    const german = body(both.get('acknowledgements/email/urgent.de.md')!) + body(both.get('acknowledgements/email/standard.de.md')!);
    for (const s of [...sentences(template), 'Email support', 'Urgent line', 'What is affected', 'Since when', 'Account email', 'business', 'London time', 'requests']) expect(german).not.toContain(s);
  });

  it('says the promise in German words and German plurals, never more than the policy', () => {
    expect(both.get('acknowledgements/email/urgent.de.md')).toContain('innerhalb von 1 Geschäftsstunde bei 90\u00a0% der Anfragen.');
    expect(both.get('acknowledgements/email/standard.de.md')).toContain('innerhalb von 1 Geschäftstag bei 90\u00a0% der Anfragen.');
    const every = buildWithoutFacts(edit(withLocales('[en, de]', ALL_WORDS), 'channels.yaml', 'firstResponse: 90% within 1h', 'firstResponse: 100% within 2h'));
    expect(every.get('acknowledgements/email/urgent.de.md')).toContain('innerhalb von 2 Geschäftsstunden. ');
    const hedged = buildWithoutFacts(edit(withLocales('[en, de]', ALL_WORDS), 'channels.yaml', '  clock: business\n  schedule: office-hours\n', '  clock: business\n  schedule: office-hours\n  promiseWording: hedged\n'));
    expect(hedged.get('acknowledgements/email/urgent.de.md')).toContain('innerhalb von 1 Geschäftsstunde in den meisten Fällen.');
  });

  it('leaves a language out whole when a tag lacks its words, and keeps English and the German disclosure', () => {
    const files = buildWithoutFacts(withLocales('[en, de]', { ...ALL_WORDS, intake: false }));
    expect(paths(files)).toEqual(['acknowledgements/email/standard.md', 'acknowledgements/email/urgent.md']);
    expect(entries(files).some((e) => e.locale === 'de')).toBe(false);
    expect(files.has('disclosures/email.de.md')).toBe(true);
  });

  it('leaves German out rather than replace the policy\'s own English template with the shipped German one', () => {
    const own = `apiVersion: supportops/v1\nkind: Template\nmetadata:\n  name: ack-own\nspec:\n  purpose: acknowledgement\n  body: |\n    Thanks: {{ticket.id}}.\n`;
    const files = buildWithoutFacts(addDocs(withLocales('[en, de]', ALL_WORDS), 'ack.yaml', own));
    expect(paths(files)).toEqual(['acknowledgements/email/standard.md', 'acknowledgements/email/urgent.md']);
    const withGerman = buildWithoutFacts(addDocs(withLocales('[en, de]', ALL_WORDS), 'ack.yaml', `${own}---\n${own.replace('ack-own', 'ack-own-de').replace('  body:', '  locale: de\n  body:').replace('Thanks', 'Danke')}`));
    expect(body(withGerman.get('acknowledgements/email/urgent.de.md')!)).toBe('\nDanke: {{ticket.id}}.\n');
  });

  it.each([
    ['de', ALL_WORDS, undefined],
    ['fr', ALL_WORDS, FRENCH],
    ['es', ALL_WORDS, SPANISH],
  ] as const)('matches the golden file for the shipped %s default', async (locale, which, words) => {
    const files = buildWithoutFacts(withLocales(`[en, ${locale}]`, which, starter(), locale, words));
    for (const tier of ['urgent', 'standard']) {
      await expect(body(files.get(`acknowledgements/email/${tier}.${locale}.md`)!)).toMatchFileSnapshot(join(REPO, 'test', 'golden', 'acknowledgements', `${tier}.${locale}.md`));
    }
  });
});
