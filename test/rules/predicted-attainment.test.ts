import { describe, expect, it } from 'vitest';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { edit, exampleSet, findings, starter, type FileSet } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { emailDemand, seedCase, smallTeam, urgentCalls, withoutHours } from '../helpers/scenarios.js';

const TAIL = 'Add people on shift, shorten handling, or publish a target the staffing can keep.';
const EMAIL = "On channel 'email', the simulation predicts";
const calendarEmail = (set: FileSet) => edit(set, 'channels.yaml', 'name: email-sla\nspec:\n  clock: business\n  schedule: office-hours', 'name: email-sla\nspec:\n  clock: calendar');
const standardResolution = (to: string) => edit(emailDemand(20), 'channels.yaml', 'resolution: { median: 2d, p90: 5d }', `resolution: ${to}`);

ruleTester('predicted-attainment', {
  valid: [
    { name: 'the example organisation, whose simulated attainment meets every target', set: exampleSet() },
    { name: 'channels without demand', set: starter() },
    { name: 'light email demand', set: emailDemand(10) },
    { name: 'one person with 60% shrinkage: still a whole agent, not rounded away to nobody', set: smallTeam(5) },
    { name: 'resolution targets kept (a ticket is resolved with its first reply: one service model)', set: emailDemand(20) },
  ],
  invalid: [
    {
      name: "every tier of the seed's overloaded channel, with the simulated figure and its interval",
      set: seedCase(),
      findings: [
        `policies.yaml:54:113 warn ${EMAIL} 55.2% of 'urgent' tickets answered within 1h (95% interval 53.6%–56.7% from 26 4-week samples, seed 2324124615), below the published 90.0%. Half are answered within 53m, 90% within 2h16m. ${TAIL}`,
        `policies.yaml:55:99 warn ${EMAIL} 0.1% of 'high' tickets answered within 4h (95% interval 0.0%–0.2% from 26 4-week samples, seed 2324124615), below the published 90.0%. Half are answered within 30d12h44m; more than 10% are still not answered when the simulation stops, 14 days after the horizon. ${TAIL}`,
        `policies.yaml:56:101 warn ${EMAIL} 0.0% of 'standard' tickets answered within 1d (95% interval 0.0%–0.0% from 26 4-week samples, seed 2324124615), below the published 90.0%. More than half are still not answered when the simulation stops, 14 days after the horizon. ${TAIL}`,
      ],
    },
    {
      name: 'a phone line one agent short',
      set: urgentCalls(80),
      findings: [
        `channels.yaml:68:22 warn On channel 'urgent-line', the simulation predicts 45.0% of 'live-call' tickets answered within 1m (95% interval 43.7%–46.3% from 26 4-week samples, seed 2992737525), below the published 80.0%. Half are answered within 5m, 90% within 1h8m. ${TAIL}`,
      ],
    },
    {
      name: 'every target of a 24/7 promise kept by an office-hours team: acknowledge, first response, resolution median and p90, each at its own key',
      set: calendarEmail(emailDemand(10)),
      findings: [
        `channels.yaml:47:20 warn ${EMAIL} 25.9% of 'urgent' tickets acknowledged within 15m (95% interval 22.9%–28.9% from 65 4-week samples, seed 2324124615), below the published 100.0%. Half are acknowledged within 8h4m, 90% within 2d1h13m. ${TAIL}`,
        `channels.yaml:48:22 warn ${EMAIL} 27.8% of 'urgent' tickets answered within 1h (95% interval 24.6%–31.1% from 65 4-week samples, seed 2324124615), below the published 90.0%. Half are answered within 8h17m, 90% within 2d1h13m. ${TAIL}`,
        `channels.yaml:49:29 warn ${EMAIL} 49.4% of 'urgent' tickets resolved within 8h (95% interval 46.6%–52.2% from 65 4-week samples, seed 2324124615), below the 50.0% a published median promises. Half are resolved within 8h17m, 90% within 2d1h13m. ${TAIL}`,
        `channels.yaml:49:38 warn ${EMAIL} 75.2% of 'urgent' tickets resolved within 1d (95% interval 72.6%–77.7% from 65 4-week samples, seed 2324124615), below the 90.0% a published 90th percentile promises. Half are resolved within 8h17m, 90% within 2d1h13m. ${TAIL}`,
        `channels.yaml:53:20 warn ${EMAIL} 26.7% of 'standard' tickets acknowledged within 1h (95% interval 26.0%–27.3% from 65 4-week samples, seed 2324124615), below the published 100.0%. Half are acknowledged within 8h51m, 90% within 1d23h30m. ${TAIL}`,
        `channels.yaml:54:22 warn ${EMAIL} 45.0% of 'standard' tickets answered within 8h (95% interval 44.3%–45.7% from 65 4-week samples, seed 2324124615), below the published 90.0%. Half are answered within 9h45m, 90% within 2d38m. ${TAIL}`,
      ],
    },
    {
      name: 'a resolution median the handling misses, at the median',
      set: standardResolution('{ median: 45m, p90: 2d }'),
      findings: [
        `channels.yaml:56:29 warn ${EMAIL} 41.9% of 'standard' tickets resolved within 45m (95% interval 40.9%–42.9% from 39 4-week samples, seed 2324124615), below the 50.0% a published median promises. Half are resolved within 1h1m, 90% within 4h32m. ${TAIL}`,
      ],
    },
    {
      name: 'a resolution p90 the handling misses, at the p90',
      set: standardResolution('{ median: 4h, p90: 4h }'),
      findings: [
        `channels.yaml:56:38 warn ${EMAIL} 86.3% of 'standard' tickets resolved within 4h (95% interval 85.2%–87.4% from 39 4-week samples, seed 2324124615), below the 90.0% a published 90th percentile promises. Half are resolved within 1h1m, 90% within 4h32m. ${TAIL}`,
      ],
    },
    {
      name: 'a team whose schedule has no hours: one plain finding per tier, not 0% with empty figures',
      set: withoutHours(emailDemand(10), 'office-hours', 3),
      findings: [
        "channels.yaml:49:22 warn Nobody is ever on shift for channel 'email' over the horizon, so the simulation answers none of its 'urgent' tickets and no target of the tier can be met (first response: 90.0% within 1h). Give the teams that answer it shifts, or have another team answer it.",
        "channels.yaml:55:22 warn Nobody is ever on shift for channel 'email' over the horizon, so the simulation answers none of its 'standard' tickets and no target of the tier can be met (first response: 90.0% within 8h). Give the teams that answer it shifts, or have another team answer it.",
      ],
    },
  ],
});

describe('predicted-attainment, against the closed form', () => {
  it('is deterministic: the same policies give the same simulated figures', () => {
    const first = findings(seedCase(), 'predicted-attainment');
    expect(first).toHaveLength(3);
    // A cache of its own: the figures are simulated again, not handed back from the run above.
    expect(findings(seedCase(), 'predicted-attainment', { cache: new FactsCache() })).toEqual(first);
  });

  it('agrees with Erlang C on a stationary phone line: about 44% answered within a minute by 2 people at 80% availability', () => {
    expect(findings(urgentCalls(80), 'sync-service-level')[0]).toContain('so about 44% are answered in time');
    expect(findings(urgentCalls(80), 'predicted-attainment')[0]).toContain('predicts 45.0% of');
  });
});
