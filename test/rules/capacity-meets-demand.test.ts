import { edit, exampleSet, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { emailDemand, seedCase, smallTeam, withoutHours } from '../helpers/scenarios.js';

ruleTester('capacity-meets-demand', {
  valid: [
    { name: 'the example organisation', set: exampleSet() },
    { name: 'channels without demand (the starter set)', set: starter() },
    { name: 'demand the office-hours team clears within the slowest promise', set: emailDemand(10) },
    { name: 'no demand at all', set: emailDemand(0) },
  ],
  invalid: [
    {
      name: "the seed's case: 240 a day against 2 × 30 = 60, backlog +180 a day, 8 agents needed",
      set: seedCase(),
      findings: [
        "policies.yaml:31:20 error Channel 'email' receives 240 tickets a day, but the teams that answer it can clear about 60 a day on their shifts (support: 2 agents). The backlog grows by 180 tickets a day, so no response-time tier can be kept. It needs about 8 agents at this productivity, against 2 now.",
      ],
      related: [["policies.yaml:16:54 Team 'support' clears about 60 tickets a day for this channel."]],
    },
    {
      name: 'a backlog that builds over closed hours and takes longer than the slowest promise to clear',
      set: emailDemand(40),
      findings: [
        "channels.yaml:18:20 error Channel 'email' can clear its volume on average, but the backlog that builds while nobody is on shift (up to 187 tickets, at 2026-12-29 09:00 UTC) takes up to 20h55m of the SLA clock to clear, first in first out — longer than the 8h promised even to 'standard' tickets. Add people where the backlog peaks, or spread the shifts so fewer tickets wait overnight.",
      ],
      related: [["people.yaml:24:14 Team 'support-team' clears about 50.7 tickets a day for this channel."]],
    },
    {
      name: 'a team that shrinks below the demand',
      set: edit(emailDemand(40), 'people.yaml', 'headcount: 3', 'headcount: 1'),
      findings: [
        "channels.yaml:18:20 error Channel 'email' receives 40 tickets a day, but the teams that answer it can clear about 16.9 a day on their shifts (support-team: 1 agent). The backlog grows by 23.1 tickets a day, so no response-time tier can be kept. It needs about 3 agents at this productivity, against 1 now.",
      ],
      related: [["people.yaml:24:14 Team 'support-team' clears about 16.9 tickets a day for this channel."]],
    },
    {
      name: 'one person with 60% shrinkage: 11.6 a day on average, but the backlog after Christmas takes longer than 8h',
      set: smallTeam(5),
      findings: [
        "channels.yaml:18:20 error Channel 'email' can clear its volume on average, but the backlog that builds while nobody is on shift (up to 23 tickets, at 2026-12-29 09:00 UTC) takes up to 11h26m of the SLA clock to clear, first in first out — longer than the 8h promised even to 'standard' tickets. Add people where the backlog peaks, or spread the shifts so fewer tickets wait overnight.",
      ],
      related: [["people.yaml:24:14 Team 'support-team' clears about 11.6 tickets a day for this channel."]],
    },
    {
      name: 'a team whose schedule has no hours: nobody is ever on shift, in plain words (not "Infinity agents")',
      set: withoutHours(emailDemand(10), 'office-hours', 3),
      findings: [
        "channels.yaml:18:20 error Channel 'email' receives 10 tickets a day, but nobody is ever on shift for this channel: the teams that answer it (support-team) have no open hours over the horizon, so no ticket is answered and the backlog grows by 10 tickets a day. Give the teams that answer it shifts, or have another team answer it.",
      ],
      related: [["people.yaml:23:13 Team 'support-team' works this schedule, which has no open hours over the horizon."]],
    },
  ],
});
