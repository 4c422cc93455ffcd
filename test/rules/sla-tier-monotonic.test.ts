import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

/**
 * email-sla has 'urgent' (priority 1: acknowledge 15m, first response 1h, resolution 8h / 1d)
 * and 'standard' (priority 2: acknowledge 1h, first response 8h, resolution 2d / 5d).
 */
const sla = (from: string, to: string) => edit(starter(), 'channels.yaml', from, to);
const THIRD_TIER = '    - name: low\n      priority: 3\n      description: Feature requests.\n      acknowledge: 30m\n      firstResponse: 90% within 4h\n';
const URGENT = '    - name: urgent\n      priority: 1\n      description: Outage or security issue.\n      acknowledge: 15m\n      firstResponse: 90% within 1h\n      resolution: { median: 8h, p90: 1d }\n';
const STANDARD = '    - name: standard\n      priority: 2\n      description: Everything else.\n      acknowledge: 1h\n      firstResponse: 90% within 8h\n      resolution: { median: 2d, p90: 5d }\n';
const standardFirst = (urgent = URGENT) => sla(URGENT + STANDARD, STANDARD + urgent);
const withLowTier = () => sla('      resolution: { median: 2d, p90: 5d }\n', `      resolution: { median: 2d, p90: 5d }\n${THIRD_TIER}`);

ruleTester('sla-tier-monotonic', {
  valid: [
    { name: 'a more urgent tier faster on every metric', set: starter() },
    { name: 'tiers as fast as each other', set: sla('      acknowledge: 1h\n      firstResponse: 90% within 8h\n', '      acknowledge: 15m\n      firstResponse: 90% within 1h\n') },
    { name: 'a metric only one tier promises', set: sla('      firstResponse: 90% within 8h\n', '      firstResponse: 90% within 8h\n      nextResponse: 90% within 4h\n') },
    { name: 'tiers listed least urgent first: priority decides, not order', set: standardFirst() },
  ],
  invalid: [
    {
      name: 'a tier name used twice, pointing at the first use',
      set: sla('    - name: standard\n', '    - name: urgent\n'),
      findings: ["channels.yaml:48:13 error Tier name 'urgent' is used twice in this policy. Give each tier its own name."],
      related: [['channels.yaml:42:13 First use.']],
    },
    {
      name: 'a priority used twice, pointing at the first use',
      set: sla('      priority: 2\n', '      priority: 1\n'),
      findings: ["channels.yaml:49:17 error Priority 1 is used by two tiers. Give each tier its own priority (1 is the most urgent)."],
      related: [['channels.yaml:43:17 First use.']],
    },
    {
      name: 'a more urgent tier that acknowledges later',
      set: sla('      acknowledge: 15m\n', '      acknowledge: 2h\n'),
      findings: ["channels.yaml:45:20 error Tier 'urgent' (priority 1) promises an acknowledgement within 2h, slower than the less urgent tier 'standard' (priority 2) at 1h. Make the more urgent tier at least as fast."],
      related: [["channels.yaml:51:20 The faster acknowledge target of tier 'standard'."]],
    },
    {
      name: 'a more urgent tier that responds first later',
      set: sla('      firstResponse: 90% within 1h\n', '      firstResponse: 90% within 8h30m\n'),
      findings: ["channels.yaml:46:22 error Tier 'urgent' (priority 1) promises a first response within 8h30m, slower than the less urgent tier 'standard' (priority 2) at 8h. Make the more urgent tier at least as fast."],
      related: [["channels.yaml:52:22 The faster first response target of tier 'standard'."]],
    },
    {
      name: 'a more urgent tier with slower next responses',
      set: edit(sla('      firstResponse: 90% within 1h\n', '      firstResponse: 90% within 1h\n      nextResponse: 90% within 8h\n'), 'channels.yaml', '      firstResponse: 90% within 8h\n', '      firstResponse: 90% within 8h\n      nextResponse: 90% within 4h\n'),
      findings: ["channels.yaml:47:21 error Tier 'urgent' (priority 1) promises each next response within 8h, slower than the less urgent tier 'standard' (priority 2) at 4h. Make the more urgent tier at least as fast."],
      related: [["channels.yaml:54:21 The faster next response target of tier 'standard'."]],
    },
    {
      name: 'a more urgent tier resolved later, for the median and the p90',
      set: sla('      resolution: { median: 8h, p90: 1d }', '      resolution: { median: 3d, p90: 6d }'),
      findings: [
        "channels.yaml:47:29 error Tier 'urgent' (priority 1) promises a median resolution within 3d, slower than the less urgent tier 'standard' (priority 2) at 2d. Make the more urgent tier at least as fast.",
        "channels.yaml:47:38 error Tier 'urgent' (priority 1) promises 90th-percentile resolution within 6d, slower than the less urgent tier 'standard' (priority 2) at 5d. Make the more urgent tier at least as fast.",
      ],
      related: [["channels.yaml:53:29 The faster median resolution target of tier 'standard'."], ["channels.yaml:53:38 The faster 90th-percentile resolution target of tier 'standard'."]],
    },
    {
      name: 'a slower urgent tier listed after the standard one, at the urgent tier',
      set: standardFirst(URGENT.replace('90% within 1h', '90% within 1d')),
      findings: ["channels.yaml:52:22 error Tier 'urgent' (priority 1) promises a first response within 1d, slower than the less urgent tier 'standard' (priority 2) at 8h. Make the more urgent tier at least as fast."],
      related: [["channels.yaml:46:22 The faster first response target of tier 'standard'."]],
    },
    {
      name: 'each violation once, against the fastest less urgent tier',
      set: withLowTier(),
      findings: [
        "channels.yaml:51:20 error Tier 'standard' (priority 2) promises an acknowledgement within 1h, slower than the less urgent tier 'low' (priority 3) at 30m. Make the more urgent tier at least as fast.",
        "channels.yaml:52:22 error Tier 'standard' (priority 2) promises a first response within 8h, slower than the less urgent tier 'low' (priority 3) at 4h. Make the more urgent tier at least as fast.",
      ],
      related: [["channels.yaml:57:20 The faster acknowledge target of tier 'low'."], ["channels.yaml:58:22 The faster first response target of tier 'low'."]],
    },
  ],
});
