/**
 * Capacity per channel over the horizon: demand against what the staff on their real shifts
 * can clear. Async channels: tickets per day, the backlog carried over closed hours and
 * drained first-in-first-out, and the worst first response in the SLA's clock. Sync channels:
 * Erlang C per hour against the first-response service level, where the SLA clock is open.
 */
import { backlogOverTime, erlangC, requiredAgents } from '../capacity/index.js';
import { cmp } from '../diagnostics/diagnostic.js';
import type { Entity, Model } from '../model/model.js';
import { slaPolicyOf } from '../model/queries.js';
import { parseTarget } from '../model/values.js';
import { HOUR_MS, MINUTE_MS } from '../time/civil.js';
import { businessMsBetween, type CompiledSchedule } from '../time/index.js';
import type { Clocks } from './clocks.js';
import { arrivalsPerHour } from './demand.js';
import type { Horizon } from './horizon.js';
import { staffingFor, type TeamOnChannel } from './staffing.js';

export interface TeamCapacity {
  team: string;
  headcount: number;
  share: number;
  ticketsPerDay: number;
}

export interface CapacityFact {
  channel: string;
  mode: 'sync' | 'async';
  clock: string | null;
  teams: TeamCapacity[];
  /** Average tickets per calendar day. */
  demandPerDay: number;
  /** Tickets per calendar day the teams can clear on their real shifts (their share of it). */
  capacityPerDay: number;
  /** demand ÷ capacity: above 1 the backlog grows without end. */
  utilization: number;
  /** Agents needed at the same productivity and shifts, against the agents (share-weighted) there are. */
  agentsRequired: number;
  agentsStaffed: number;
  backlog: { peak: number; peakAt: string | null; worstWaitMinutes: number | null; carriedOverHours: number } | null;
  erlang: {
    openHours: number;
    /** Open hours with fewer agents on shift than Erlang C requires. */
    shortHours: number;
    worst: { at: string; arrivalsPerHour: number; staffed: number; required: number; serviceLevel: number } | null;
    /** The busiest hour that is staffed enough: traffic ÷ agents on shift. */
    peakOccupancy: { at: string; occupancy: number } | null;
    target: { seconds: number; share: number };
  } | null;
}

const TAIL_DAYS = 14;

function elapsedIn(clock: CompiledSchedule): ((a: number, b: number) => number) | undefined {
  return clock.calendar ? undefined : (a, b) => businessMsBetween(clock, a, b) / MINUTE_MS;
}

function hourlyCapacity(staff: TeamOnChannel[], hours: number): Float64Array {
  const capacity = new Float64Array(hours);
  for (const s of staff) for (let h = 0; h < hours; h++) capacity[h]! += s.onShift[h]! * s.share * s.ticketsPerAgentHour;
  return capacity;
}

export function channelCapacity(model: Model, channel: Entity<'Channel'>, clocks: Clocks, horizon: Horizon): CapacityFact | undefined {
  const policy = slaPolicyOf(model, channel);
  const clock = policy ? clocks.sla(policy) : undefined;
  const demand = channel.spec.demand;
  // Staff keep working past the horizon (with no new arrivals) so its last tickets are answered.
  const extended = { ...horizon, toMs: horizon.toMs + TAIL_DAYS * 86_400_000 };
  const staff = staffingFor(model, channel, clocks, extended);
  if (!policy || !clock || !demand || staff.length === 0) return undefined;
  const days = horizon.days;
  const arrivals = arrivalsPerHour(channel, extended).fill(0, days * 24);
  const capacity = hourlyCapacity(staff, arrivals.length);
  const capacityPerDay = capacity.subarray(0, days * 24).reduce((s, c) => s + c, 0) / days;
  const teams = staff
    .map((s) => ({ team: s.team.name, headcount: s.team.spec.headcount, share: s.share, ticketsPerDay: (s.onShift.subarray(0, days * 24).reduce((a, b) => a + b, 0) * s.share * s.ticketsPerAgentHour) / days }))
    .sort((a, b) => cmp(a.team, b.team));
  const agentsStaffed = teams.reduce((s, t) => s + t.headcount * t.share, 0);
  const perAgentPerDay = agentsStaffed > 0 ? capacityPerDay / agentsStaffed : 0;
  const fact: CapacityFact = {
    channel: channel.name, mode: channel.spec.mode, clock: policy.spec.clock === 'calendar' ? null : (policy.spec.schedule ?? null), teams,
    demandPerDay: demand.ticketsPerDay, capacityPerDay, utilization: capacityPerDay > 0 ? demand.ticketsPerDay / capacityPerDay : Infinity,
    agentsRequired: perAgentPerDay > 0 ? Math.ceil(demand.ticketsPerDay / perAgentPerDay - 1e-9) : Infinity, agentsStaffed,
    backlog: null, erlang: null,
  };
  if (channel.spec.mode === 'async') {
    const elapsed = elapsedIn(clock);
    const result = backlogOverTime({ startMs: horizon.fromMs, stepMs: HOUR_MS, arrivals, capacity, ...(elapsed ? { elapsed } : {}) });
    fact.backlog = {
      peak: result.peakBacklog,
      peakAt: result.peakBacklog > 0 ? new Date(result.peakBacklogAtMs).toISOString() : null,
      worstWaitMinutes: !result.answeredWithinHorizon ? null : (result.worstByClock?.waitMinutes ?? 0),
      carriedOverHours: result.carriedOverSteps,
    };
  } else {
    fact.erlang = erlangByHour(policy, clock, staff, arrivals.subarray(0, days * 24), horizon);
  }
  return fact;
}

