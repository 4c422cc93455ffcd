import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELPDESK_PLACEHOLDERS, TEMPLATE_CONTEXT } from '../../src/model/template-context.js';
import { templateProblems } from '../../src/model/template-variables.js';
import { placeholders } from '../../src/generate/acknowledgements/context.js';
import { addDocs, REPO } from '../helpers/policies.js';
import { exampleWithDefaultAck, generate, get } from './helpers.js';

const ackTemplate = (body: string, channels?: string) => `apiVersion: supportops/v1
kind: Template
metadata:
  name: ack-test
spec:
  purpose: acknowledgement
${channels ? `  channels: [${channels}]\n` : ''}  body: |
${body.split('\n').map((l) => `    ${l}`).join('\n')}
`;

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
});

describe('acknowledgements', () => {
  const g = generate(exampleWithDefaultAck());

  it('pass the helpdesk placeholders through verbatim', () => {
    const text = get(g, 'acknowledgements/email/high.md');
    expect(text).toContain('Hi {{customer.name}},');
    expect(text).toContain('Your request is logged as {{ticket.id}}.');
  });

  it('state the tier\'s first response, the intake fields of its tags and their articles', () => {
    const text = get(g, 'acknowledgements/email/high.md');
    expect(text).toContain('We aim to send a first reply to high requests within 4 business hours. Our hours: Monday–Friday 08:00–18:00 London time (United Kingdom Time).');
    // high-tier tags on email: account-access, legal-compliance, payment-failure, refund (by name)
    expect(text).toContain('- Account email\n- Workspace name\n- Company name\n- Request type\n- Invoice number\n- Last four digits of the card\n- The error message shown\n- Reason for the refund\n');
    expect(text).toContain('- [KB - Billing - Failed Card Payments](https://help.lumen.example/failed-payments)');
    expect(text).toContain('If this is urgent, use Urgent line: +44 20 7946 0000');
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
    const over = generate(set);
    expect(over.errors).toEqual([]);
    expect(get(over, 'acknowledgements/web-form/urgent.md')).toMatch(/\n\nTicket \{\{ticket\.id\}\}: 1 business hour on web-form\.\n$/);
    expect(get(over, 'acknowledgements/email/urgent.md')).toMatch(/\n\nEmail \{\{ticket\.id\}\}\.\n$/);
  });

  it('a variable the context does not provide is a located problem, and nothing is generated', () => {
    const bad = generate(addDocs(exampleWithDefaultAck(), 'templates/ack.yaml', ackTemplate('Hi {{customer.name}},\nYour plan: {{account.plan}}')), { facts: false });
    expect(bad.artifacts).toEqual([]);
    expect(bad.problems.map((p) => `${p.at?.file}${p.at?.pointer} ${p.line}:${p.column} ${p.message}`)).toEqual([
      "templates/ack.yaml/spec/body 2:14 In acknowledgement template 'ack-test': The template uses {{account.plan}}, which is not provided here. Available: agent, articles, channel, customer, intakeFields, tag, ticket, tier.",
    ]);
    // Names every object inherits pass src/model's check (it resolves them through the prototype); the generator stops them.
    const proto = generate(addDocs(exampleWithDefaultAck(), 'templates/ack.yaml', ackTemplate('Hi {{customer.name}},\n{{channel.constructor}}')), { facts: false });
    expect(proto.artifacts).toEqual([]);
    expect(proto.problems.map((p) => `${p.at?.file}${p.at?.pointer} ${p.line}:${p.column} ${p.message}`)).toEqual([
      "templates/ack.yaml/spec/body 2:3 In acknowledgement template 'ack-test': The template uses {{channel.constructor}}, which is not provided here. Available: channel.displayName, channel.hours, channel.name, channel.purpose, channel.urgentPath.",
    ]);
  });
});
