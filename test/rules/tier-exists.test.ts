import { withMetricTargets } from '../helpers/governance.js';
import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const s = (file: string, from: string, to: string) => edit(starter(), file, from, to);
const withMix = (mix: string) => s('channels.yaml', '  urgentPath: urgent-line\n', `  urgentPath: urgent-line\n  demand:\n    ticketsPerDay: 10\n    tierMix: ${mix}\n`);
const KNOWN = 'Known tiers: live-call, standard, urgent.';

ruleTester('tier-exists', {
  valid: [
    { name: "tags' and triggers' tiers defined by an SLA policy", set: starter() },
    { name: 'metric targets for defined tiers, and targets for no tier', set: withMetricTargets() },
    { name: "a demand mix over the channel's own tiers", set: withMix('{ urgent: 5%, standard: 95% }') },
  ],
  invalid: [
    {
      name: "a tag's default tier with a suggestion",
      set: s('routing.yaml', 'defaultTier: standard', 'defaultTier: standrd'),
      findings: [`routing.yaml:8:16 error Tier 'standrd' is not defined in any SLA policy. ${KNOWN} (did you mean 'standard'?)`],
    },
    {
      name: "a tag's default tier nothing resembles",
      set: s('routing.yaml', 'defaultTier: standard', 'defaultTier: normal'),
      findings: [`routing.yaml:8:16 error Tier 'normal' is not defined in any SLA policy. ${KNOWN}`],
    },
    {
      name: "a trigger's tier",
      set: s('routing.yaml', '  tier: urgent\n', '  tier: critical\n'),
      findings: [`routing.yaml:30:9 error Tier 'critical' is not defined in any SLA policy. ${KNOWN}`],
    },
    {
      name: "a metric target's tier",
      set: edit(withMetricTargets(), 'governance/metrics.yaml', 'tier: standard, target: 90% within 8h', 'tier: normal, target: 90% within 8h'),
      findings: [`governance/metrics.yaml:10:60 error Tier 'normal' is not defined in any SLA policy. ${KNOWN}`],
    },
    {
      name: "a demand mix tier from another channel's policy, at the tier name",
      set: withMix('{ live-call: 5%, standard: 95% }'),
      findings: ["channels.yaml:19:16 error Tier 'live-call' is not defined in SLA policy 'email-sla' of this channel. Known tiers: urgent, standard."],
    },
    {
      name: 'a misspelt demand mix tier written as a block mapping, at the tier name',
      set: withMix('\n      urgnt: 5%\n      standard: 95%'),
      findings: ["channels.yaml:20:7 error Tier 'urgnt' is not defined in SLA policy 'email-sla' of this channel. Known tiers: urgent, standard. (did you mean 'urgent'?)"],
    },
  ],
});
