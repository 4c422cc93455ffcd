// A diff renders each distinct acknowledgement once for both versions: what it reads is what
// each version renders alone, whatever the change.
import { describe, expect, it, vi } from 'vitest';
import { renderDiffering } from '../../src/diff/acknowledgement-keys.js';
import { customerTexts } from '../../src/diff/customer-texts.js';
import { AcknowledgementBodies } from '../../src/generate/acknowledgements/acknowledgement-bodies.js';
import type { AcknowledgementContext } from '../../src/generate/acknowledgements/acknowledgement-context.js';
import type { CompiledTemplate } from '../../src/generate/acknowledgements/acknowledgement-templates.js';
import { defaultTemplates } from '../../src/host/render-artifacts.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { AS_OF, edit, toFiles, type FileSet } from '../helpers/policies.js';
import { base } from './helpers.js';

/** Each version read once; its texts rendered alone, or with the memo a diff shares. */
const versions = new Map<FileSet, { files: ReturnType<typeof toFiles>; model: ReturnType<typeof validatePolicies>['model'] }>();
const textsOf = (set: FileSet, bodies?: AcknowledgementBodies) => {
  let version = versions.get(set);
  if (!version) {
    const files = toFiles(set);
    versions.set(set, (version = { files, model: validatePolicies(files, { asOf: AS_OF }).model }));
  }
  return customerTexts(version.model, version.files, AS_OF, defaultTemplates(), { bodies });
};

const HEADS: Record<string, FileSet> = {
  'a loosened tier': edit(base, 'sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90% within 8h'),
  'a new display name': edit(base, 'channels/email.yaml', 'displayName: Email support', 'displayName: Email help'),
  'a tag asking for another field': edit(base, 'routing/tags.yaml', 'requiredFields: [Account email, Workspace name]', 'requiredFields: [Account email, Workspace id]'),
  "the policy template's words": edit(base, 'templates/acknowledgement.yaml', 'Thanks, we have your request', 'Thank you, your request is in'),
  'a team answering one channel less': edit(base, 'teams/tier1.yaml', 'channels: [email, web-form, messenger]', 'channels: [email, web-form]'),
};

describe('acknowledgements shared by the two versions of a diff', () => {
  for (const [change, head] of Object.entries(HEADS)) {
    it(`give each version the texts it renders alone: ${change}`, () => {
      const bodies = new AcknowledgementBodies();
      expect(textsOf(base, bodies)).toEqual(textsOf(base));
      expect(textsOf(head, bodies)).toEqual(textsOf(head));
    });
  }

  it('render for the head only the acknowledgements its change touches', () => {
    const bodies = new AcknowledgementBodies();
    textsOf(base, bodies);
    // Every language's acknowledgements: 11 in English, 3 in German.
    expect(bodies.size).toBe(14);
    textsOf(HEADS['a loosened tier']!, bodies);
    // The high tier of the three channels on the async policy, and of the one that also writes German.
    expect(bodies.size).toBe(14 + 4);
  });

  it('render a body once for the same template text and context, again for any difference', () => {
    const bodies = new AcknowledgementBodies();
    const template = (body: string) => ({ source: 'policy', name: 'ack', body, render: () => body, where: { file: 'x' } }) as CompiledTemplate;
    const context = (extra: object) => ({ channel: { name: 'email' }, intakeFields: [], ...extra }) as unknown as AcknowledgementContext;
    const intake = { intakeFields: [], intakeByTag: [], articles: [] };
    const render = vi.fn(() => 'body');
    bodies.body(template('{{a}}'), context({}), intake, render);
    bodies.body(template('{{a}}'), context({}), { ...intake }, render);
    expect(render).toHaveBeenCalledTimes(1);
    // Another template text under the same name, a key left undefined rather than absent, another intake: each renders.
    bodies.body(template('{{b}}'), context({}), intake, render);
    bodies.body(template('{{a}}'), context({ tag: undefined }), intake, render);
    bodies.body(template('{{a}}'), context({}), { ...intake, intakeFields: ['Invoice'] }, render);
    bodies.body(template('{{a}}'), context({ n: '1' }), intake, render);
    bodies.body(template('{{a}}'), context({ n: 1 }), intake, render);
    expect(render).toHaveBeenCalledTimes(6);
  });

  it('keep nothing from a render that fails: the next asks again', () => {
    const bodies = new AcknowledgementBodies();
    const template = { source: 'policy', name: 'ack', body: '{{x}}', render: () => '', where: { file: 'x' } } as CompiledTemplate;
    const context = {} as AcknowledgementContext;
    const intake = { intakeFields: [], intakeByTag: [], articles: [] };
    expect(() => bodies.body(template, context, intake, () => { throw new Error('"x" not defined'); })).toThrow();
    expect(bodies.body(template, context, intake, () => 'rendered')).toBe('rendered');
  });

  it('deferred, render only the acknowledgements whose keys differ, each as its version renders it alone', () => {
    const head = HEADS['a loosened tier']!;
    const bodies = new AcknowledgementBodies(true);
    const [was, now] = [textsOf(base, bodies), textsOf(head, bodies)];
    if (!was.ok || !now.ok) throw new Error('the example renders');
    expect(bodies.size).toBe(0);
    expect(renderDiffering(was.channels, now.channels, bodies)).toEqual({});
    // The high tier of the three channels on the async policy, before and after (the diff reads English only).
    expect(bodies.size).toBe(6);
    const [alone, aloneHead] = [textsOf(base), textsOf(head)];
    if (!alone.ok || !aloneHead.ok) throw new Error('the example renders');
    let rendered = 0;
    for (const [channel, texts] of was.channels) {
      for (const [tier, text] of texts.acknowledgements) {
        const other = now.channels.get(channel)!.acknowledgements.get(tier);
        if (text === other) continue; // an unchanged key on both sides: no change to show
        rendered++;
        expect(text).toBe(alone.channels.get(channel)!.acknowledgements.get(tier));
        expect(other).toBe(aloneHead.channels.get(channel)!.acknowledgements.get(tier));
      }
    }
    expect(rendered).toBe(3);
  });

  it('deferred, say which version does not render when a differing body fails, and keep the other', () => {
    const bodies = new AcknowledgementBodies(true);
    const template = (body: string) => ({ source: 'policy', name: 'ack', body, render: () => body, where: { file: 'templates/ack.yaml' } }) as CompiledTemplate;
    const intake = { intakeFields: [], intakeByTag: [], articles: [] };
    const key = (body: string, render: () => string) => bodies.body(template(body), {} as AcknowledgementContext, intake, render);
    const texts = (tier: string, k: string) => new Map([['email', { disclosure: new Map(), acknowledgements: new Map([[tier, k]]) }]]);
    const failing = key('{{x}}', () => {
      throw new Error('"x" not defined in [object Object] - 1:2');
    });
    const fine = key('{{y}}', () => 'Thanks');
    const [was, now] = [texts('high', failing), texts('high', fine)];
    expect(renderDiffering(was, now, bodies)).toEqual({ base: expect.stringContaining('The template uses "x", which is not provided here.') });
    expect(now.get('email')!.acknowledgements.get('high')).toBe('Thanks');
  });
});
