import { addDocs, edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const QA_ROLE = 'apiVersion: supportops/v1\nkind: Role\nmetadata:\n  name: qa-reviewer\nspec:\n  category: qa-reviewer\n  description: Scores a sample of replies each week.\n';
const SECOND_TRIGGER = 'apiVersion: supportops/v1\nkind: EscalationTrigger\nmetadata:\n  name: security\nspec:\n  condition: A customer reports a security issue.\n  when: { match: any, conditions: [{ field: category, op: "=", value: security }] }\n  tier: urgent\n  routeTo: incident-engineer\n  within: 15m\n  syncChannel: urgent-line\n';

ruleTester('role-has-team', {
  valid: [
    { name: 'every role held by a staffed team', set: starter() },
    { name: 'a role held by one empty and one staffed team', set: addDocs(starter(), 'people.yaml', 'apiVersion: supportops/v1\nkind: Team\nmetadata:\n  name: reserve\nspec:\n  role: support-agent\n  schedule: office-hours\n  headcount: 0\n  shrinkage: 30%\n  occupancy: 85%\n  handleTime: 12m\n  channels: [email]\n') },
  ],
  invalid: [
    {
      name: 'a role no team holds, at its name',
      set: addDocs(starter(), 'people.yaml', QA_ROLE),
      findings: ["people.yaml:46:9 error Role 'qa-reviewer' has nobody in it: no team has this role. Add a team with `role: qa-reviewer`, or remove the role."],
    },
    {
      name: 'a role an escalation routes to, once its team takes another role',
      set: edit(starter(), 'people.yaml', '  role: incident-engineer\n', '  role: support-agent\n'),
      findings: ["people.yaml:12:9 error Role 'incident-engineer' has nobody in it: no team has this role. Escalation 'outage' routes to it and would reach nobody. Add a team with `role: incident-engineer`, or remove the role."],
    },
    {
      name: 'a role whose only team has a headcount of 0, naming every escalation routed to it and pointing at the headcount',
      set: addDocs(edit(starter(), 'people.yaml', '  headcount: 2', '  headcount: 0'), 'routing.yaml', SECOND_TRIGGER),
      findings: ["people.yaml:12:9 error Role 'incident-engineer' has nobody in it: every team with this role has a headcount of 0. Escalations 'outage', 'security' route to it and would reach nobody. Staff one of those teams."],
      related: [["people.yaml:37:14 Team 'incident-rota' has headcount 0."]],
    },
  ],
});
