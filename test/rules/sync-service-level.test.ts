import { exampleSet, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { urgentCalls, withoutHours } from '../helpers/scenarios.js';

const RELATED = [['channels.yaml:34:5 The demand that sets the required agents.']];

ruleTester('sync-service-level', {
  valid: [
    { name: 'the example organisation', set: exampleSet() },
    { name: 'a phone line without demand', set: starter() },
    { name: 'staffing that meets the service level in every open hour, after shrinkage', set: urgentCalls(55, { headcount: 3 }) },
    { name: 'a busy line staffed for a looser target', set: urgentCalls(1000, { target: '80% within 30m', headcount: 20 }) },
  ],
  invalid: [
    {
      name: 'two people at 80% availability (20% shrinkage) are 1.6 answering, not 2: short at the most urgent tier, with the demand as related location',
      set: urgentCalls(80),
      findings: [
        "channels.yaml:68:22 error Channel 'urgent-line' promises 80% within 1m, but in 8760 of its 8760 open hours over the horizon fewer agents are on shift than Erlang C requires. The worst is 2026-11-23 00:00 UTC: 3.3 contacts an hour need 3 agents on shift, 2 are, so about 44% are answered in time. Add agents in those hours or loosen the target.",
      ],
      related: RELATED,
    },
    {
      name: 'a line whose rota has no hours: nobody is on shift, in plain words',
      set: withoutHours(urgentCalls(80), 'on-call', 2),
      findings: [
        "channels.yaml:68:22 error Channel 'urgent-line' promises 80% within 1m, but in 8760 of its 8760 open hours over the horizon fewer agents are on shift than Erlang C requires. The worst is 2026-11-23 00:00 UTC: 3.3 contacts an hour need 3 agents on shift, but nobody is on shift, so none is answered in time. Add agents in those hours or loosen the target.",
      ],
      related: RELATED,
    },
  ],
});
