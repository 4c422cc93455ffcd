import { describe, expect, it } from 'vitest';
import { exampleSet, findings, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { emailDemand, seedCase, urgentCalls } from '../helpers/scenarios.js';

const SEED_TAIL = 'Add people on shift, shorten handling, or publish a target the staffing can keep.';

ruleTester('predicted-attainment', {
  valid: [
    { name: 'the example organisation, whose simulated attainment meets every target', set: exampleSet() },
    { name: 'channels without demand', set: starter() },
    { name: 'light email demand', set: emailDemand(10) },
  ],
  invalid: [
    {
      name: "every tier of the seed's overloaded channel, with the simulated figure and its interval",
      set: seedCase(),
      findings: [
        `policies.yaml:54:113 warn On channel 'email', the simulation predicts 55.1% of 'urgent' tickets answered within 1h (95% interval 53.1%–57.1%, 3 runs, seed 2324124615), below the published 90.0%. Half are answered within 53m, 90% within 2h18m. ${SEED_TAIL}`,
        `policies.yaml:55:99 warn On channel 'email', the simulation predicts 0.1% of 'high' tickets answered within 4h (95% interval 0.0%–0.2%, 3 runs, seed 2324124615), below the published 90.0%. Half are answered within 29d18h31m, 90% within 53d11h25m. ${SEED_TAIL}`,
        `policies.yaml:56:101 warn On channel 'email', the simulation predicts 0.0% of 'standard' tickets answered within 1d (95% interval 0.0%–0.1%, 3 runs, seed 2324124615), below the published 90.0%. Half are answered within 63d8h4m, 90% within 111d12h3m. ${SEED_TAIL}`,
      ],
    },
    {
      name: 'a phone line one agent short',
      set: urgentCalls(80),
      findings: [
        `channels.yaml:68:22 warn On channel 'urgent-line', the simulation predicts 62.0% of 'live-call' tickets answered within 1m (95% interval 60.9%–63.0%, 3 runs, seed 2992737525), below the published 80.0%. Half are answered within 0m, 90% within 32m. ${SEED_TAIL}`,
      ],
    },
  ],
});

describe('predicted-attainment, against the closed form', () => {
  it('is deterministic: the same policies give the same simulated figures', () => {
    expect(findings(seedCase(), 'predicted-attainment')).toEqual(findings(seedCase(), 'predicted-attainment'));
  });

  it('agrees with Erlang C on a stationary phone line: both find about 62% answered within a minute', () => {
    expect(findings(urgentCalls(80), 'sync-service-level')[0]).toContain('so about 62% are answered in time');
    expect(findings(urgentCalls(80), 'predicted-attainment')[0]).toContain('predicts 62.0%');
  });
});
