/**
 * Capacity per channel over the horizon: demand against what the staff on their real shifts
 * can clear. Async channels: tickets per day, the backlog carried over closed hours and
 * drained first-in-first-out, and the worst first response in the SLA's clock. Sync channels:
 * Erlang C per hour against the first-response service level, where the SLA clock is open.
 * Both carry the workload by hour of the week and by day (capacity-load.ts).
 */
import { backlogOverTime, type BacklogResult } from '../capacity/index.js';
import { cmp } from '../values/order.js';
import { HOUR_MS } from '../time/civil.js';
import { loadSeries, type LoadSeries } from './capacity-load.js';
import type { ChannelInputs } from './channel-inputs.js';
import { erlangByHour, type ErlangFact } from './erlang-hours.js';
import type { FactWindow } from './fact-windows.js';

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
  /** Tickets per calendar day the teams can clear on their real shifts (their share of it); 0 when nobody is ever on shift. */
  capacityPerDay: number;
  /** demand ÷ capacity: above 1 the backlog grows without end; Infinity (null in JSON) when nobody is ever on shift; 0 without demand. */
  utilization: number;
  /** Agents needed at the same productivity and shifts (Infinity, null in JSON, when nobody is ever on shift; 0 without demand), against the agents (share-weighted) there are. */
  agentsRequired: number;
  agentsStaffed: number;
  /**
   * Async: the largest queue and when, the longest first-in-first-out wait, the hours that ended
   * with tickets waiting; `carriedIn`, tickets already waiting at the start (handed on by the
   * window before a dated change), and `closing`, tickets still waiting at the end of the horizon.
   */
  backlog: { peak: number; peakAt: string | null; worstWaitMinutes: number | null; carriedOverHours: number; carriedIn: number; closing: number } | null;
  erlang: ErlangFact | null;
  load: LoadSeries;
  /** Present when the entry covers only part of the horizon, around a dated change: from `from` up to the day before `until` (docs/effective-dates.md). */
  window?: FactWindow;
}

function sum(xs: ArrayLike<number>, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += xs[i]!;
  return s;
}

export function channelCapacity(inputs: ChannelInputs): CapacityFact {
  const { channel, staff, arrivals, horizon, demand } = inputs;
  const days = horizon.days;
  const hours = days * 24;
  const { capacity } = inputs.queue;
  const capacityPerDay = sum(capacity, 0, hours) / days;
  const teams = staff
    .map((s) => ({ team: s.team.name, headcount: s.team.spec.headcount, share: s.share, ticketsPerDay: (sum(s.onShift, 0, hours) * s.share * s.ticketsPerAgentHour) / days }))
    .sort((a, b) => cmp(a.team, b.team));
  const agentsStaffed = teams.reduce((s, t) => s + t.headcount * t.share, 0);
  const perAgentPerDay = agentsStaffed > 0 ? capacityPerDay / agentsStaffed : 0;
  let backlog: CapacityFact['backlog'] = null;
  let erlang: ErlangFact | null = null;
  let series: LoadSeries;
  if (channel.spec.mode === 'async') {
    // After a dated change the queue starts with what the window before left waiting (docs/effective-dates.md).
    const carriedIn = inputs.carried?.backlog ?? 0;
    const result = backlogOverTime({ startMs: horizon.fromMs, stepMs: HOUR_MS, arrivals, capacity, elapsed: inputs.clockIndex, initialBacklog: carriedIn });
    backlog = {
      peak: result.peakBacklog,
      peakAt: result.peakBacklog > 0 ? new Date(result.peakBacklogAtMs).toISOString() : null,
      worstWaitMinutes: !result.answeredWithinHorizon ? null : (result.worstByClock?.waitMinutes ?? 0),
      carriedOverHours: result.carriedOverSteps,
      carriedIn,
      closing: result.backlogAtStepEnd[hours - 1] ?? 0,
    };
    series = asyncLoad(inputs, result);
  } else {
    const byHour = erlangByHour(inputs);
    erlang = byHour.fact;
    series = loadSeries(inputs, byHour.required, byHour.staffed, undefined);
  }
  return {
    channel: channel.name, mode: channel.spec.mode, clock: inputs.clockName, teams,
    // No volume needs nobody, whatever the staffing (a channel without volume has no share of its teams' time).
    demandPerDay: demand.ticketsPerDay, capacityPerDay, utilization: demand.ticketsPerDay === 0 ? 0 : capacityPerDay > 0 ? demand.ticketsPerDay / capacityPerDay : Infinity,
    agentsRequired: demand.ticketsPerDay === 0 ? 0 : perAgentPerDay > 0 ? Math.ceil(demand.ticketsPerDay / perAgentPerDay - 1e-9) : Infinity, agentsStaffed,
    backlog, erlang, load: series,
  };
}

/** Async workload per hour: people whose productive hours clear the hour's arrivals, against people on shift. */
function asyncLoad(inputs: ChannelInputs, backlog: BacklogResult): LoadSeries {
  const { staff, arrivals, horizon } = inputs;
  // The channel's tickets per on-shift person-hour, averaged over its people (none when the
  // channel has no volume, so no share of anyone's time: then nothing is needed either).
  const people = staff.reduce((s, t) => s + t.team.spec.headcount * t.share, 0);
  const perPersonHour = staff.reduce((s, t) => s + t.team.spec.headcount * t.share * t.ticketsPerAgentHour, 0) / people;
  const perArrival = perPersonHour > 0 ? 1 / perPersonHour : 0;
  const required = Float64Array.from(arrivals.subarray(0, horizon.days * 24), (a) => a * perArrival);
  return loadSeries(inputs, required, inputs.queue.present, backlog);
}
