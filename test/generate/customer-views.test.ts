/** The views the diff compares are exactly what the build renders: the JSON artifacts are those objects, written out. */
import { describe, expect, it } from 'vitest';
import { customerViews, policyHash } from '../../src/generate/generate-artifacts.js';
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
});
