import { withAiGuardrails, withKnowledgeBase } from '../helpers/governance.js';
import { edit } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const FILE = 'governance/knowledge-base.yaml';
/** The knowledge base next to the refund and account-access tags, which no article covers yet. */
const kb = (from: string, to: string) => edit(withAiGuardrails(withKnowledgeBase()), FILE, from, to);

ruleTester('kb-covers-top-themes', {
  valid: [
    { name: 'every theme has an article with one of its tags', set: withKnowledgeBase() },
    { name: 'a theme covered through any one of its tags', set: kb('{ theme: Outages, tags: [outage] }', '{ theme: Outages, tags: [refund, outage] }') },
    { name: 'no top themes listed', set: kb('  topThemes:\n    - { theme: Password resets, tags: [question] }\n    - { theme: Outages, tags: [outage] }\n', '') },
  ],
  invalid: [
    {
      name: 'a theme whose tag no article carries, at the theme',
      set: kb('      tags: [outage]\n', '      tags: []\n'),
      findings: ['governance/knowledge-base.yaml:28:16 warn The top theme "Outages" has no self-help article (no article is tagged \'outage\'). Write one so customers can help themselves.'],
    },
    {
      name: 'a theme with several tags, none covered',
      set: kb('    - { theme: Outages, tags: [outage] }\n', '    - { theme: Outages, tags: [outage] }\n    - { theme: Refunds and sign-in, tags: [refund, account-access] }\n'),
      findings: ['governance/knowledge-base.yaml:29:16 warn The top theme "Refunds and sign-in" has no self-help article (no article is tagged \'refund\' or \'account-access\'). Write one so customers can help themselves.'],
    },
  ],
});
