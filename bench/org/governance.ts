// Templates, AI guardrails and metric targets. One metric target measures a different promise
// from the one its channel publishes: an honest warning of the kind large policy sets carry.
import type { Doc } from './documents.js';
import { channelNames, DESKS_PER_SET, type Plan, type SlaSet } from './plan.js';
import { ASPECTS, SENSITIVE_TOPICS, tagName, TOPICS } from './tags.js';

const ACKNOWLEDGEMENT = `# Thanks, we have your request

Hi {{customer.name}},

Thanks for contacting {{channel.displayName}}. We have your request ({{ticket.id}}).
We reply to requests like yours within {{tier.firstResponse}} ({{channel.hours}}).
{{#if intakeByTag.length}}

To help us answer faster, please reply with what applies:

{{#each intakeByTag}}
- If this is about {{about}}:
{{#each fields}}
  - {{this}}
{{/each}}
{{/each}}
{{/if}}
{{#if articles.length}}

These articles may already answer your question:

{{#each articles}}
- [{{title}}]({{url}})
{{/each}}
{{/if}}
{{#if channel.urgentPath}}

For urgent cases, use {{channel.urgentPath}}.
{{/if}}
`;

export function templates(): Doc[] {
  return [
    { kind: 'Template', name: 'acknowledgement', spec: { purpose: 'acknowledgement', body: ACKNOWLEDGEMENT } },
    {
      kind: 'Template', name: 'handoff', spec: {
        purpose: 'handoff',
        sections: [
          { heading: 'What the customer needs', required: true },
          { heading: 'What was tried', prompt: 'So the customer is never asked the same question twice.', required: true },
          { heading: 'Customer context', prompt: 'Plan, tier, sentiment, deadlines.', required: true },
          { heading: 'Next step and owner', required: true },
        ],
        body: 'Handoff for ticket {{ticket.id}} ({{tag.name}}, tier {{tier.name}})\n{{#each sections}}\n## {{heading}}{{#if required}} (required){{/if}}\n{{/each}}\n',
      },
    },
    {
      kind: 'Template', name: 'intake', spec: {
        purpose: 'intake',
        sections: [
          { heading: 'Summary', prompt: 'One sentence on what is wrong.', required: true },
          { heading: 'What I tried', prompt: 'Steps already taken and what happened.', required: true },
          { heading: 'Expected vs actual', prompt: 'What you expected to happen and what happened instead.', required: true },
          { heading: 'Impact (who and how many)', prompt: 'Who is affected and how many people.', required: true },
          { heading: 'Links', prompt: 'Screenshots, URLs, ticket numbers.', required: false },
        ],
      },
    },
    {
      kind: 'Template', name: 'solved-note', spec: {
        purpose: 'solved-note',
        sections: ['Problem', 'Root cause', 'Fix', 'Prevention'].map((heading) => ({ heading, required: true })).concat([{ heading: 'Links', required: false }]),
      },
    },
  ];
}

const desksOf = (org: Plan, set: SlaSet) => org.desks.filter((d) => d.set === set);

/** The schema allows 500 tags per allowed task: a longer list is the same task repeated over its parts. */
const MAX_TAGS_PER_TASK = 500;
function taskOnTags(task: string, tags: string[]): { task: string; tags: string[] }[] {
  const parts: { task: string; tags: string[] }[] = [];
  for (let i = 0; i < tags.length; i += MAX_TAGS_PER_TASK) parts.push({ task, tags: tags.slice(i, i + MAX_TAGS_PER_TASK) });
  return parts;
}

export function aiGuardrails(org: Plan, set: SlaSet): Doc {
  const desks = desksOf(org, set);
  const safe = TOPICS.filter((t) => !SENSITIVE_TOPICS.has(t));
  return {
    kind: 'AiGuardrails', name: `assistant${set.suffix}`, spec: {
      allowedTasks: [
        { task: 'suggest-tags' }, { task: 'recommend-articles' }, { task: 'summarize' },
        ...taskOnTags('draft-acknowledgement', desks.flatMap((d) => safe.map((t) => tagName(d, t, 'how-to')))),
        ...taskOnTags('draft-reply', desks.flatMap((d) => safe.map((t) => tagName(d, t, 'question')))),
      ],
      humanReview: desks.flatMap((d) => [...SENSITIVE_TOPICS].flatMap((t) => ASPECTS.map((a) => tagName(d, t, a)))),
      citeKnowledgeBase: true,
      sayUnknown: true,
      qaRubric: [
        { criterion: 'Accuracy', weight: '30%', description: 'Every claim is correct and cites the knowledge base.' },
        { criterion: 'Clarity', weight: '20%', description: 'Short, plain, and answers the actual question.' },
        { criterion: 'Next steps', weight: '20%', description: 'The customer knows exactly what happens next.' },
        { criterion: 'Empathy', weight: '15%', description: 'Acknowledges the impact on the customer.' },
        { criterion: 'Policy compliance', weight: '15%', description: 'Follows refund, privacy and escalation policy.' },
      ],
    },
  };
}

const ASYNC_FIRST_RESPONSE = { urgent: '90% within 1h', high: '90% within 4h', standard: '90% within 24h' } as const;

export function metricTargets(org: Plan, set: SlaSet): Doc {
  const targets: Record<string, unknown>[] = [];
  for (const desk of desksOf(org, set)) {
    const names = channelNames(desk);
    for (const channel of [names.email, names.webForm, names.messenger]) {
      for (const [tier, target] of Object.entries(ASYNC_FIRST_RESPONSE)) {
        // One report still measures the high tier's old 6-hour promise on one desk's email.
        const stale = desk.index % DESKS_PER_SET === 7 && channel === names.email && tier === 'high';
        targets.push({ metric: 'first-response-time', channel, tier, target: stale ? '90% within 6h' : target });
      }
    }
    targets.push({ metric: 'first-response-time', channel: names.sync, tier: desk.sync === 'chat' ? 'live' : 'live-call', target: desk.sync === 'chat' ? '80% within 2m' : '80% within 1m' });
  }
  targets.push(
    { metric: 'resolution-time-median', tier: 'standard', target: '3d' },
    { metric: 'resolution-time-p90', tier: 'standard', target: '10d' },
    { metric: 'deflection-rate', target: '30%', direction: 'at-least' },
    { metric: 'csat', target: '90%', direction: 'at-least' },
    { metric: 'reopen-rate', target: '5%', direction: 'at-most' },
  );
  return { kind: 'MetricTargets', name: `support-metrics${set.suffix}`, spec: { reviewCadence: ['monthly', 'quarterly'], owner: 'support-lead', targets } };
}
