/** The schema of the fields acknowledgements in other languages read: a Template's locale, a Tag's and an article's translations. */
import { describe, expect, it } from 'vitest';
import { show, validateFile } from '../helpers/policies.js';

const run = (doc: string): string[] => validateFile('p.yaml', doc).diagnostics.map(show);
const template = (locale: string) => `apiVersion: supportops/v1\nkind: Template\nmetadata: { name: t }\nspec:\n  purpose: acknowledgement\n  locale: ${locale}\n  body: Hallo {{customer.name}}\n`;
const tag = (translations: string) => `apiVersion: supportops/v1\nkind: Tag\nmetadata: { name: refund }\nspec:\n  meaning: Money back.\n  requiredFields: [Invoice number]\n  translations:\n    ${translations}\n`;

describe('translation fields in the schema', () => {
  it('accepts a language tag as a Template\'s locale, with a region or a script', () => {
    for (const locale of ['de', 'pt-BR', 'zh-Hant']) expect(run(template(locale))).toEqual([]);
  });

  it('rejects a locale that is not a language tag, at the value', () => {
    const found = run(template('Deutsch'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^p\.yaml:6:11 error `locale`/);
  });

  it('accepts a tag\'s words in another language and rejects an unknown field in them, located', () => {
    expect(run(tag('de: { about: eine Erstattung, meaning: Geld zurück., requiredFields: [Rechnungsnummer] }'))).toEqual([]);
    expect(run(tag('de: { about: eine Erstattung, meaning: Geld zurück., title: Erstattung }'))[0]).toMatch(/^p\.yaml:8:58 error Unknown property `title`/);
  });
});
