/**
 * Staffing against demand hour by hour over one representative week, on real dates: the week
 * itself (the first Monday-to-Sunday week from --as-of with no holidays, date overrides or
 * clock changes for any team), each team's headcount on shift per hour in its own zone and in
 * UTC, and per channel the demand, the first responders and the minutes of each UTC hour in
 * which nobody is on shift while the promise's clock runs. Unrounded: the report rounds.
 */
import type { Model } from '../model/model.js';
import { slaPolicyOf, teamsServing } from '../model/queries.js';
import { DAY_MS, formatDay, HOUR_MS, MINUTE_MS, parseDay, weekdayOf } from '../time/civil.js';
import { businessMsBetween, gaps, intersectIntervals, openIntervalsMs, unionIntervals } from '../time/index.js';
import { getZone, isValidTimeZone } from '../time/zone.js';
import { Clocks } from './model-clocks.js';
import { arrivalsPerHour } from './demand.js';
import { horizonFrom } from './horizon.js';
import { firstResponders } from './staffing.js';

export const HOURS_PER_WEEK = 168;
/** How many weeks ahead to look for one without holidays, overrides or clock changes. */
const SEARCH_WEEKS = 53;

export interface StaffingWeekDates {
  /** The Monday the week starts on and the Sunday it ends on, YYYY-MM-DD. */
  from: string;
  to: string;
  /** False when every week of the next year has a holiday, override or clock change (the first week is used). */
  quiet: boolean;
}

export interface TeamWeek {
  team: string;
  schedule: string;
  timeZone: string;
  headcount: number;
  /** Headcount × the open share of each local hour of the week, Monday 00:00 local first (168). */
  hours: number[];
  /** The same per UTC hour, Monday 00:00 UTC first (168). */
  hoursUtc: number[];
}

export interface ChannelWeek {
  channel: string;
  /** The SLA schedule's name, 'calendar', or null without an SLA policy (or a business clock without a schedule). */
  promiseClock: string | null;
  /** Expected arrivals per UTC hour (168), or null when the channel states no demand. */
  demand: number[] | null;
  firstResponders: string[];
  teams: string[];
  /** Minutes of each UTC hour (168) with nobody on shift while the promise's clock runs. */
  uncoveredMinutes: number[];
}

export interface StaffingWeek {
  week: StaffingWeekDates;
  /** Monday 00:00 UTC of the week and the next Monday, epoch ms. */
  fromMs: number;
  toMs: number;
  /** Teams whose schedule is missing or cannot be compiled are left out (their own rules report why). */
  teams: TeamWeek[];
  /** Channels with a team answering them or stated demand. */
  channels: ChannelWeek[];
  /** Teams that answer no channel. */
  otherTeams: string[];
}

/** Whether nothing unusual happens to any team's schedule in the week starting on this Monday. */
function isQuiet(model: Model, monday: number): boolean {
  // The UTC week reaches into the local dates either side of it (Sunday in Singapore, Monday in New York).
  const dates = new Set(Array.from({ length: 9 }, (_, i) => formatDay(monday - 1 + i)));
  for (const team of model.teams) {
    const schedule = model.find('Schedule', team.spec.schedule);
    if (!schedule || !isValidTimeZone(schedule.spec.timeZone)) continue;
    if ([...(schedule.spec.holidays ?? []), ...(schedule.spec.overrides ?? [])].some((d) => dates.has(d.date))) return false;
    const zone = getZone(schedule.spec.timeZone);
    if (zone.transitionsBetween(monday * DAY_MS - DAY_MS, (monday + 8) * DAY_MS).length > 0) return false;
  }
  return true;
}

/** The first Monday-to-Sunday week from asOf with no holidays, date overrides or clock changes for any team. */
export function representativeWeek(model: Model, asOf: string): StaffingWeekDates {
  const start = parseDay(asOf)!;
  const firstMonday = start + ((7 - weekdayOf(start)) % 7);
  const found = Array.from({ length: SEARCH_WEEKS }, (_, i) => firstMonday + 7 * i).find((m) => isQuiet(model, m));
  const monday = found ?? firstMonday;
  return { from: formatDay(monday), to: formatDay(monday + 6), quiet: found !== undefined };
}

