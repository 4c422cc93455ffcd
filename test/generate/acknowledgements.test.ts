import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELPDESK_PLACEHOLDERS, TEMPLATE_CONTEXT, type Shape } from '../../src/model/template-context.js';
import { templateProblems } from '../../src/model/template-problems.js';
import { acknowledgementContext, placeholders, tagsFor } from '../../src/generate/acknowledgements/acknowledgement-context.js';
import { compileDefaultTemplate } from '../../src/generate/acknowledgements/acknowledgement-templates.js';
import type { GenerateProblem } from '../../src/generate/generate-artifacts.js';
import { clockOf, tiersOf } from '../../src/generate/sla-views.js';
import { slaPolicyOf } from '../../src/model/queries.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { addDocs, exampleSet, REPO, toFiles } from '../helpers/policies.js';
import { exampleWithDefaultAck, generate, get } from './helpers.js';

/** The shape of a value as template-context.ts writes shapes; a list takes the declared item shape when empty. */
function shapeOf(value: unknown, declared: Shape): Shape {
  if (Array.isArray(value)) {
    const item = Array.isArray(declared) ? declared[0] : true;
    const shapes = value.map((v) => shapeOf(v, item));
    for (const s of shapes) expect(s).toEqual(item);
    return [shapes[0] ?? item];
  }
  if (value !== null && typeof value === 'object') {
    const fields = declared !== true && !Array.isArray(declared) ? declared : {};
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v, fields[k] ?? true)]));
  }
  return true;
}

const ackTemplate = (body: string, channels?: string) => `apiVersion: supportops/v1
kind: Template
metadata:
  name: ack-test
spec:
  purpose: acknowledgement
${channels ? `  channels: [${channels}]\n` : ''}  body: |
${body.split('\n').map((l) => `    ${l}`).join('\n')}
`;

interface Index {
  formatVersion: number;
  acknowledgements: { channel: string; tier: string; tags: string[]; intakeFields: string[]; articles: number[]; body: string }[];
  tags: { name: string; fields: string[] }[];
  articles: { title: string; url: string }[];
}

