/**
 * Capacity per channel before → after (renames followed): spare tickets a day, and whether
 * the staffing still keeps the channel's promises. A channel that starts failing one of the
 * capacity checks is notable (the check itself fails on it): its customers will wait longer than promised.
 */
import type { CapacityFact } from '../facts/capacity.js';
import { minutesText } from '../values/durations.js';
import type { Model } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import type { Change } from './change.js';
import { pairUp, renameLabel } from './renames.js';

/**
 * The capacity checks a fact fails, as the rules capacity-meets-demand and sync-service-level
 * judge them (they report located findings; the diff needs a verdict per version). One
 * difference: a backlog still not cleared at the end of the horizon fails here, while
 * capacity-meets-demand only reports it when demand also exceeds capacity.
 */
function capacityFailures(model: Model, fact: CapacityFact): string[] {
  if (fact.utilization > 1) return ['demand exceeds what the teams can clear'];
  const failures: string[] = [];
  const channel = model.find('Channel', fact.channel);
  const policy = channel && slaPolicyOf(model, channel);
  const slowest = policy ? [...policy.spec.tiers].sort((a, b) => b.priority - a.priority)[0] : undefined;
  if (fact.backlog && slowest) {
    const target = slowest.firstResponse.seconds / 60;
    const wait = fact.backlog.worstWaitMinutes;
    if (wait === null || wait > target) failures.push(`the backlog takes ${wait === null ? 'longer than the horizon' : minutesText(wait)} to clear, past the ${minutesText(target)} promised to '${slowest.name}'`);
  }
  if (fact.erlang && fact.erlang.shortHours > 0) failures.push(`${fact.erlang.shortHours} open hours have fewer agents than Erlang C requires`);
  return failures;
}

/** "120 of 217 a day (55%)"; utilisation is infinite when nobody is ever on shift. */
const text = (c: CapacityFact) => `${Math.round(c.demandPerDay)} of ${Math.round(c.capacityPerDay)} a day (${Number.isFinite(c.utilization) ? `${Math.round(c.utilization * 100)}%` : 'nobody on shift'})`;
const margin = (c: CapacityFact) => c.capacityPerDay - c.demandPerDay;

export function compareCapacity(base: { model: Model; facts: CapacityFact[] }, head: { model: Model; facts: CapacityFact[] }): Change[] {
  const changes: Change[] = [];
  const byChannel = (facts: CapacityFact[]) => new Map(facts.map((c) => [c.channel, c]));
  for (const { from, to, was, now } of pairUp(base.model, head.model, 'Channel', byChannel(base.facts), byChannel(head.facts))) {
    if (!now) continue;
    const failedBefore = capacityFailures(base.model, was);
    const failing = capacityFailures(head.model, now);
    const broken = failing.length > 0 && failedBefore.length === 0;
    const recovered = failing.length === 0 && failedBefore.length > 0;
    const delta = margin(now) - margin(was);
    // Small wobbles are noise to a reviewer: a point of utilisation, or a verdict that flips, is not.
    if (!broken && !recovered && Math.abs(now.utilization - was.utilization) < 0.01) continue;
    const rounded = Math.round(delta);
    const spare = rounded < 0 ? `'${to}' has ${-rounded} fewer tickets a day of spare capacity` : rounded > 0 ? `'${to}' gains ${rounded} tickets a day of spare capacity` : `'${to}' keeps about the same spare capacity`;
    changes.push({
      category: 'feasibility', severity: broken || delta < 0 ? 'notable' : 'info', subject: `channel ${renameLabel(from, to)} › capacity`, before: text(was), after: text(now), channels: [to],
      message: broken ? `${spare}: ${failing.join('; ')}, so its promises can no longer be kept.` : recovered ? `${spare}: the staffing keeps its promises again.` : `${spare}.`,
    });
  }
  return changes;
}
