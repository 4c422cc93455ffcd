/**
 * Staffed against demand, per channel and hour of the representative week, all on one clock
 * (UTC), so follow-the-sun teams line up where they really meet and the hours nobody covers
 * show. Each channel gets its demand (tickets per hour, from its arrival profile), the people
 * on shift who take first replies (the same teams coverage and capacity count), and the
 * minutes of each hour in which nobody is on shift while the promise's clock runs.
 */
import type { Model } from '../../model/model.js';
import { slaPolicyOf, teamsServing } from '../../model/queries.js';
import type { Clocks } from '../../feasibility/clocks.js';
import { arrivalsPerHour } from '../../feasibility/demand.js';
import { horizonFrom } from '../../feasibility/horizon.js';
import { firstResponders } from '../../feasibility/staffing.js';
import { HOUR_MS, MINUTE_MS } from '../../time/civil.js';
import { gaps, intersectIntervals, openIntervalsMs, unionIntervals } from '../../time/index.js';
import { round } from './numbers.js';
import { HOURS_PER_WEEK as HOURS } from './shape-hours.js';
import type { FeasibilityReport, TeamHours } from './shape.js';

type Heatmap = FeasibilityReport['heatmap'];

/** Open minutes of [from, to) pairs within each hour from `start`. */
function minutesPerHour(intervals: ArrayLike<number>, start: number): number[] {
  const out = Array<number>(HOURS).fill(0);
  for (let i = 0; i + 1 < intervals.length; i += 2) {
    const a = intervals[i]!;
    const b = intervals[i + 1]!;
    for (let h = Math.floor((a - start) / HOUR_MS); h < HOURS && start + h * HOUR_MS < b; h++) {
      const from = Math.max(a, start + h * HOUR_MS);
      const to = Math.min(b, start + (h + 1) * HOUR_MS);
      if (h >= 0 && to > from) out[h]! += (to - from) / MINUTE_MS;
    }
  }
  return out.map(round);
}

/** `teams` gives each team's UTC hours (teams without a usable schedule are absent: nobody on shift). */
export function channelHours(model: Model, week: FeasibilityReport['week'], teams: readonly TeamHours[], clocks: Clocks): Heatmap {
  const horizon = horizonFrom(week.from, 7);
  const start = horizon.fromMs;
  const utc = new Map(teams.map((t) => [t.team, t.hoursUtc]));
  const servingOf = new Map(model.channels.map((c) => [c.name, teamsServing(model, c.name).map((t) => t.name)]));
  const channels = model.channels.flatMap((channel) => {
    const serving = servingOf.get(channel.name)!;
    if (serving.length === 0 && !channel.spec.demand) return [];
    const responders = firstResponders(model, channel.name);
    const shifts = responders.flatMap((t) => clocks.schedule(t.spec.schedule) ?? []);
    const covered = unionIntervals(shifts.map((c) => openIntervalsMs(c, start, horizon.toMs)));
    const staffed = Array.from({ length: HOURS }, (_, k) => round(responders.reduce((sum, t) => sum + (utc.get(t.name)?.[k] ?? 0), 0)));
    const policy = slaPolicyOf(model, channel);
    const promise = policy ? clocks.sla(policy) : undefined;
    // Nobody on shift while the promise's clock runs: the wait customers see (as coverage counts it).
    const uncovered = promise ? intersectIntervals(gaps(covered, start, horizon.toMs), openIntervalsMs(promise, start, horizon.toMs)) : new Float64Array(0);
    return [{
      channel: channel.name,
      promiseClock: !policy ? null : policy.spec.clock === 'calendar' ? 'calendar' : (policy.spec.schedule ?? null),
      demand: channel.spec.demand ? Array.from(arrivalsPerHour(channel, horizon), round) : null,
      firstResponders: responders.map((t) => t.name),
      teams: serving,
      staffed,
      uncoveredMinutes: minutesPerHour(uncovered, start),
    }];
  });
  const onChannels = new Set([...servingOf.values()].flat());
  return {
    timeZone: 'UTC',
    from: new Date(start).toISOString(),
    to: new Date(horizon.toMs).toISOString(),
    channels,
    otherTeams: model.teams.filter((t) => !onChannels.has(t.name)).map((t) => t.name),
  };
}
