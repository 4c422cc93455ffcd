import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishable } from '../../src/rules/disclosure-feasible.js';
import { edit, exampleSet, REPO, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { overnightBacklog } from '../helpers/scenarios.js';

const seed = () => ({ 'policies.yaml': readFileSync(join(REPO, 'examples', 'seed-capacity', 'policies.yaml'), 'utf8') });
const NO_HOURS = 'apiVersion: supportops/v1\nkind: Schedule\nmetadata: { name: no-hours }\nspec:\n  timeZone: Europe/London\n  weekly: {}\n';
const PROMISE = "The promise the disclosure states, from SLA policy 'email-sla'.";

ruleTester('disclosure-feasible', {
  valid: [
    { name: 'the example organisation', set: exampleSet() },
    { name: 'the starter set', set: starter() },
  ],
  invalid: [
    {
      name: "the seed's case: every tier, urgent first, with what the staffing supports where it nearly holds",
      set: seed(),
      findings: [
        "policies.yaml:27:15 error The disclosure for channel 'email' promises customers more than the staffing supports: 90% of 'urgent' requests get a first reply within 1h, but with this staffing the simulation gets only 55.2% of them in time (95% interval up to 56.7%). The staffing supports about 90% within 2h30m. Also 90% of 'high' requests get a first reply within 4h, but with this staffing the simulation gets only 0.1% of them in time (95% interval up to 0.2%). Also 90% of 'standard' requests get a first reply within 1d, but with this staffing the simulation gets only 0.0% of them in time (95% interval up to 0.0%). Add people on shift where the promise falls short, or publish what the staffing supports.",
      ],
      related: [[
        "policies.yaml:54:113 The promise the disclosure states, from SLA policy 'tiers'.",
        "policies.yaml:55:99 The promise the disclosure states, from SLA policy 'tiers'.",
        "policies.yaml:56:101 The promise the disclosure states, from SLA policy 'tiers'.",
      ]],
    },
    {
      name: 'a channel whose team is never on shift',
      set: { ...edit(starter(), 'people.yaml', '  schedule: office-hours\n  headcount: 3', '  schedule: no-hours\n  headcount: 3'), 'none.yaml': NO_HOURS },
      findings: [
        "channels.yaml:13:5 error The disclosure for channel 'email' promises customers more than the staffing supports: 90% of 'urgent' requests get a first reply within 1h, but nobody who answers the channel is ever on shift over the horizon. Also 90% of 'standard' requests get a first reply within 8h, but nobody who answers the channel is ever on shift over the horizon. Add people on shift where the promise falls short, or publish what the staffing supports.",
      ],
      related: [[`channels.yaml:46:22 ${PROMISE}`, `channels.yaml:52:22 ${PROMISE}`]],
    },
    {
      name: 'promises around the clock that an office-hours team cannot keep: the 100% one, and the 90% one coverage-meets-promise reports',
      set: edit(edit(starter(), 'channels.yaml', 'name: email-sla\nspec:\n  clock: business\n  schedule: office-hours', 'name: email-sla\nspec:\n  clock: calendar'), 'channels.yaml', 'firstResponse: 90% within 8h', 'firstResponse: 2d'),
      findings: [
        "channels.yaml:13:5 error The disclosure for channel 'email' promises customers more than the staffing supports: 90% of 'urgent' requests get a first reply within 1h, but nobody who answers it is on shift for up to 4d16h, so some customers wait longer. Also 100% of 'standard' requests get a first reply within 2d, but nobody who answers it is on shift for up to 4d16h, so some customers wait longer. Add people on shift where the promise falls short, or publish what the staffing supports.",
      ],
      related: [[`channels.yaml:45:22 ${PROMISE}`, `channels.yaml:51:22 ${PROMISE}`]],
    },
    {
      name: 'a 90% promise a nightly gap breaks, as coverage-meets-promise reports it (the follow-the-sun example)',
      set: { 'policies.yaml': readFileSync(join(REPO, 'examples', 'follow-the-sun', 'policies.yaml'), 'utf8') },
      findings: [
        "policies.yaml:58:15 error The disclosure for channel 'email' promises customers more than the staffing supports: 90% of 'urgent' requests get a first reply within 1h, but nobody who answers it is on shift for up to 3h, so some customers wait longer. Add people on shift where the promise falls short, or publish what the staffing supports.",
      ],
      related: [["policies.yaml:87:82 The promise the disclosure states, from SLA policy 'weekday-promise'."]],
    },
    {
      name: "a backlog after closed hours that outlasts the least urgent promise, as capacity-meets-demand reports it",
      set: overnightBacklog(15),
      findings: [expect.stringContaining("90% of 'standard' requests get a first reply within 4h, but the backlog that builds while nobody is on shift takes up to 5h53m of the SLA clock to clear, first in first out.")],
      related: [[`channels.yaml:55:22 ${PROMISE}`]],
    },
  ],
});

describe('publishable', () => {
  it('rounds a wait up to a time a support lead would publish', () => {
    expect([3, 61, 73, 250, 1441].map(publishable)).toEqual([5, 75, 75, 300, 2880]);
  });
});
