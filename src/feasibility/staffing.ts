/**
 * Staffing on real dates. A team that answers several channels splits its capacity between
 * them in proportion to their volume. Only generalist teams (no `tags` filter) take first
 * responses, as in coverage; a channel with only specialists counts its specialists.
 */
import { durationSeconds, percent } from '../model/values.js';
import type { Entity, Model } from '../model/model.js';
import { teamsServing } from '../model/queries.js';
import { HOUR_MS } from '../time/civil.js';
import { openIntervalsMs } from '../time/index.js';
import type { Clocks } from './clocks.js';
import { hoursIn } from './demand.js';
import type { Horizon } from './horizon.js';

export interface TeamOnChannel {
  team: Entity<'Team'>;
  /** This channel's share of the team's time. */
  share: number;
  /** People on shift in each hour of the horizon (fractions where a shift starts mid-hour). */
  onShift: Float64Array;
  /** Tickets one on-shift person clears per hour, after shrinkage and occupancy. */
  ticketsPerAgentHour: number;
  /** Mean handling time per ticket, seconds. */
  ahtSeconds: number;
}

export function firstResponders(model: Model, channel: string): Entity<'Team'>[] {
  const serving = teamsServing(model, channel).filter((t) => t.spec.headcount > 0);
  const generalists = serving.filter((t) => !t.spec.tags);
  return generalists.length ? generalists : serving;
}

/** Per team and horizon: several channels share a team, and its shifts are the same for each. */
const shiftCache = new WeakMap<Entity<'Team'>, Map<string, Float64Array>>();

function onShift(team: Entity<'Team'>, clocks: Clocks, horizon: Horizon): Float64Array {
  const key = `${horizon.fromMs}-${horizon.toMs}`;
  const cached = shiftCache.get(team)?.get(key);
  if (cached) return cached;
  const hours = computeOnShift(team, clocks, horizon);
  shiftCache.set(team, (shiftCache.get(team) ?? new Map<string, Float64Array>()).set(key, hours));
  return hours;
}

function computeOnShift(team: Entity<'Team'>, clocks: Clocks, horizon: Horizon): Float64Array {
  const hours = new Float64Array(hoursIn(horizon));
  const clock = clocks.schedule(team.spec.schedule);
  if (!clock) return hours;
  const open = openIntervalsMs(clock, horizon.fromMs, horizon.toMs);
  for (let i = 0; i < open.length; i += 2) {
    const start = open[i]!;
    const end = open[i + 1]!;
    for (let h = Math.floor((start - horizon.fromMs) / HOUR_MS); h * HOUR_MS + horizon.fromMs < end && h < hours.length; h++) {
      const from = Math.max(start, horizon.fromMs + h * HOUR_MS);
      const to = Math.min(end, horizon.fromMs + (h + 1) * HOUR_MS);
      hours[h]! += ((to - from) / HOUR_MS) * team.spec.headcount;
    }
  }
  return hours;
}

export function staffingFor(model: Model, channel: Entity<'Channel'>, clocks: Clocks, horizon: Horizon): TeamOnChannel[] {
  const volume = (name: string) => model.find('Channel', name)?.spec.demand?.ticketsPerDay ?? 0;
  const result: TeamOnChannel[] = [];
  for (const team of firstResponders(model, channel.name)) {
    const { handleTime, ticketsPerAgentPerDay, shrinkage, occupancy } = team.spec;
    if (handleTime === undefined && ticketsPerAgentPerDay === undefined) continue; // team-productivity reports it
    const total = team.spec.channels.filter((c) => firstResponders(model, c).includes(team)).reduce((s, c) => s + volume(c), 0);
    const share = total > 0 ? volume(channel.name) / total : 1 / team.spec.channels.length;
    const hours = onShift(team, clocks, horizon);
    let ticketsPerAgentHour: number;
    let ahtSeconds: number;
    if (handleTime !== undefined) {
      ahtSeconds = durationSeconds(handleTime);
      // A chat agent holds several conversations at once: throughput scales with concurrency.
      ticketsPerAgentHour = ((1 - percent(shrinkage)) * percent(occupancy) * 3600 * (team.spec.concurrency ?? 1)) / ahtSeconds;
    } else {
      // "30 tickets a day" already includes breaks and other work: spread it over a working day's shift.
      const workingDays = new Set<number>();
      let personHours = 0;
      hours.forEach((v, h) => {
        if (v > 0) workingDays.add(Math.floor(h / 24));
        personHours += v;
      });
      const hoursPerDay = workingDays.size ? personHours / team.spec.headcount / workingDays.size : 8;
      ticketsPerAgentHour = ticketsPerAgentPerDay! / hoursPerDay;
      ahtSeconds = 3600 / ticketsPerAgentHour;
    }
    result.push({ team, share, onShift: hours, ticketsPerAgentHour, ahtSeconds });
  }
  return result;
}
