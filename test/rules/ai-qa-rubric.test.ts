import { withAiGuardrails } from '../helpers/governance.js';
import { edit } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const FILE = 'governance/ai-guardrails.yaml';
const guardrails = (from: string | RegExp, to: string) => edit(withAiGuardrails(), FILE, from, to);

ruleTester('ai-qa-rubric', {
  valid: [
    { name: 'five criteria weighing 100%, grounded drafts', set: withAiGuardrails() },
    { name: 'criteria matched whatever their capitals, with an extra criterion', set: edit(guardrails('{ criterion: Next steps, weight: 20% }', '{ criterion: NEXT STEPS, weight: 10% }'), FILE, '    - { criterion: Policy compliance, weight: 15% }\n', '    - { criterion: Policy compliance, weight: 15% }\n    - { criterion: Tone, weight: 10% }\n') },
    { name: 'weights with decimals that add up to 100%', set: edit(guardrails('{ criterion: Accuracy, weight: 30% }', '{ criterion: Accuracy, weight: 33.3% }'), FILE, '{ criterion: Clarity, weight: 20% }', '{ criterion: Clarity, weight: 16.7% }') },
  ],
  invalid: [
    {
      name: 'weights that do not add up to 100%',
      set: guardrails('{ criterion: Accuracy, weight: 30% }', '{ criterion: Accuracy, weight: 35% }'),
      findings: ['governance/ai-guardrails.yaml:16:3 warn The QA rubric weights add up to 105%, not 100%. Adjust the weights.'],
    },
    {
      name: 'a missing criterion (and the weights it leaves short)',
      set: guardrails('    - { criterion: Empathy, weight: 15% }\n', ''),
      findings: [
        'governance/ai-guardrails.yaml:16:3 warn The QA rubric does not score empathy. Add this criterion so reviewers check every part of a good reply.',
        'governance/ai-guardrails.yaml:16:3 warn The QA rubric weights add up to 85%, not 100%. Adjust the weights.',
      ],
    },
    {
      name: 'an empty rubric: every criterion missing',
      set: guardrails(/ {2}qaRubric:[\s\S]*/, '  qaRubric: []\n'),
      findings: ['governance/ai-guardrails.yaml:16:3 warn The QA rubric does not score accuracy, clarity, next steps, empathy or policy compliance. Add these criteria so reviewers check every part of a good reply.'],
    },
    {
      name: 'drafts that need not cite the knowledge base',
      set: guardrails('citeKnowledgeBase: true', 'citeKnowledgeBase: false'),
      findings: ['governance/ai-guardrails.yaml:14:22 warn AI drafts are not required to cite the knowledge base, so reviewers cannot check where an answer came from. Set citeKnowledgeBase: true.'],
    },
    {
      name: 'drafts that need not say "unknown"',
      set: guardrails('sayUnknown: true', 'sayUnknown: false'),
      findings: ['governance/ai-guardrails.yaml:15:15 warn AI drafts are not required to say "unknown" when they cannot verify something, which invites invented answers. Set sayUnknown: true.'],
    },
  ],
});