describe('default templates', () => {
  it('templates/*.hbs use only the variables their context provides', () => {
    const source = readFileSync(join(REPO, 'templates', 'acknowledgement.hbs'), 'utf8');
    expect(templateProblems(source, TEMPLATE_CONTEXT.acknowledgement)).toEqual([]);
  });

  it('the context the generator fills has exactly the declared variables', () => {
    expect(Object.keys(placeholders(HELPDESK_PLACEHOLDERS)).sort()).toEqual(Object.keys(HELPDESK_PLACEHOLDERS).sort());
    const index = JSON.parse(get(generate(exampleWithDefaultAck()), 'acknowledgements/index.json')) as { acknowledgements: { template: { source: string } }[] };
    expect(new Set(index.acknowledgements.map((a) => a.template.source))).toEqual(new Set(['default']));
  });

  it('every context, field by field, is the shape template-context.ts declares (so the template-variables rule knows exactly what is provided)', () => {
    const { model } = validatePolicies(toFiles(exampleSet()));
    let checked = 0;
    for (const channel of model.channels) {
      const policy = slaPolicyOf(model, channel);
      if (!policy) continue;
      const clock = clockOf(model, policy);
      for (const tier of tiersOf(policy, clock)) {
        const context = acknowledgementContext(model, channel, tier, clock, tagsFor(model, channel, tier.name));
        expect(shapeOf(context, TEMPLATE_CONTEXT.acknowledgement), `${channel.name}/${tier.name}`).toEqual(TEMPLATE_CONTEXT.acknowledgement);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8);
  });

  it('a problem in the shipped default template names that file and says how a policy replaces it', () => {
    const problems: GenerateProblem[] = [];
    expect(compileDefaultTemplate({ path: 'templates/acknowledgement.hbs', source: '# Hi\n\nHi {{customer.nickname}}' }, problems)).toBeUndefined();
    expect(problems).toEqual([{
      message: 'In the default acknowledgement template that ships with supportops (templates/acknowledgement.hbs; a policy Template with purpose acknowledgement and a body replaces it): The template uses {{customer.nickname}}, which is not provided here. Available: customer.email, customer.name.',
      file: 'templates/acknowledgement.hbs', line: 3, column: 6,
    }]);
  });
});

describe('acknowledgements', () => {
  const g = generate(exampleWithDefaultAck());

  it('pass the helpdesk placeholders through verbatim', () => {
    const text = get(g, 'acknowledgements/email/high.md');
    expect(text).toContain('Hi {{customer.name}},');
    expect(text).toContain('Your request is logged as {{ticket.id}}.');
  });

  it('state the first response in plain words, the intake fields grouped by tag, and the articles', () => {
    const text = get(g, 'acknowledgements/email/high.md');
    expect(text).toContain('We aim to send a first reply within 4 business hours for 90% of requests. Our hours: Monday–Friday 08:00–18:00 London time.');
    // high-tier tags on email with fields, by name: each asks only for its own fields.
    expect(text).toContain([
      '- If this is about account access:', '  - Account email', '  - Workspace name',
      '- If this is about legal compliance:', '  - Company name', '  - Request type',
      '- If this is about payment failure:', '  - Invoice number', '  - Last four digits of the card', '  - The error message shown',
      '- If this is about refund:', '  - Invoice number', '  - Reason for the refund',
    ].join('\n'));
    expect(text).toContain('- [When a card payment fails](https://help.lumen.example/failed-payments)');
    expect(text).toContain('If this is urgent, use Urgent line: +44 20 7946 0000');
    const index = JSON.parse(get(g, 'acknowledgements/index.json')) as Index;
    const high = index.acknowledgements.find((a) => a.channel === 'email' && a.tier === 'high')!;
    const fieldsOf = new Map(index.tags.map((t) => [t.name, t.fields]));
    expect(high.tags.filter((t) => fieldsOf.get(t)!.length > 0)).toEqual(['account-access', 'legal-compliance', 'payment-failure', 'refund']);
    expect(fieldsOf.get('refund')).toEqual(['Invoice number', 'Reason for the refund']);
    expect(high.intakeFields).toEqual(['Account email', 'Workspace name', 'Company name', 'Request type', 'Invoice number', 'Last four digits of the card', 'The error message shown', 'Reason for the refund']);
  });

  it('list each tag and article once in the index, and refer to them from every acknowledgement', () => {
    const index = JSON.parse(get(g, 'acknowledgements/index.json')) as Index;
    expect(index.formatVersion).toBe(2);
    const names = index.tags.map((t) => t.name);
    expect(names).toEqual([...new Set(index.acknowledgements.flatMap((a) => a.tags))].sort());
    const titles = index.articles.map((a) => `${a.title}\n${a.url}`);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toEqual([...titles].sort());
    for (const a of index.acknowledgements) {
      // Positions in title order, each within the list; every listed article is referred to.
      expect(a.articles).toEqual([...a.articles].sort((x, y) => x - y));
      for (const i of a.articles) expect(a.body).toContain(index.articles[i]!.url);
    }
    expect(new Set(index.acknowledgements.flatMap((a) => a.articles)).size).toBe(index.articles.length);
  });

  it('never show a tier id to customers, and a phone channel gets none (a call has no written reply)', () => {
    for (const set of [g, generate()]) {
      const index = JSON.parse(get(set, 'acknowledgements/index.json')) as { acknowledgements: { channel: string; tier: string; body: string }[]; withoutAcknowledgement: { channel: string; reason: string }[] };
      for (const a of index.acknowledgements) expect(a.body, `${a.channel}/${a.tier}`).not.toMatch(new RegExp(`\\b${a.tier} requests|live-call`));
      expect(index.acknowledgements.some((a) => a.channel === 'urgent-line')).toBe(false);
      expect(index.withoutAcknowledgement).toEqual([{ channel: 'urgent-line', reason: 'A phone call gets no written auto-reply.' }]);
      expect([...set.files.keys()].some((p) => p.startsWith('acknowledgements/urgent-line/'))).toBe(false);
    }
  });

  it('only count tags a team on the channel handles', () => {
    // messenger is answered by tier-1 only (no tag list: every tag); web-form has no security specialists but tier-1 handles all tags.
    const index = JSON.parse(get(g, 'acknowledgements/index.json')) as { acknowledgements: { channel: string; tier: string; tags: string[] }[] };
    const tags = (channel: string, tier: string) => index.acknowledgements.find((a) => a.channel === channel && a.tier === tier)!.tags;
    expect(tags('email', 'urgent')).toEqual(['outage', 'security']);
    expect(tags('live-chat', 'live')).toEqual([]);
  });

  it('a policy Template overrides the default, a channel-specific one first', () => {
    let set = addDocs(exampleWithDefaultAck(), 'templates/ack.yaml', ackTemplate('Ticket {{ticket.id}}: {{tier.firstResponse}} on {{channel.name}}.'));
    set = addDocs(set, 'templates/ack.yaml', ackTemplate('Email {{ticket.id}}.', 'email').replace('name: ack-test', 'name: ack-email'));
    // The example's email channel lists German: the policy's own English words need their German sibling.
    set = addDocs(set, 'templates/ack.yaml', ackTemplate('E-Mail {{ticket.id}}.', 'email').replace('name: ack-test', 'name: ack-email-de').replace('  channels:', '  locale: de\n  channels:'));
    const over = generate(set);
    expect(over.errors).toEqual([]);
    expect(get(over, 'acknowledgements/web-form/urgent.md')).toMatch(/\n\nTicket \{\{ticket\.id\}\}: 1 business hour for 90% of requests on web-form\.\n$/);
    expect(get(over, 'acknowledgements/email/urgent.md')).toMatch(/\n\nEmail \{\{ticket\.id\}\}\.\n$/);
    expect(get(over, 'acknowledgements/email/urgent.de.md')).toMatch(/\n\nE-Mail \{\{ticket\.id\}\}\.\n$/);
  });

  it('a variable the context does not provide is a located problem, and nothing is generated', () => {
    const bad = generate(addDocs(exampleWithDefaultAck(), 'templates/ack.yaml', ackTemplate('Hi {{customer.name}},\nYour plan: {{account.plan}}')), { facts: false });
    expect(bad.artifacts).toEqual([]);
    expect(bad.problems.map((p) => `${p.at?.file}${p.at?.pointer} ${p.line}:${p.column} ${p.message}`)).toEqual([
      "templates/ack.yaml/spec/body 2:14 In acknowledgement template 'ack-test': The template uses {{account.plan}}, which is not provided here. Available: agent, articles, channel, customer, intakeByTag, intakeFields, tag, ticket, tier.",
    ]);
    // Names every object inherits pass src/model's check (it resolves them through the prototype); the generator stops them.
    const proto = generate(addDocs(exampleWithDefaultAck(), 'templates/ack.yaml', ackTemplate('Hi {{customer.name}},\n{{channel.constructor}}')), { facts: false });
    expect(proto.artifacts).toEqual([]);
    expect(proto.problems.map((p) => `${p.at?.file}${p.at?.pointer} ${p.line}:${p.column} ${p.message}`)).toEqual([
      "templates/ack.yaml/spec/body 2:3 In acknowledgement template 'ack-test': The template uses {{channel.constructor}}, which is not provided here. Available: channel.displayName, channel.hours, channel.name, channel.purpose, channel.urgentPath.",
    ]);
  });
});

describe('compiled acknowledgement templates', () => {
  it('compiles one body once, and the shared function renders each context on its own', () => {
    const source = 'Hello {{channel.name}}.';
    const [a, b] = [compileDefaultTemplate({ path: 'a.hbs', source }, []), compileDefaultTemplate({ path: 'b.hbs', source }, [])];
    expect(b!.render).toBe(a!.render);
    expect(b!.name).toBe('b.hbs');
    expect([a!.render({ channel: { name: 'email' } }), b!.render({ channel: { name: 'chat' } })]).toEqual(['Hello email.', 'Hello chat.']);
    expect(() => a!.render({ channel: {} })).toThrow('"name" not defined');
  });
});
