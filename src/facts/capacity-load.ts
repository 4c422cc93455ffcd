/**
 * The workload behind a channel's capacity figures, in a form a planner can chart: by hour of
 * the week (arrivals, people needed, people on shift), and the worst days of the horizon.
 * Rounded to 3 decimals so the JSON stays small and the same on every machine.
 */
import type { BacklogResult } from '../capacity/index.js';
import { dayOfLocalMs, formatDay } from '../time/civil.js';
import { isValidTimeZone } from '../time/zone.js';
import type { ChannelInputs } from './channel-inputs.js';
import { hourOfWeekSlots } from './demand.js';

export interface WorstDay {
  /** UTC date. */
  date: string;
  arrivals: number;
  /** Person-hours needed that day, against person-hours on shift. */
  requiredHours: number;
  staffedHours: number;
  /** Async: the largest fluid backlog and the longest first-in-first-out wait in the SLA clock (null: unanswered by the end). */
  peakBacklog: number | null;
  worstWaitMinutes: number | null;
  /** Sync: open hours with fewer people on shift than Erlang C requires. */
  shortHours: number | null;
}

export interface LoadSeries {
  /** The zone whose hours of the week `week` follows: the demand profile's, else the SLA clock's, else UTC. */
  timeZone: string;
  /** 168 entries from Monday 00:00 local, each the mean over the horizon's occurrences of that hour. */
  week: { arrivals: number[]; requiredFte: number[]; staffedFte: number[] };
  /** Up to 5 days, worst first: async by longest wait then peak backlog, sync by short hours; days with neither are left out. */
  worstDays: WorstDay[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const WORST_DAYS = 5;

function weekZone(inputs: ChannelInputs): string {
  const profileZone = inputs.demand.profile?.timeZone;
  if (profileZone && isValidTimeZone(profileZone)) return profileZone;
  return inputs.clock.calendar ? 'UTC' : inputs.clock.timeZone;
}

/**
 * `required` and `staffed` are people in each hour of the horizon: async, the people whose
 * productive hours clear that hour's arrivals (the async workload formula in docs/domain.md, with an hour of paid time), with the
 * fluid backlog; sync (no backlog), Erlang C's agents against whole people on shift.
 */
export function loadSeries(inputs: ChannelInputs, required: ArrayLike<number>, staffed: ArrayLike<number>, backlog: BacklogResult | undefined): LoadSeries {
  const { horizon, arrivals } = inputs;
  const hours = horizon.days * 24;
  const timeZone = weekZone(inputs);
  const slots = hourOfWeekSlots(timeZone, inputs.span, inputs.cache); // shared with demand; its first hours are the horizon's
  const week = { arrivals: new Float64Array(168), requiredFte: new Float64Array(168), staffedFte: new Float64Array(168) };
  const count = new Float64Array(168);
  const days = { arrivals: new Float64Array(horizon.days), required: new Float64Array(horizon.days), staffed: new Float64Array(horizon.days), short: new Float64Array(horizon.days) };
  for (let h = 0; h < hours; h++) {
    const slot = slots[h]!;
    const d = Math.floor(h / 24);
    const need = required[h]!;
    week.arrivals[slot]! += arrivals[h]!;
    week.requiredFte[slot]! += need;
    week.staffedFte[slot]! += staffed[h]!;
    count[slot]!++;
    days.arrivals[d]! += arrivals[h]!;
    days.required[d]! += need;
    days.staffed[d]! += staffed[h]!;
    if (!backlog && staffed[h]! < need) days.short[d]!++;
  }
  const mean = (s: Float64Array) => Array.from(s, (v, i) => (count[i]! > 0 ? round(v / count[i]!) : 0));
  return {
    timeZone,
    week: { arrivals: mean(week.arrivals), requiredFte: mean(week.requiredFte), staffedFte: mean(week.staffedFte) },
    worstDays: worstDays(inputs, days, backlog),
  };
}

type Days = { arrivals: Float64Array; required: Float64Array; staffed: Float64Array; short: Float64Array };

function worstDays(inputs: ChannelInputs, days: Days, backlog: BacklogResult | undefined): WorstDay[] {
  const n = inputs.horizon.days;
  // Async: the longest fluid wait of a ticket arriving on each day, and the largest queue.
  const wait = new Float64Array(n);
  const peak = new Float64Array(n);
  if (backlog) {
    for (let h = 0; h < n * 24; h++) {
      const d = Math.floor(h / 24);
      wait[d] = Math.max(wait[d]!, backlog.worstWaitMinutesByStep[h]!);
      peak[d] = Math.max(peak[d]!, backlog.backlogAtStepEnd[h]!);
    }
  }
  const list: WorstDay[] = [];
  const firstDay = dayOfLocalMs(inputs.horizon.fromMs);
  for (let d = 0; d < n; d++) {
    if (backlog ? wait[d]! <= 0 && peak[d]! <= 0 : days.short[d]! === 0) continue;
    list.push({
      date: formatDay(firstDay + d),
      arrivals: round(days.arrivals[d]!), requiredHours: round(days.required[d]!), staffedHours: round(days.staffed[d]!),
      peakBacklog: backlog ? round(peak[d]!) : null,
      worstWaitMinutes: backlog && Number.isFinite(wait[d]!) ? round(wait[d]!) : null,
      shortHours: backlog ? null : days.short[d]!,
    });
  }
  const waitOf = (w: WorstDay) => (w.worstWaitMinutes ?? (w.peakBacklog === null ? 0 : Infinity));
  const order = (a: WorstDay, b: WorstDay) =>
    (b.shortHours ?? 0) - (a.shortHours ?? 0) || (waitOf(b) === waitOf(a) ? 0 : waitOf(b) > waitOf(a) ? 1 : -1) || (b.peakBacklog ?? 0) - (a.peakBacklog ?? 0) || (a.date < b.date ? -1 : 1);
  return list.sort(order).slice(0, WORST_DAYS);
}
