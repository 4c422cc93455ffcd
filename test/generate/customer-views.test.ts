/** The views the diff compares are exactly what the build renders: the JSON artifacts are those objects, written out. */
import { describe, expect, it } from 'vitest';
import { customerViews, policyHash } from '../../src/generate/generate-artifacts.js';
import { PhraseBook } from '../../src/generate/locale/catalogs.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { AS_OF, edit, exampleSet, toFiles } from '../helpers/policies.js';
import { DEFAULT_ACK, generate } from './helpers.js';

describe('customerViews', () => {
  it('holds every disclosure and acknowledgement the build writes, field for field', () => {
    const files = toFiles(exampleSet());
    const views = customerViews({ model: validatePolicies(files, { asOf: AS_OF }).model, policyHash: policyHash(files), asOf: AS_OF, templates: { acknowledgement: DEFAULT_ACK } });
    const built = generate();
    expect(views.problems).toEqual([]);
    for (const d of views.disclosures) expect(d).toEqual(JSON.parse(built.files.get(`disclosures/${d.channel}${d.locale && d.locale !== 'en' ? `.${d.locale}` : ''}.json`)!));
    expect(views.disclosures.map((d) => d.channel)).toEqual(JSON.parse(built.files.get('disclosures/index.json')!).channels.map((c: { channel: string }) => c.channel));
    expect(views.acknowledgements).toEqual(JSON.parse(built.files.get('acknowledgements/index.json')!));
  });

  it('reports the template problems that stop the build, in the order the build does', () => {
    const set = edit(exampleSet(), 'channels/email.yaml', 'name: email\n', 'name: index\n');
    const files = toFiles(set);
    const views = customerViews({ model: validatePolicies(files, { asOf: AS_OF }).model, policyHash: policyHash(files), asOf: AS_OF, templates: { acknowledgement: DEFAULT_ACK } });
    expect(views.problems.map((p) => p.message)).toEqual(generate(set).problems.map((p) => p.message));
    expect(views.problems[0]!.message).toContain("A channel named 'index'");
  });

  it('renders two versions with one phrase book exactly as each with its own, a missing translation included', () => {
    const render = (set: ReturnType<typeof exampleSet>, book?: PhraseBook) => {
      const files = toFiles(set);
      return customerViews({ model: validatePolicies(files, { asOf: AS_OF }).model, policyHash: policyHash(files), asOf: AS_OF, templates: { acknowledgement: DEFAULT_ACK } }, { book });
    };
    // The base lacks email's German name: its German disclosure is left out; the head has it.
    const base = edit(exampleSet(), 'channels/email.yaml', '    de: { displayName: E-Mail-Support }\n', '');
    const head = exampleSet();
    const book = new PhraseBook();
    const shared = [render(base, book), render(head, book)];
    expect(shared).toEqual([render(base), render(head)]);
    expect(shared.map((v) => v.disclosures.filter((d) => d.locale === 'de').length)).toEqual([0, 1]);
  });

  it('gives the diff, in its compared scope, the English disclosures in force, as the build has them but for upcoming changes', () => {
    const files = toFiles(exampleSet());
    const input = { model: validatePolicies(files, { asOf: AS_OF }).model, policyHash: policyHash(files), asOf: AS_OF, templates: { acknowledgement: DEFAULT_ACK } };
    const all = customerViews(input);
    const compared = customerViews(input, {}, 'compared');
    // The example has a German disclosure and upcoming changes: both are left out, nothing else.
    expect(all.disclosures.some((d) => d.locale === 'de') && all.disclosures.some((d) => d.upcoming.length > 0)).toBe(true);
    expect(compared.disclosures).toEqual(all.disclosures.filter((d) => !d.locale || d.locale === 'en').map((d) => ({ ...d, upcoming: [] })));
    expect(compared.acknowledgements).toEqual(all.acknowledgements);
    expect(compared.problems).toEqual(all.problems);
  });
});
