import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const TEAM = `apiVersion: supportops/v1
kind: Team
metadata:
  name: weekend-cover
spec:
  role: incident-engineer
  schedule: on-call
  headcount: 0
  shrinkage: 20%
  occupancy: 50%
  handleTime: 20m
  channels: [urgent-line]
`;

ruleTester('channel-has-team', {
  valid: [
    { name: 'every channel answered by a staffed team', set: starter() },
    { name: 'an empty team next to a staffed one', set: { ...starter(), 'weekend.yaml': TEAM } },
  ],
  invalid: [
    {
      name: 'a channel no team answers, at its name',
      set: edit(starter(), 'people.yaml', '  channels: [urgent-line]', '  channels: []'),
      findings: ["channels.yaml:21:9 error No team answers channel 'urgent-line'. Add 'urgent-line' to a team's `channels`."],
    },
    {
      name: 'a channel answered only by teams with nobody in them',
      set: { ...edit(starter(), 'people.yaml', '  headcount: 2', '  headcount: 0'), 'weekend.yaml': TEAM },
      findings: ["channels.yaml:21:9 error Channel 'urgent-line' is served only by teams with a headcount of 0, so nobody answers it. Staff one of them."],
    },
  ],
});
