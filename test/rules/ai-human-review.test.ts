import { withAiGuardrails } from '../helpers/governance.js';
import { edit } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const FILE = 'governance/ai-guardrails.yaml';
const guardrails = (from: string, to: string) => edit(withAiGuardrails(), FILE, from, to);
const addTask = (task: string) => guardrails('    - task: recommend-articles\n', `    - task: recommend-articles\n${task}`);

ruleTester('ai-human-review', {
  valid: [
    { name: 'low-risk tasks over every category, and drafts limited to tags that need no review', set: withAiGuardrails() },
    { name: 'a drafted reply over every category: a person sends it', set: addTask('    - task: draft-reply\n') },
    { name: 'an autonomous task limited to tags that need no review', set: addTask('    - task: send-reply\n      tags: [question]\n') },
    { name: 'an autonomous task over every category when no category needs human review', set: edit(addTask('    - task: close-ticket\n'), FILE, 'humanReview: [refund, account-access]', 'humanReview: []') },
  ],
  invalid: [
    {
      name: 'a task that names a category needing human review, pointing at the tag and at humanReview',
      set: guardrails('tags: [question]', 'tags: [question, refund]'),
      findings: [
        "governance/ai-guardrails.yaml:12:24 error AI task 'draft-reply' is allowed on 'refund', but 'refund' requires human review. Remove 'refund' from this task, or from humanReview if a person no longer needs to check it.",
      ],
      related: [["governance/ai-guardrails.yaml:13:17 'refund' requires human review."]],
    },
    {
      name: 'each reviewed tag a task names, even for a low-risk task',
      set: addTask('    - task: suggest-tags\n      tags: [account-access, question, refund]\n'),
      findings: [
        "governance/ai-guardrails.yaml:10:14 error AI task 'suggest-tags' is allowed on 'account-access', but 'account-access' requires human review. Remove 'account-access' from this task, or from humanReview if a person no longer needs to check it.",
        "governance/ai-guardrails.yaml:10:40 error AI task 'suggest-tags' is allowed on 'refund', but 'refund' requires human review. Remove 'refund' from this task, or from humanReview if a person no longer needs to check it.",
      ],
      related: [["governance/ai-guardrails.yaml:15:25 'account-access' requires human review."], ["governance/ai-guardrails.yaml:15:17 'refund' requires human review."]],
    },
    {
      name: 'sending replies without a person over every category',
      set: addTask('    - task: send-reply\n'),
      findings: [
        "governance/ai-guardrails.yaml:9:13 error AI task 'send-reply' acts without a person and is allowed on every category, including 'refund' and 'account-access', which require human review. List the tags it may act on with `tags:`.",
      ],
    },
    {
      name: 'closing tickets without a person over every category, with one reviewed category',
      set: edit(addTask('    - task: close-ticket\n'), FILE, 'humanReview: [refund, account-access]', 'humanReview: [refund]'),
      findings: [
        "governance/ai-guardrails.yaml:9:13 error AI task 'close-ticket' acts without a person and is allowed on every category, including 'refund', which requires human review. List the tags it may act on with `tags:`.",
      ],
    },
    {
      name: 'automatic acknowledgements over every category',
      set: guardrails('    - task: draft-acknowledgement\n      tags: [question, outage]\n', '    - task: draft-acknowledgement\n'),
      findings: [
        "governance/ai-guardrails.yaml:9:13 error AI task 'draft-acknowledgement' acts without a person and is allowed on every category, including 'refund' and 'account-access', which require human review. List the tags it may act on with `tags:`.",
      ],
    },
  ],
});
