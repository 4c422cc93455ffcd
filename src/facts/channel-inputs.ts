/**
 * What capacity and the simulation both need per channel, computed once per check: the SLA
 * policy and its clock, demand per hour, the teams on their shifts and the queue staffing,
 * over the horizon plus a tail in which staff keep working (with no new arrivals) so the
 * last tickets are answered. Sharing this is most of what makes the facts cheap.
 */
import { indexClock, type ClockIndex, type ElapsedMinutes } from '../capacity/index.js';
import type { Entity, Model } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import type { Demand } from '../model/typed-specs.js';
import { DAY_MS, MINUTE_MS } from '../time/civil.js';
import { businessMsBetween, openIntervalsMs, type CompiledSchedule } from '../time/index.js';
import { Clocks } from './model-clocks.js';
import { arrivalsPerHour } from './demand.js';
import type { FactsCache } from './facts-cache.js';
import { TAIL_DAYS, type Horizon } from './horizon.js';
import { queueStaffing, staffingFor, type QueueStaffing, type TeamOnChannel } from './staffing.js';
import { TeamShifts } from './team-shifts.js';

export interface ChannelInputs {
  channel: Entity<'Channel'>;
  policy: Entity<'SlaPolicy'>;
  clock: CompiledSchedule;
  /** The SLA schedule's name, or null for calendar time. */
  clockName: string | null;
  demand: Demand;
  /** The horizon proper, and the horizon with its tail (what every series below covers). */
  horizon: Horizon;
  span: Horizon;
  staff: TeamOnChannel[];
  /** Expected arrivals in each hour of the span (none in the tail). */
  arrivals: Float64Array;
  queue: QueueStaffing;
  /** The run's cache (the load series reuse the demand's hours of the week). */
  cache: FactsCache;
  /** Open time of the SLA clock by hour of the span (also the simulation's clock). */
  clockIndex: ClockIndex;
  /** What the window before leaves this one, when the channel changes on a date (docs/effective-dates.md). */
  carried?: CarriedIn;
}

/**
 * The state a channel's previous window hands on at a dated change: the tickets still waiting
 * (the fluid backlog the capacity model starts with), and that window's last hours of arrivals
 * and staffing, on which the simulation warms up so its queue is not empty at the change.
 */
export interface CarriedIn {
  backlog: number;
  lead: { fromMs: number; arrivals: Float64Array; agents: Float64Array; availability: Float64Array };
}

/** What the channel inputs of one version are built from. */
export interface InputsOn {
  model: Model;
  clocks: Clocks;
  shifts: TeamShifts;
  horizon: Horizon;
  cache: FactsCache;
  /** Only these channels (all when left out). */
  only?: ReadonlySet<string>;
  /** By channel name: what the window before hands on. */
  carried?: ReadonlyMap<string, CarriedIn>;
}

/** Channels with an SLA policy whose clock compiles, demand, and a team that takes first responses. */
export function feasibilityInputs(on: InputsOn): ChannelInputs[] {
  const { model, clocks, horizon, cache, only } = on;
  const span: Horizon = { ...horizon, days: horizon.days + TAIL_DAYS, toMs: horizon.toMs + TAIL_DAYS * DAY_MS };
  // Several channels usually share an SLA schedule: index each clock once.
  const indexes = new Map<CompiledSchedule, ClockIndex>();
  // Calendar time too, though it needs no index: one clock class keeps the simulation's calls uniform.
  const indexOf = (clock: CompiledSchedule): ClockIndex => {
    let index = indexes.get(clock);
    if (!index) {
      const outside: ElapsedMinutes = (a, b) => businessMsBetween(clock, a, b) / MINUTE_MS;
      index = indexClock(openIntervalsMs(clock, span.fromMs, span.toMs), span.fromMs, span.toMs, outside);
      indexes.set(clock, index);
    }
    return index;
  };
  const channels: ChannelInputs[] = [];
  for (const channel of model.channels) {
    if (only && !only.has(channel.name)) continue;
    const policy = slaPolicyOf(model, channel);
    const clock = policy ? clocks.sla(policy) : undefined;
    const demand = channel.spec.demand;
    if (!policy || !clock || !demand) continue;
    const staff = staffingFor(model, channel, on.shifts, span, horizon.days);
    if (staff.length === 0) continue;
    const arrivals = arrivalsPerHour(channel, span, cache).fill(0, horizon.days * 24);
    const clockIndex = indexOf(clock);
    const carried = on.carried?.get(channel.name);
    channels.push({
      channel, policy, clock, clockName: policy.spec.clock === 'calendar' ? null : (policy.spec.schedule ?? null), demand, horizon, span, staff, arrivals,
      queue: queueStaffing(staff, arrivals.length), clockIndex, cache, ...(carried ? { carried } : {}),
    });
  }
  return channels;
}

/** The channel inputs of one version of the policies, held on every date (no dated revisions read). */
export function versionInputs(model: Model, horizon: Horizon, cache: FactsCache): ChannelInputs[] {
  const clocks = new Clocks(model);
  const shifts = new TeamShifts([{ fromMs: horizon.fromMs, toMs: horizon.toMs, model, clocks }]);
  return feasibilityInputs({ model, clocks, shifts, horizon, cache });
}
