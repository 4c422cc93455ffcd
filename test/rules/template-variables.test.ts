import { starter, type FileSet } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

/**
 * An acknowledgement template in acknowledgement.yaml. The body is written as a block scalar
 * (`|`) starting on line 9, so template line N is file line 8 + N and template column C is
 * file column 4 + C: locations point at the exact place in the YAML file.
 */
const template = (lines: string[], purpose = 'acknowledgement'): FileSet => ({
  ...starter(),
  'acknowledgement.yaml': `apiVersion: supportops/v1
kind: Template
metadata:
  name: email-ack
spec:
  purpose: ${purpose}
  channels: [email]
  body: |
${lines.map((line) => (line ? `    ${line}` : '')).join('\n')}
`,
});
/** The same template with a one-line body written as YAML wants it: plain, or quoted. */
const inline = (body: string): FileSet => ({
  ...starter(),
  'acknowledgement.yaml': `apiVersion: supportops/v1\nkind: Template\nmetadata:\n  name: email-ack\nspec:\n  purpose: acknowledgement\n  body: ${body}\n`,
});
const IN = "In acknowledgement template 'email-ack':";
const ROOT = 'Available: agent, articles, channel, customer, intakeByTag, intakeFields, tag, ticket, tier.';
const HELPERS = 'helpers are not available in policy templates. Use plain {{variables}}, #if, #unless, #each and #with.';

ruleTester('template-variables', {
  valid: [
    { name: 'templates with sections only (the starter set)', set: starter() },
    {
      name: 'every variable the acknowledgement provides, with #if, #each, #with, @index, this and ../',
      set: template([
        'Hi {{customer.name}},',
        '',
        'We received your request about {{tag.name}} ({{tag.meaning}}) on {{channel.displayName}}.',
        'We aim to reply within {{tier.firstResponse}}. Our hours: {{channel.hours}}.',
        '{{#if articles}}',
        'These articles may help:',
        '{{#each articles}}',
        '- {{title}}: {{url}} ({{@index}}, sent from {{../channel.name}})',
        '{{/each}}',
        '{{else}}',
        'Please tell us:',
        '{{/if}}',
        '{{#each intakeFields}}- {{this}}',
        '{{/each}}',
        '{{#each intakeByTag}}If this is about {{about}} ({{name}}: {{meaning}}, not {{../tag.name}}):{{#each fields}} {{this}}{{/each}}{{/each}}',
        '{{#with tier}}Tier {{name}}: {{description}}{{/with}}',
        '{{#unless ticket.url}}Reference {{ticket.id}}{{/unless}} {{articles.length}} {{{agent.name}}}',
      ]),
    },
    { name: 'a handoff template with its own variables', set: template(['{{#each sections}}## {{heading}}{{#if required}} (required){{/if}}', '{{prompt}}', '{{/each}}', 'Tier: {{tier.name}}, owner: {{tag.owner}}'], 'handoff') },
  ],
  invalid: [
    {
      name: 'an unknown variable and an unknown field, at their exact line and column in the block scalar',
      set: template(['Hi {{customer.name}},', 'Your order {{order.id}} is noted.', 'We reply within {{tier.firstRespons}}.']),
      findings: [
        `acknowledgement.yaml:10:18 error ${IN} The template uses {{order.id}}, which is not provided here. ${ROOT}`,
        `acknowledgement.yaml:11:23 error ${IN} The template uses {{tier.firstRespons}}, which is not provided here. Did you mean {{tier.firstResponse}}? Available: tier.acknowledge, tier.description, tier.firstResponse, tier.name, tier.nextResponse.`,
      ],
    },
    {
      name: 'a variable another purpose provides',
      set: template(['{{channel.name}}: {{articles.0.title}}'], 'handoff'),
      findings: [
        "acknowledgement.yaml:9:7 error In handoff template 'email-ack': The template uses {{channel.name}}, which is not provided here. Available: agent, customer, sections, tag, ticket, tier.",
        "acknowledgement.yaml:9:25 error In handoff template 'email-ack': The template uses {{articles.0.title}}, which is not provided here. Available: agent, customer, sections, tag, ticket, tier.",
      ],
    },
    {
      name: 'inside #each: an item field that does not exist, and ../ to a field the outer scope lacks',
      set: template(['{{#each articles}}', '- {{title}} {{name}} {{../title}} {{../tag.name}}', '{{/each}}']),
      findings: [
        `acknowledgement.yaml:10:19 error ${IN} The template uses {{name}}, which is not provided here. Available: title, url.`,
        `acknowledgement.yaml:10:28 error ${IN} The template uses {{../title}}, which is not provided here. ${ROOT}`,
      ],
    },
    {
      name: 'a field of a list of plain values',
      set: template(['{{#each intakeFields}}{{this}} {{label}}{{/each}}']),
      findings: [`acknowledgement.yaml:9:38 error ${IN} The template uses {{label}}, which is not provided here. Available: only the item itself, {{this}}.`],
    },
    {
      name: 'helpers, sub-expressions, custom blocks and partials',
      set: template(['Hi {{uppercase customer.name}},', '{{#if (eq tier.name "urgent")}}We are on it.{{/if}}', '{{#custom}}x{{/custom}}', '{{> footer}}', '{{lookup tag "name"}}', '{{tag.name format="short"}}']),
      findings: [
        `acknowledgement.yaml:9:8 error ${IN} {{uppercase}} calls a helper; ${HELPERS}`,
        `acknowledgement.yaml:10:11 error ${IN} Helpers are not available in policy templates. Use plain {{variables}}, #if, #unless, #each and #with.`,
        `acknowledgement.yaml:11:5 error ${IN} {{custom}} calls a helper; ${HELPERS}`,
        `acknowledgement.yaml:12:5 error ${IN} Partials and decorators are not available in policy templates.`,
        `acknowledgement.yaml:13:5 error ${IN} {{lookup}} calls a helper; ${HELPERS}`,
        `acknowledgement.yaml:14:5 error ${IN} {{tag.name}} calls a helper; ${HELPERS}`,
      ],
    },
    {
      // Handlebars' own wording and position: the finding is on the body's first line, whatever line the
      // mismatch is on (src/model/template-problems.ts reads a line only from "Parse error on line N").
      name: 'a template that does not parse',
      set: template(['Hi {{customer.name}},', '{{#if tier}}We are on it.{{/unless}}']),
      findings: [`acknowledgement.yaml:10:5 error ${IN} The template does not parse: {{#if}} is closed by {{/unless}}. Close it with {{/if}}.`],
    },
    {
      name: 'a plain one-line body, at the column within the line',
      set: inline('Hi {{customer.nme}}, thanks.'),
      findings: [`acknowledgement.yaml:7:14 error ${IN} The template uses {{customer.nme}}, which is not provided here. Did you mean {{customer.name}}? Available: customer.email, customer.name.`],
    },
    {
      name: 'a double-quoted body, counting the opening quote',
      set: inline('"Hi {{customer.nme}}, thanks."'),
      findings: [`acknowledgement.yaml:7:15 error ${IN} The template uses {{customer.nme}}, which is not provided here. Did you mean {{customer.name}}? Available: customer.email, customer.name.`],
    },
  ],
});
