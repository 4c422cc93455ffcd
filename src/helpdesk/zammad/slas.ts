/**
 * SLA policies as Zammad SLAs, one per tier: first response, update (next response) and solution
 * (the resolution's 90th percentile) in minutes of a calendar, selected by priority (1 low,
 * 2 normal, 3 high: Zammad's stock priorities) and by the article type the ticket was created
 * with (db/seeds/ticket_article_types.rb).
 */
import type { ChannelView, PolicyView, SlaView, TierView } from '../policy-view.js';
import type { DesiredObject, JsonObject, MappingFinding } from '../target.js';
import { keyOf } from '../marker.js';
import { assignPriorities, prioritiesOf } from '../priorities.js';
import { convertTarget, resolutionTarget } from '../lossy-targets.js';
import { pauseFindings } from '../paused-clocks.js';
import { AROUND_THE_CLOCK } from './calendars.js';

export const ARTICLE_TYPE_BY_MEDIUM: Readonly<Record<string, number>> = { email: 1, chat: 3, phone: 5, 'web-form': 11 };
export const MEDIUM_BY_ARTICLE_TYPE: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(ARTICLE_TYPE_BY_MEDIUM).map(([m, t]) => [t, m]));
export const ZAMMAD_PRIORITIES = [3, 2, 1] as const;
export const ZAMMAD_PRIORITY_WORDS: Readonly<Record<number, string>> = { 3: 'high', 2: 'normal', 1: 'low' };
const PRODUCT = 'Zammad';

export function articleTypes(channels: readonly ChannelView[], findings: MappingFinding[]): number[] {
  const found = new Set<number>();
  for (const c of channels) {
    const type = ARTICLE_TYPE_BY_MEDIUM[c.medium];
    if (type !== undefined) found.add(type);
    else findings.push({ ruleId: 'helpdesk-lossy', severity: 'warn', at: { ...c.at, pointer: `${c.at.pointer}/medium` }, message: `Zammad has no article type for the ${c.medium} channel '${c.name}' that supportops can select on, so the exported SLAs and auto-replies do not cover it. Add its article type by hand in Zammad.` });
  }
  return [...found].sort((a, b) => a - b);
}

function minutes(target: TierView['firstResponse'] | null, field: string, policy: SlaView, tier: TierView, findings: MappingFinding[]): number | null {
  if (!target) return null;
  const converted = convertTarget(target, 60, { product: PRODUCT, field, policy, tier });
  findings.push(...converted.findings);
  return converted.value;
}

function tierSla(policy: SlaView, tier: TierView, priorities: number[], types: number[], findings: MappingFinding[]): DesiredObject {
  const resolution = resolutionTarget(tier, policy, PRODUCT);
  findings.push(...resolution.findings);
  if (tier.acknowledge) findings.push({ ruleId: 'helpdesk-lossy', severity: 'info', at: tier.acknowledge.at, message: `Zammad SLAs have no acknowledgement time: the acknowledge target of tier '${tier.name}' (${tier.acknowledge.text}) is kept by the auto-reply trigger, which answers at once.` });
  const name = `${policy.name} (${tier.name})`;
  const condition: JsonObject = {
    'ticket.priority_id': { operator: 'is', value: priorities.map(String) },
    'ticket.create_article_type_id': { operator: 'is', value: types.map(String) },
  };
  const payload: JsonObject = {
    name,
    first_response_time: minutes(tier.firstResponse, 'first response', policy, tier, findings),
    update_time: minutes(tier.nextResponse, 'next response', policy, tier, findings),
    solution_time: minutes(resolution.target, 'resolution', policy, tier, findings),
    condition,
  };
  const calendar = policy.clock === 'business' && policy.schedule ? policy.schedule : AROUND_THE_CLOCK;
  return { type: 'sla', key: keyOf('sla', name), name, payload, refs: { calendar_id: keyOf('calendar', calendar) } };
}

export function slaObjects(view: PolicyView): { objects: DesiredObject[]; findings: MappingFinding[]; aroundTheClock: boolean } {
  const findings: MappingFinding[] = [];
  const objects: DesiredObject[] = [];
  for (const policy of view.slaPolicies.filter((p) => p.channels.length > 0)) {
    const types = articleTypes(view.channels.filter((c) => policy.channels.includes(c.name)), findings);
    if (types.length === 0) {
      findings.push({ ruleId: 'helpdesk-unsupported', severity: 'warn', at: policy.at, message: `SLA policy '${policy.name}' has no channel Zammad can select, so it is not exported: without a condition it would apply to every ticket.` });
      continue;
    }
    const { assigned, findings: more } = assignPriorities(policy, ZAMMAD_PRIORITIES, PRODUCT, (p) => ZAMMAD_PRIORITY_WORDS[p]!);
    findings.push(...more);
    // Zammad's pending states stop every escalation clock; it has no on-hold state.
    const pending = 'its pending states stop every escalation';
    findings.push(...pauseFindings(policy, PRODUCT, { firstResponse: ['pending'], nextResponse: ['pending'], resolution: ['pending'] }, { firstResponse: pending, nextResponse: pending, resolution: pending }));
    for (const tier of policy.tiers) {
      const priorities = prioritiesOf(assigned, tier);
      if (priorities.length > 0) objects.push(tierSla(policy, tier, priorities, types, findings));
    }
  }
  return { objects, findings, aroundTheClock: objects.some((o) => o.refs.calendar_id === keyOf('calendar', AROUND_THE_CLOCK)) };
}
