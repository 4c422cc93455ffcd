/**
 * Staffing on real dates. A team that answers several channels splits its capacity between
 * them in proportion to their volume. Only generalist teams (no `tags` filter) take first
 * responses, as in coverage; a channel with only specialists counts its specialists.
 *
 * One rule turns people into capacity everywhere (src/capacity/README.md, "Staffing"): the
 * people on shift × the channel's share × an availability that folds in shrinkage (and, on
 * async channels, planned occupancy). The fluid backlog uses it as tickets per hour; Erlang C
 * and the simulation keep whole people as servers and slow them by the same availability.
 */
import type { Entity, Model } from '../model/model.js';
import { teamsServing } from '../model/queries.js';
import type { Horizon } from './horizon.js';
import type { TeamShifts } from './team-shifts.js';

export interface TeamOnChannel {
  team: Entity<'Team'>;
  /** This channel's share of the team's time. */
  share: number;
  /** People on shift in each hour of the span (fractions where a shift starts mid-hour). */
  onShift: Float64Array;
  /** Tickets one on-shift person clears per hour, after shrinkage and occupancy (the fluid model). */
  ticketsPerAgentHour: number;
  /** Mean handling time per ticket, seconds. */
  ahtSeconds: number;
  /** Items one person handles at once. */
  concurrency: number;
  /**
   * Share of an on-shift person's time spent answering in the queue models: 1 − shrinkage,
   * × planned occupancy on async channels (Erlang C leaves occupancy to the queue). 1 for
   * `ticketsPerAgentPerDay`, which already counts breaks and other work.
   */
  availability: number;
}

export function firstResponders(model: Model, channel: string): Entity<'Team'>[] {
  const serving = teamsServing(model, channel).filter((t) => t.spec.headcount > 0);
  const generalists = serving.filter((t) => !t.spec.tags);
  return generalists.length ? generalists : serving;
}

/** The teams answering a channel over `span`; `days` is the horizon proper, for the working-day length. */
export function staffingFor(model: Model, channel: Entity<'Channel'>, shifts: TeamShifts, span: Horizon, days: number): TeamOnChannel[] {
  const volume = (name: string) => model.find('Channel', name)?.spec.demand?.ticketsPerDay ?? 0;
  const result: TeamOnChannel[] = [];
  for (const team of firstResponders(model, channel.name)) {
    const { handleTime, ticketsPerAgentPerDay, shrinkage, occupancy } = team.spec;
    if (handleTime === undefined && ticketsPerAgentPerDay === undefined) continue; // team-productivity reports it
    const total = team.spec.channels.filter((c) => firstResponders(model, c).includes(team)).reduce((s, c) => s + volume(c), 0);
    const share = total > 0 ? volume(channel.name) / total : 1 / team.spec.channels.length;
    const hours = shifts.onShift(team.name, span);
    if (handleTime !== undefined) {
      const ahtSeconds = handleTime.seconds;
      // A chat agent holds several conversations at once: throughput scales with concurrency.
      const concurrency = team.spec.concurrency ?? 1;
      const planned = (1 - shrinkage.share) * occupancy.share;
      const availability = channel.spec.mode === 'async' ? planned : 1 - shrinkage.share;
      result.push({ team, share, onShift: hours, ticketsPerAgentHour: (planned * 3600 * concurrency) / ahtSeconds, ahtSeconds, concurrency, availability });
    } else {
      // "30 tickets a day" already includes breaks and other work: spread it over a working day's shift.
      const workingDays = new Set<number>();
      let personHours = 0;
      for (let h = 0; h < days * 24; h++) {
        if (hours[h]! > 0) workingDays.add(Math.floor(h / 24));
        personHours += hours[h]!;
      }
      const hoursPerDay = workingDays.size ? personHours / team.spec.headcount / workingDays.size : 8;
      const ticketsPerAgentHour = ticketsPerAgentPerDay! / hoursPerDay;
      result.push({ team, share, onShift: hours, ticketsPerAgentHour, ahtSeconds: 3600 / ticketsPerAgentHour, concurrency: 1, availability: 1 });
    }
  }
  return result;
}

/** Staffing by hour: the fluid capacity and, for the queue models, whole agents (the one rule above). */
export interface QueueStaffing {
  /**
   * Handling time of one item in the pool: the fastest team's. Slower teams' people answer for
   * less of the hour instead, so no one is ever worth more than one pooled agent and the agents
   * are the people on shift, whatever the handle times (a share-weighted mean let one fast
   * person count as millions of agents when another team's handle time was huge).
   */
  ahtSeconds: number;
  /** Items one agent holds at once: the largest among the teams, rounded up to whole slots. */
  concurrency: number;
  /** People on shift for this channel in each hour: each team's people × its share. */
  present: Float64Array;
  /** Tickets the people on shift clear in each hour (the fluid model). */
  capacity: Float64Array;
  /**
   * People answering in each hour: `present` rounded up to whole people, or more where faster
   * teams are worth more than one pooled agent each (so availability stays at most 1).
   */
  agents: Float64Array;
  /**
   * Share of those agents' time spent answering, in (0, 1]: availability, part-hours and the
   * rounding up folded in, so agents × availability × rate is the queue capacity of the hour.
   */
  availability: Float64Array;
}

export function queueStaffing(staff: TeamOnChannel[], hours: number): QueueStaffing {
  const ahtSeconds = Math.min(...staff.map((t) => t.ahtSeconds));
  // Slots are whole (2.5 chats at once is 3 slots at 5/6 of the pace): the fraction goes into availability.
  const concurrency = Math.ceil(Math.max(...staff.map((t) => t.concurrency)) - 1e-9);
  const present = new Float64Array(hours);
  const capacity = new Float64Array(hours);
  const effective = new Float64Array(hours);
  // Team by team, then hour by hour: one simple loop V8 optimises once, shared by every series.
  for (const t of staff) {
    const people = t.onShift;
    const share = t.share;
    const perHour = share * t.ticketsPerAgentHour;
    // Fully available pool agents one on-shift person of this team is worth.
    const worth = (share * t.availability * t.concurrency * ahtSeconds) / (t.ahtSeconds * concurrency);
    for (let h = 0; h < hours; h++) {
      const p = people[h]!;
      present[h]! += p * share;
      capacity[h]! += p * perHour;
      effective[h]! += p * worth;
    }
  }
  // Whole numbers, in a float array: a count past 2³¹ must never wrap around to a negative one.
  const agents = new Float64Array(hours);
  const availability = new Float64Array(hours).fill(1);
  for (let h = 0; h < hours; h++) {
    const e = effective[h]!;
    if (!(e > 1e-9)) continue; // a billionth of a person on shift is float dust, not an agent
    // The slack keeps 3 × 1.0 from becoming 4 people through float noise.
    const n = Math.max(Math.ceil(present[h]! - 1e-9), Math.ceil(e - 1e-9), 1);
    agents[h] = n;
    availability[h] = Math.min(1, e / n);
  }
  return { ahtSeconds, concurrency, present, capacity, agents, availability };
}