function teamWeeks(model: Model, week: StaffingWeekDates, clocks: Clocks): TeamWeek[] {
  // Monday 00:00 of the week: as a wall-clock reading in each team's zone, and as a UTC instant.
  const monday = parseDay(week.from)! * DAY_MS;
  return model.teams.flatMap((team) => {
    const clock = clocks.schedule(team.spec.schedule);
    if (!clock) return [];
    const zone = getZone(clock.timeZone);
    const staffed = (a: number, b: number) => (team.spec.headcount * businessMsBetween(clock, a, b)) / HOUR_MS;
    const byHour = (from: (k: number) => number) => Array.from({ length: HOURS_PER_WEEK }, (_, k) => staffed(from(k), from(k + 1)));
    return [{
      team: team.name, schedule: team.spec.schedule, timeZone: clock.timeZone, headcount: team.spec.headcount,
      hours: byHour((k) => zone.fromLocalMs(monday + k * HOUR_MS)), hoursUtc: byHour((k) => monday + k * HOUR_MS),
    }];
  });
}

/** Open minutes of [from, to) pairs within each hour from `start`. */
function minutesPerHour(intervals: ArrayLike<number>, start: number): number[] {
  const out = Array<number>(HOURS_PER_WEEK).fill(0);
  for (let i = 0; i + 1 < intervals.length; i += 2) {
    const a = intervals[i]!;
    const b = intervals[i + 1]!;
    for (let h = Math.floor((a - start) / HOUR_MS); h < HOURS_PER_WEEK && start + h * HOUR_MS < b; h++) {
      const from = Math.max(a, start + h * HOUR_MS);
      const to = Math.min(b, start + (h + 1) * HOUR_MS);
      if (h >= 0 && to > from) out[h]! += (to - from) / MINUTE_MS;
    }
  }
  return out;
}

function channelWeeks(model: Model, week: StaffingWeekDates, clocks: Clocks): ChannelWeek[] {
  const horizon = horizonFrom(week.from, 7);
  const start = horizon.fromMs;
  return model.channels.flatMap((channel) => {
    const serving = teamsServing(model, channel.name).map((t) => t.name);
    if (serving.length === 0 && !channel.spec.demand) return [];
    const responders = firstResponders(model, channel.name);
    const shifts = responders.flatMap((t) => clocks.schedule(t.spec.schedule) ?? []);
    const covered = unionIntervals(shifts.map((c) => openIntervalsMs(c, start, horizon.toMs)));
    const policy = slaPolicyOf(model, channel);
    const promise = policy ? clocks.sla(policy) : undefined;
    // Nobody on shift while the promise's clock runs: the wait customers see (as coverage counts it).
    const uncovered = promise ? intersectIntervals(gaps(covered, start, horizon.toMs), openIntervalsMs(promise, start, horizon.toMs)) : new Float64Array(0);
    return [{
      channel: channel.name,
      promiseClock: !policy ? null : policy.spec.clock === 'calendar' ? 'calendar' : (policy.spec.schedule ?? null),
      demand: channel.spec.demand ? Array.from(arrivalsPerHour(channel, horizon)) : null,
      firstResponders: responders.map((t) => t.name),
      teams: serving,
      uncoveredMinutes: minutesPerHour(uncovered, start),
    }];
  });
}

/** The representative week from asOf, with every team's and channel's hours in it. */
export function staffingWeek(model: Model, asOf: string): StaffingWeek {
  const week = representativeWeek(model, asOf);
  // One set of compiled schedules for the team rows and the channel rows.
  const clocks = new Clocks(model);
  const onChannels = new Set(model.channels.flatMap((c) => teamsServing(model, c.name).map((t) => t.name)));
  const horizon = horizonFrom(week.from, 7);
  return {
    week,
    fromMs: horizon.fromMs,
    toMs: horizon.toMs,
    teams: teamWeeks(model, week, clocks),
    channels: channelWeeks(model, week, clocks),
    otherTeams: model.teams.filter((t) => !onChannels.has(t.name)).map((t) => t.name),
  };
}
