/**
 * SLA policies as Zendesk SLA policies: the filter selects the policy's channels by via type,
 * and each tier's targets become policy metrics on the priorities it covers (urgent, high,
 * normal, low), in minutes, on business hours or calendar time.
 */
import type { ChannelView, PolicyView, SlaView, TierView, WaitingStatus } from '../policy-view.js';
import { pauseFindings } from '../paused-clocks.js';
import type { DesiredObject, JsonObject, MappingFinding } from '../target.js';
import { keyOf, withMarker } from '../marker.js';
import { assignPriorities, prioritiesOf } from '../priorities.js';
import { convertTarget, resolutionTarget } from '../lossy-targets.js';
import { viaConditions } from './via-types.js';

export const ZENDESK_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type ZendeskPriority = (typeof ZENDESK_PRIORITIES)[number];

const PRODUCT = 'Zendesk';

/**
 * Zendesk's resolution metrics and the statuses each stops in (docs/paused-clocks.md), the
 * pausing ones first: export takes the first that stops only where the policy does, and import
 * reads the stops back from the metric a policy has.
 */
export const RESOLUTION_METRICS: readonly { metric: string; stops: readonly WaitingStatus[] }[] = [
  { metric: 'agent_work_time', stops: ['pending', 'on-hold'] },
  { metric: 'requester_wait_time', stops: ['pending'] },
  { metric: 'total_resolution_time', stops: [] },
];

function resolutionMetric(policy: SlaView): (typeof RESOLUTION_METRICS)[number] {
  const paused = policy.pausedWhile.resolution ?? [];
  return RESOLUTION_METRICS.find((m) => m.stops.every((s) => paused.includes(s)))!;
}

function metrics(policy: SlaView, tier: TierView, priorities: ZendeskPriority[], resolutionMetricName: string, findings: MappingFinding[]): JsonObject[] {
  const business_hours = policy.clock === 'business';
  const resolution = resolutionTarget(tier, policy, PRODUCT);
  findings.push(...resolution.findings);
  const wanted = [
    { metric: 'first_reply_time', target: tier.firstResponse, field: 'first response' },
    { metric: 'next_reply_time', target: tier.nextResponse, field: 'next response' },
    { metric: resolutionMetricName, target: resolution.target, field: 'resolution' },
  ];
  const out: JsonObject[] = [];
  for (const { metric, target, field } of wanted) {
    if (!target) continue;
    const converted = convertTarget(target, 60, { product: PRODUCT, field, policy, tier });
    findings.push(...converted.findings);
    for (const priority of priorities) out.push({ priority, metric, target: converted.value, business_hours });
  }
  if (tier.acknowledge) {
    findings.push({
      ruleId: 'helpdesk-lossy', severity: 'info', at: tier.acknowledge.at,
      message: `Zendesk has no acknowledgement metric: the acknowledge target of tier '${tier.name}' (${tier.acknowledge.text}) is kept by the auto-acknowledgement trigger, which replies at once.`,
    });
  }
  return out;
}

function businessHoursFinding(policy: SlaView): MappingFinding {
  return {
    ruleId: 'helpdesk-lossy', severity: 'info', at: { ...policy.at, pointer: `${policy.at.pointer}/schedule` },
    message: `A Zendesk SLA policy counts business hours on the schedule a ticket has (the account's default schedule unless a trigger sets another), not on a schedule of its own: make '${policy.schedule}' the default schedule, or set it on these tickets, for SLA policy '${policy.name}' to count the right hours.`,
  };
}

function slaObject(policy: SlaView, channels: ChannelView[]): { object: DesiredObject | null; findings: MappingFinding[] } {
  const via = viaConditions(channels);
  const findings: MappingFinding[] = [...via.findings];
  if (via.conditions.length === 0) {
    findings.push({ ruleId: 'helpdesk-unsupported', severity: 'warn', at: policy.at, message: `SLA policy '${policy.name}' has no channel Zendesk can select, so it is not exported: without a filter it would apply to every ticket.` });
    return { object: null, findings };
  }
  const { assigned, findings: priorityFindings } = assignPriorities(policy, ZENDESK_PRIORITIES, PRODUCT, (p) => p);
  findings.push(...priorityFindings);
  if (policy.clock === 'business') findings.push(businessHoursFinding(policy));
  // First and next reply times never stop in Zendesk; the resolution metric is chosen to match.
  const resolution = resolutionMetric(policy);
  findings.push(...pauseFindings(policy, PRODUCT, { firstResponse: [], nextResponse: [], resolution: resolution.stops }, { resolution: `its ${resolution.metric}` }));
  const policy_metrics = policy.tiers.flatMap((tier) => metrics(policy, tier, prioritiesOf(assigned, tier), resolution.metric, findings));
  const key = keyOf('sla_policy', policy.name);
  const tiers = policy.tiers.map((t) => `${t.name} → ${prioritiesOf(assigned, t).join(', ') || 'not exported'}`).join('; ');
  const payload: JsonObject = {
    title: policy.name,
    description: withMarker(`Response targets from supportops SLA policy ${policy.name} (tiers: ${tiers}; ${policy.clock === 'business' ? `business hours: ${policy.schedule})` : 'calendar time)'}.`, key),
    filter: { all: [], any: via.conditions },
    policy_metrics,
  };
  return { object: { type: 'sla_policy', key, name: policy.name, payload, refs: {} }, findings };
}

export function slaPolicyObjects(view: PolicyView): { objects: DesiredObject[]; findings: MappingFinding[] } {
  const objects: DesiredObject[] = [];
  const findings: MappingFinding[] = [];
  for (const policy of view.slaPolicies) {
    if (policy.channels.length === 0) continue;
    const channels = view.channels.filter((c) => policy.channels.includes(c.name));
    const result = slaObject(policy, channels);
    findings.push(...result.findings);
    if (result.object) objects.push(result.object);
  }
  return { objects, findings };
}
