/**
 * SLA policies as Freshdesk SLA policies: applicable to the sources (email, portal, phone, chat)
 * of the policy's channels, with a target per fixed priority (priority_4 urgent … priority_1 low)
 * in seconds: respond_within from the first response, resolve_within from the resolution's 90th
 * percentile. Freshdesk's API holds no next-response or acknowledgement target.
 */
import type { ChannelView, PolicyView, SlaView, TierView } from '../policy-view.js';
import type { DesiredObject, JsonObject, MappingFinding } from '../target.js';
import { keyOf, withMarker } from '../marker.js';
import { assignPriorities, prioritiesOf } from '../priorities.js';
import { convertTarget, resolutionTarget } from '../lossy-targets.js';
import { pauseFindings } from '../paused-clocks.js';

/** Freshdesk ticket sources (developers.freshdesk.com/api/#tickets, "Source"). */
export const SOURCE_BY_MEDIUM: Readonly<Record<string, number>> = { email: 1, 'web-form': 2, phone: 3, chat: 7 };
export const MEDIUM_BY_SOURCE: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(SOURCE_BY_MEDIUM).map(([m, s]) => [s, m]));

export const FRESHDESK_PRIORITIES = [4, 3, 2, 1] as const;
export const PRIORITY_WORDS: Readonly<Record<number, string>> = { 4: 'urgent', 3: 'high', 2: 'medium', 1: 'low' };
const PRODUCT = 'Freshdesk';

function sources(channels: readonly ChannelView[], findings: MappingFinding[]): number[] {
  const found = new Set<number>();
  for (const channel of channels) {
    const source = SOURCE_BY_MEDIUM[channel.medium];
    if (source !== undefined) found.add(source);
    else findings.push({ ruleId: 'helpdesk-lossy', severity: 'warn', at: { ...channel.at, pointer: `${channel.at.pointer}/medium` }, message: `Freshdesk has no ticket source for the ${channel.medium} channel '${channel.name}' that supportops can select on, so the exported SLA policy does not apply to it. Add its source by hand in Freshdesk.` });
  }
  return [...found].sort((a, b) => a - b);
}

function target(policy: SlaView, tier: TierView, findings: MappingFinding[]): JsonObject | null {
  const resolution = resolutionTarget(tier, policy, PRODUCT);
  if (!resolution.target) return null;
  findings.push(...resolution.findings);
  const respond = convertTarget(tier.firstResponse, 1, { product: PRODUCT, field: 'first response', policy, tier });
  const resolve = convertTarget(resolution.target, 1, { product: PRODUCT, field: 'resolution', policy, tier });
  findings.push(...respond.findings, ...resolve.findings);
  for (const [field, value] of [['next response', tier.nextResponse], ['acknowledge', tier.acknowledge]] as const) {
    if (value) findings.push({ ruleId: 'helpdesk-lossy', severity: 'info', at: value.at, message: `Freshdesk's SLA API has no ${field} target: the ${field} of tier '${tier.name}' (${value.text}) stays in the policies only.` });
  }
  return { respond_within: respond.value, resolve_within: resolve.value, business_hours: policy.clock === 'business', escalation_enabled: false };
}

function slaObject(policy: SlaView, view: PolicyView, findings: MappingFinding[]): DesiredObject | null {
  const channels = view.channels.filter((c) => policy.channels.includes(c.name));
  const applicable = sources(channels, findings);
  if (applicable.length === 0) {
    findings.push({ ruleId: 'helpdesk-unsupported', severity: 'warn', at: policy.at, message: `SLA policy '${policy.name}' has no channel Freshdesk can select, so it is not exported.` });
    return null;
  }
  const missing = policy.tiers.find((t) => !t.resolution);
  if (missing) {
    findings.push({ ruleId: 'helpdesk-unsupported', severity: 'warn', at: missing.at, message: `Freshdesk needs a resolution target for every priority, and tier '${missing.name}' of SLA policy '${policy.name}' has none, so the policy is not exported. Add a resolution to the tier.` });
    return null;
  }
  const { assigned, findings: more } = assignPriorities(policy, FRESHDESK_PRIORITIES, PRODUCT, (p) => PRIORITY_WORDS[p]!);
  findings.push(...more);
  const sla_target: JsonObject = {};
  for (const tier of policy.tiers) {
    const value = target(policy, tier, findings);
    for (const priority of prioritiesOf(assigned, tier)) if (value) sla_target[`priority_${priority}`] = value;
  }
  if (policy.clock === 'business') {
    findings.push({ ruleId: 'helpdesk-lossy', severity: 'info', at: { ...policy.at, pointer: `${policy.at.pointer}/schedule` }, message: `Freshdesk counts business hours on each ticket's group's business hours, not on the SLA policy: the groups exported from teams are linked to their team's schedule, so SLA policy '${policy.name}' counts '${policy.schedule}' only for tickets in groups that work it.` });
  }
  // Pending has "SLA timer on hold" by default, account-wide; an on-hold status is a custom one.
  findings.push(...pauseFindings(policy, PRODUCT, { firstResponse: ['pending'], resolution: ['pending'] }, { firstResponse: 'Pending holds every SLA timer', resolution: 'Pending holds every SLA timer; on hold needs a custom status with "SLA timer on hold"' }));
  const key = keyOf('sla_policy', policy.name);
  const payload: JsonObject = { name: policy.name, description: withMarker(`Response targets from supportops SLA policy ${policy.name}.`, key), active: true, sla_target, applicable_to: { sources: applicable } };
  return { type: 'sla_policy', key, name: policy.name, payload, refs: {} };
}

export function freshdeskSlaObjects(view: PolicyView): { objects: DesiredObject[]; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  const objects = view.slaPolicies.filter((p) => p.channels.length > 0).flatMap((p) => slaObject(p, view, findings) ?? []);
  return { objects, findings };
}
