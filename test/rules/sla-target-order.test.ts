import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** Edits the urgent tier of email-sla (acknowledge 15m, first response 1h, resolution 8h / 1d). */
const tier = (from: string, to: string) => edit(starter(), 'channels.yaml', from, to);

ruleTester('sla-target-order', {
  valid: [
    { name: 'acknowledge ≤ first response ≤ median ≤ p90', set: starter() },
    { name: 'equal milestones', set: tier('      acknowledge: 15m\n      firstResponse: 90% within 1h', '      acknowledge: 1h\n      firstResponse: 90% within 1h') },
    { name: 'a tier with only a first response', set: tier('      acknowledge: 15m\n      firstResponse: 90% within 1h\n      resolution: { median: 8h, p90: 1d }\n', '      firstResponse: 90% within 1h\n') },
    { name: 'a next response within the p90 resolution', set: tier('      firstResponse: 90% within 1h\n', '      firstResponse: 90% within 1h\n      nextResponse: 90% within 4h\n') },
  ],
  invalid: [
    {
      name: 'a first response due before the acknowledgement',
      set: tier('      acknowledge: 15m\n', '      acknowledge: 2h\n'),
      findings: ["channels.yaml:46:22 error In tier 'urgent', the first response target is shorter than the acknowledge target. Make first response at least as long as acknowledge."],
      related: [['channels.yaml:45:20 The acknowledge target.']],
    },
    {
      name: 'a median resolution due before the first response',
      set: tier('resolution: { median: 8h, p90: 1d }', 'resolution: { median: 30m, p90: 1d }'),
      findings: ["channels.yaml:47:29 error In tier 'urgent', the median resolution target is shorter than the first response target. Make median resolution at least as long as first response."],
      related: [['channels.yaml:46:22 The first response target.']],
    },
    {
      name: 'a p90 resolution shorter than the median',
      set: tier('resolution: { median: 8h, p90: 1d }', 'resolution: { median: 8h, p90: 4h }'),
      findings: ["channels.yaml:47:38 error In tier 'urgent', the 90th-percentile resolution target is shorter than the median resolution target. Make 90th-percentile resolution at least as long as median resolution."],
      related: [['channels.yaml:47:29 The median resolution target.']],
    },
    {
      name: 'a milestone compared with the longest earlier one, when there is no first response to compare with in between',
      set: tier('      acknowledge: 15m\n      firstResponse: 90% within 1h\n      resolution: { median: 8h, p90: 1d }', '      acknowledge: 12h\n      firstResponse: 90% within 12h\n      resolution: { median: 8h, p90: 1d }'),
      findings: ["channels.yaml:47:29 error In tier 'urgent', the median resolution target is shorter than the acknowledge target. Make median resolution at least as long as acknowledge."],
      related: [['channels.yaml:45:20 The acknowledge target.']],
    },
    {
      name: 'a next response longer than the p90 resolution',
      set: tier('      firstResponse: 90% within 1h\n', '      firstResponse: 90% within 1h\n      nextResponse: 90% within 2d\n'),
      findings: ["channels.yaml:47:21 error In tier 'urgent', the next-response target is longer than the 90th-percentile resolution target. Shorten the next response or lengthen the resolution target."],
    },
  ],
});
