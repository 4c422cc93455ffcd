import { describe, expect, it } from 'vitest';
import { TEMPLATE_CONTEXT } from '../../src/model/template-context.js';
import { templateProblems } from '../../src/model/template-problems.js';

const ack = TEMPLATE_CONTEXT.acknowledgement;
const messages = (source: string) => templateProblems(source, ack).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('template variables', () => {
  it('accepts provided variables, helpdesk placeholders, #each scopes, ../ and @index', () => {
    expect(messages('Hi {{customer.name}} ({{ticket.id}}): {{tier.firstResponse}}\n{{#each articles}}{{@index}} {{title}} {{../channel.name}}{{/each}}{{#if intakeFields.length}}x{{/if}}')).toEqual([]);
  });

  it("names the fields of the nearest known object when a nested name is mistyped", () => {
    expect(messages('{{tier.firstRespons}}')).toEqual(['1:3 The template uses {{tier.firstRespons}}, which is not provided here. Did you mean {{tier.firstResponse}}? Available: tier.acknowledge, tier.description, tier.firstResponse, tier.name, tier.nextResponse.']);
  });

  it('suggests the closest top-level name, and lists the top level for inherited names', () => {
    expect(messages('{{custmer.name}}')[0]).toMatch(/^1:3 The template uses \{\{custmer\.name\}\}, which is not provided here\. Did you mean \{\{customer\}\}\? Available: agent, articles, channel, customer, /);
    expect(messages('{{constructor.name}}')[0]).toMatch(/^1:3 The template uses \{\{constructor\.name\}\}, which is not provided here\. Available: agent, articles, channel, /);
  });

  it('does not take inherited names such as constructor for provided fields', () => {
    expect(messages('{{channel.constructor}} {{__proto__}}')).toHaveLength(2);
  });

  it('understands block parameters and @root', () => {
    expect(messages('{{#each articles as |article|}}{{article.title}} {{article.nope}}{{/each}}')).toEqual([
      '1:52 The template uses {{article.nope}}, which is not provided here. Available: article.title, article.url.',
    ]);
    expect(messages('{{#each articles}}{{@root.channel.name}} {{@root.nope}}{{/each}}')).toEqual([
      expect.stringMatching(/^1:44 The template uses \{\{@root\.nope\}\}, which is not provided here\./),
    ]);
  });

  it('rejects helpers, partials and templates that do not parse', () => {
    expect(messages('{{lookup tier "name"}}')[0]).toMatch(/calls a helper; helpers are not available/);
    expect(messages('{{> footer}}')[0]).toMatch(/Partials and decorators are not available/);
  });

  it('says in plain words why a template does not parse, and where', () => {
    expect(messages('{{#if tier}}open')).toEqual(['1:1 The template does not parse: a {{#block}} is never closed. Add its {{/block}} (for example {{/if}} or {{/each}}).']);
    expect(messages('Hello\nRef {{ticket.id')).toEqual(['2:5 The template does not parse: a {{ … }} here is not closed, or holds something other than a variable. Write placeholders like {{ticket.id}}, each closed with }}.']);
    expect(messages('x\n  {{#each articles}}{{/if}}')).toEqual(['2:3 The template does not parse: {{#each}} is closed by {{/if}}. Close it with {{/each}}.']);
    expect(messages('a {{}} b')).toEqual(['1:3 The template does not parse: {{ }} holds nothing. Put a variable inside, such as {{ticket.id}}, or remove it.']);
  });
});