/** Erlang C in every hour the SLA clock is open and contacts arrive: staffed against required agents. */
function erlangByHour(policy: Entity<'SlaPolicy'>, clock: CompiledSchedule, staff: TeamOnChannel[], arrivals: Float64Array, horizon: Horizon): CapacityFact['erlang'] {
  const urgent = [...policy.spec.tiers].sort((a, b) => a.priority - b.priority)[0]!;
  const target = parseTarget(urgent.firstResponse);
  const aht = staff.reduce((s, t) => s + t.ahtSeconds * t.share, 0) / staff.reduce((s, t) => s + t.share, 0);
  const concurrency = Math.max(...staff.map((s) => s.team.spec.concurrency ?? 1));
  const shareTarget = Math.min(target.share, 0.999);
  let openHours = 0;
  let shortHours = 0;
  let worst: NonNullable<CapacityFact['erlang']>['worst'] = null;
  let peakOccupancy: NonNullable<CapacityFact['erlang']>['peakOccupancy'] = null;
  const cache = new Map<number, number>();
  for (let h = 0; h < arrivals.length; h++) {
    const rate = arrivals[h]!;
    const start = horizon.fromMs + h * HOUR_MS;
    if (rate <= 0 || (!clock.calendar && businessMsBetween(clock, start, start + HOUR_MS) === 0)) continue;
    openHours++;
    // Shrinkage takes people off the phones (rounded to whole people, as the simulation does);
    // concurrency lets one person hold several chats.
    const staffed = Math.round(staff.reduce((s, t) => s + t.onShift[h]! * t.share * (1 - shrinkageOf(t)), 0)) * concurrency;
    const key = Math.round(rate * 1000);
    let required = cache.get(key);
    if (required === undefined) {
      required = requiredAgents({ arrivals: rate, intervalSeconds: 3600, ahtSeconds: aht, targetSeconds: target.seconds, targetServiceLevel: shareTarget }).agents;
      cache.set(key, required);
    }
    const occupancy = (rate * aht) / 3600 / staffed;
    if (staffed >= required && (!peakOccupancy || occupancy > peakOccupancy.occupancy)) peakOccupancy = { at: new Date(start).toISOString(), occupancy };
    if (staffed < required) {
      shortHours++;
      const gap = required - staffed;
      if (!worst || gap > worst.required - worst.staffed) {
        const serviceLevel = erlangC({ arrivals: rate, intervalSeconds: 3600, ahtSeconds: aht, agents: staffed, targetSeconds: target.seconds }).serviceLevel;
        worst = { at: new Date(start).toISOString(), arrivalsPerHour: rate, staffed, required, serviceLevel };
      }
    }
  }
  return { openHours, shortHours, worst, peakOccupancy, target: { seconds: target.seconds, share: target.share } };
}

function shrinkageOf(t: TeamOnChannel): number {
  return Number(t.team.spec.shrinkage.slice(0, -1)) / 100;
}

export function capacityFacts(model: Model, clocks: Clocks, horizon: Horizon): CapacityFact[] {
  return model.channels.flatMap((c) => channelCapacity(model, c, clocks, horizon) ?? []);
}
