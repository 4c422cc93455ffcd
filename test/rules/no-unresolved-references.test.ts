import { withAiGuardrails, withKnowledgeBase, withMetricTargets } from '../helpers/governance.js';
import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const s = (file: string, from: string, to: string) => edit(starter(), file, from, to);

ruleTester('no-unresolved-references', {
  valid: [
    { name: 'every name defined', set: starter() },
    { name: 'references from governance documents', set: withMetricTargets(withAiGuardrails(withKnowledgeBase())) },
    { name: 'an owner that is a role rather than a team', set: s('routing.yaml', 'owner: support-team', 'owner: support-agent') },
    { name: 'a reference to a document that exists but fails validation (the schema error is enough)', set: s('people.yaml', 'headcount: 3', 'headcount: -1') },
  ],
  invalid: [
    {
      name: "a misspelt tag owner, with a suggestion",
      set: s('routing.yaml', 'owner: support-team', 'owner: suport-team'),
      findings: ["routing.yaml:7:10 error The owner 'suport-team' is not defined: no Team or Role has that name. (did you mean 'support-team'?)"],
    },
    {
      name: 'an owner nothing resembles, with what to do instead',
      set: s('routing.yaml', 'owner: support-team', 'owner: billing-desk'),
      findings: ["routing.yaml:7:10 error The owner 'billing-desk' is not defined: no Team or Role has that name. Define a Team or Role named 'billing-desk' or use an existing name."],
    },
    {
      name: 'an owner that names both a team and a role, pointing at both',
      // The role support-agent renamed to the team's name, support-team.
      set: edit(s('people.yaml', 'name: support-agent\n', 'name: support-team\n'), 'people.yaml', /role: support-agent/g, 'role: support-team'),
      findings: ["routing.yaml:7:10 error The owner 'support-team' is ambiguous: both a Team and a Role are named 'support-team'. Rename one of them so it is clear who owns this."],
      related: [['people.yaml:20:9 Team \'support-team\'.', 'people.yaml:4:9 Role \'support-team\'.']],
    },
    {
      name: "a team's role",
      set: s('people.yaml', 'role: support-agent', 'role: support-agnet'),
      findings: ["people.yaml:22:9 error The role 'support-agnet' is not defined: no Role has that name. (did you mean 'support-agent'?)"],
    },
    {
      name: "a channel's SLA policy and urgent path",
      set: edit(s('channels.yaml', 'slaPolicy: email-sla', 'slaPolicy: mail-sla'), 'channels.yaml', 'urgentPath: urgent-line', 'urgentPath: phone'),
      findings: [
        "channels.yaml:15:14 error The SLA policy 'mail-sla' is not defined: no SlaPolicy has that name. (did you mean 'email-sla'?)",
        "channels.yaml:16:15 error The urgent path 'phone' is not defined: no Channel has that name. Define a Channel named 'phone' or use an existing name.",
      ],
    },
    {
      name: "a trigger's tag, route-to role and synchronous channel",
      set: edit(edit(s('routing.yaml', 'tags: [outage]', 'tags: [outages]'), 'routing.yaml', 'routeTo: incident-engineer', 'routeTo: incident-engineers'), 'routing.yaml', 'syncChannel: urgent-line', 'syncChannel: urgent-lines'),
      findings: [
        "routing.yaml:29:12 error The tag 'outages' is not defined: no Tag has that name. (did you mean 'outage'?)",
        "routing.yaml:31:12 error The route-to role 'incident-engineers' is not defined: no Role has that name. (did you mean 'incident-engineer'?)",
        "routing.yaml:33:16 error The synchronous channel 'urgent-lines' is not defined: no Channel has that name. (did you mean 'urgent-line'?)",
      ],
    },
    {
      name: "an SLA policy's schedule and a team's channel",
      set: edit(s('channels.yaml', 'schedule: office-hours', 'schedule: office'), 'people.yaml', 'channels: [email]', 'channels: [email, chat]'),
      findings: [
        "channels.yaml:40:13 error The schedule 'office' is not defined: no Schedule has that name. Define a Schedule named 'office' or use an existing name.",
        "people.yaml:28:21 error The channel 'chat' is not defined: no Channel has that name. Define a Channel named 'chat' or use an existing name.",
      ],
    },
    {
      name: "a knowledge-base article's owner",
      set: edit(withKnowledgeBase(), 'governance/knowledge-base.yaml', 'owner: support-team', 'owner: knowledge-owner'),
      findings: ["governance/knowledge-base.yaml:11:14 error The article owner 'knowledge-owner' is not defined: no Team or Role has that name. Define a Team or Role named 'knowledge-owner' or use an existing name."],
    },
    {
      name: 'a reference that stays unresolved while another document fails validation (partial model)',
      set: edit(s('people.yaml', 'headcount: 3', 'headcount: -1'), 'routing.yaml', 'owner: support-team', 'owner: billing-desk'),
      findings: ["routing.yaml:7:10 error The owner 'billing-desk' is not defined: no Team or Role has that name. Define a Team or Role named 'billing-desk' or use an existing name."],
    },
  ],
});
