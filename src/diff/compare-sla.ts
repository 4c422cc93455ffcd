/** Response-time promises per channel × tier × metric: tightened, loosened, added or dropped. */
import { cmp } from '../values/order.js';
import type { Entity, Model } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import type { Tier } from '../model/typed-specs.js';
import { formatDuration, type Duration } from '../values/durations.js';
import type { ParsedTarget } from '../values/targets.js';
import type { Change } from './change.js';
import { common } from './renames.js';

/** Each metric a tier can promise, read as a target (a resolution percentile is its share of tickets within its time). */
const METRICS: { label: string; read: (t: Tier) => ParsedTarget | undefined }[] = [
  { label: 'acknowledge', read: (t) => t.acknowledge },
  { label: 'first response', read: (t) => t.firstResponse },
  { label: 'next response', read: (t) => t.nextResponse },
  { label: 'median resolution', read: (t) => percentile(t.resolution?.median, 0.5) },
  { label: 'p90 resolution', read: (t) => percentile(t.resolution?.p90, 0.9) },
];

function percentile(duration: Duration | undefined, share: number): ParsedTarget | undefined {
  return duration ? { seconds: duration.seconds, share, text: duration.text } : undefined;
}

/** How a channel's promises are counted, in words: "business hours of support-hours" or "calendar time". */
function clockOf(policy: Entity<'SlaPolicy'>): string {
  return policy.spec.clock === 'calendar' ? 'calendar time (24/7)' : `business hours of '${policy.spec.schedule ?? '?'}'`;
}

function usersOf(model: Model, policy: string): string[] {
  return model.channels.filter((c) => c.spec.slaPolicy === policy).map((c) => c.name);
}

/**
 * One change per SLA policy × tier × metric, naming the channels that publish it; a channel
 * that switches to another policy is compared old policy against new, for that channel.
 */
export function compareSla(base: Model, head: Model): Change[] {
  const changes: Change[] = [];
  for (const [before, after] of common(base, head, 'SlaPolicy')) {
    const channels = usersOf(head, after.name).filter((c) => usersOf(base, after.name).includes(c));
    comparePolicies(before, after, after.name, channels, changes);
  }
  for (const channel of head.channels) {
    const old = base.find('Channel', channel.name);
    if (!old || old.spec.slaPolicy === channel.spec.slaPolicy) continue;
    const before = slaPolicyOf(base, old);
    const after = slaPolicyOf(head, channel);
    if (before && after) comparePolicies(before, after, `${channel.name} (${before.name} → ${after.name})`, [channel.name], changes);
  }
  return changes;
}

/** `on`: the channels in words ("'email', 'web-form'"), or the policy when no channel uses it. */
interface Scope {
  label: string;
  channels: string[];
  on: string;
}

function clockChange(before: Entity<'SlaPolicy'>, after: Entity<'SlaPolicy'>, { label, channels, on }: Scope): Change | undefined {
  if (clockOf(before) === clockOf(after)) return undefined;
  const loosened = before.spec.clock === 'calendar' && after.spec.clock === 'business';
  return {
    category: 'sla', severity: loosened ? 'breaking' : 'notable', subject: `${label} › clock`, before: clockOf(before), after: clockOf(after), channels,
    message: loosened ? `Targets on ${on} now pause outside business hours, so customers wait longer in real time.` : `Targets on ${on} are now counted on a different clock.`,
  };
}

const PAUSED = [
  { key: 'firstResponse', label: 'first response' },
  { key: 'nextResponse', label: 'next response' },
  { key: 'resolution', label: 'resolution' },
] as const;

/** A clock that now stops in a status it ran in (breaking: customers wait longer in real time), or runs where it stopped (info). */
function pauseChanges(before: Entity<'SlaPolicy'>, after: Entity<'SlaPolicy'>, { label, channels, on }: Scope): Change[] {
  return PAUSED.flatMap(({ key, label: metric }) => {
    const pb = before.spec.pausedWhile?.[key] ?? [];
    const pa = after.spec.pausedWhile?.[key] ?? [];
    const added = pa.filter((s) => !pb.includes(s));
    const dropped = pb.filter((s) => !pa.includes(s));
    if (added.length === 0 && dropped.length === 0) return [];
    const words = (list: readonly string[]) => (list.length ? `stops while ${list.join(' or ')}` : 'never stops');
    const message = added.length > 0
      ? `The ${metric} clock on ${on} now stops while a ticket is ${added.join(' or ')}, so customers wait longer in real time for the same promise.`
      : `The ${metric} clock on ${on} now runs while a ticket is ${dropped.join(' or ')}.`;
    return [{ category: 'sla' as const, severity: added.length > 0 ? ('breaking' as const) : ('info' as const), subject: `${label} › paused while › ${metric}`, before: words(pb), after: words(pa), channels, message }];
  });
}

/** One metric of one tier: dropped (breaking), added (info), slower (breaking) or faster (info). */
function metricChange(metric: string, tier: string, pb: ParsedTarget | undefined, pa: ParsedTarget | undefined, { label, channels, on }: Scope): Change | undefined {
  const subject = `${label} › ${tier} › ${metric}`;
  const promises = `promise${channels.length === 1 ? 's' : ''} a ${metric} time for ${tier} tickets`;
  if (pb && !pa) return { category: 'sla', severity: 'breaking', subject, before: pb.text, after: 'no promise', channels, tiers: [tier], message: `${on} no longer ${promises}.` };
  if (!pb && pa) return { category: 'sla', severity: 'info', subject, before: 'no promise', after: pa.text, channels, tiers: [tier], message: `${on} now ${promises}.` };
  if (!pb || !pa || (pb.seconds === pa.seconds && pb.share === pa.share)) return undefined;
  const slower = pa.seconds > pb.seconds || pa.share < pb.share;
  const faster = pa.seconds < pb.seconds || pa.share > pb.share;
  return {
    category: 'sla', severity: slower ? 'breaking' : 'info', subject, before: pb.text, after: pa.text, channels, tiers: [tier],
    message: slower && faster
      ? `The ${metric} promise for ${tier} on ${on} changed shape (${formatDuration(pb.seconds)} → ${formatDuration(pa.seconds)}); some customers wait longer.`
      : slower ? `Customers of ${on} wait longer for a ${metric} on ${tier} tickets.` : `Customers of ${on} get a faster ${metric} on ${tier} tickets.`,
  };
}

function comparePolicies(before: Entity<'SlaPolicy'>, after: Entity<'SlaPolicy'>, label: string, channels: string[], changes: Change[]): void {
  const scope: Scope = { label, channels, on: channels.length ? channels.map((c) => `'${c}'`).join(', ') : `policy '${after.name}' (no channel uses it)` };
  const clock = clockChange(before, after, scope);
  if (clock) changes.push(clock);
  changes.push(...pauseChanges(before, after, scope));
  const tiersBefore = new Map(before.spec.tiers.map((t) => [t.name, t]));
  const tiersAfter = new Map(after.spec.tiers.map((t) => [t.name, t]));
  for (const tier of [...new Set([...tiersBefore.keys(), ...tiersAfter.keys()])].sort(cmp)) {
    const tb = tiersBefore.get(tier);
    const ta = tiersAfter.get(tier);
    for (const metric of METRICS) {
      const change = metricChange(metric.label, tier, tb ? metric.read(tb) : undefined, ta ? metric.read(ta) : undefined, scope);
      if (change) changes.push(change);
    }
  }
}
