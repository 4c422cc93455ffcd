/**
 * What the history says about demand, per channel: arrivals per local hour of the week, tickets
 * per day, the tier mix, a growth trend and (where the export has it) handling time. Gathered in
 * the same pass as attainment, in fixed memory per channel.
 */
import { DAY_MS, HOUR_MS, dayOfLocalMs, formatDay, weekdayOf } from '../time/civil.js';
import { getZone } from '../time/zone.js';

const WEEK_MS = 7 * DAY_MS;
/** 1970-01-05 was a Monday: weeks are counted from there. */
const MONDAY_MS = 4 * DAY_MS;
const WEEKS_PER_YEAR = 365.2425 / 7;
/** Fewer full weeks than this give no growth trend: too short to tell a trend from noise. */
export const MIN_TREND_WEEKS = 8;

export interface ChannelCalibration {
  channel: string;
  /** The zone the hours of the week are read in. */
  timeZone: string;
  /** The window measured: YYYY-MM-DD, `to` exclusive, and its length. */
  from: string;
  to: string;
  days: number;
  tickets: number;
  ticketsPerDay: number;
  /** Tier → share of the channel's tickets that mapped to a tier. */
  tierMix: Record<string, number>;
  /** Average tickets in each local hour of the week, Monday 00:00 first (168 values). */
  arrivalsPerHourOfWeek: number[];
  /** How many times each local hour of the week occurs in the window (what a declared profile expects is weighed by it). */
  hourOccurrences: number[];
  /** Yearly growth fitted to weekly volumes (log-linear least squares); null below MIN_TREND_WEEKS full weeks. */
  growth: number | null;
  fullWeeks: number;
  handleSeconds: { mean: number; tickets: number } | null;
}

export class CalibrationAccumulator {
  readonly slots = new Float64Array(168);
  readonly tiers = new Map<string, number>();
  readonly weeks = new Map<number, number>();
  /** Tickets by hour since 1970 (UTC): the measured arrivals the backtest feeds the simulation. */
  private readonly hours = new Map<number, number>();
  tickets = 0;
  handleSum = 0;
  handleN = 0;

  private readonly zone;

  constructor(readonly channel: string, readonly timeZone: string) {
    this.zone = timeZone === 'UTC' ? undefined : getZone(timeZone);
  }

  add(createdMs: number, tier: string | undefined, handleSeconds: number | undefined): void {
    this.tickets++;
    this.slots[hourOfWeek(this.zone?.toLocalMs(createdMs) ?? createdMs)]!++;
    if (tier !== undefined) this.tiers.set(tier, (this.tiers.get(tier) ?? 0) + 1);
    const hour = Math.floor(createdMs / HOUR_MS);
    this.hours.set(hour, (this.hours.get(hour) ?? 0) + 1);
    const week = Math.floor((createdMs - MONDAY_MS) / WEEK_MS);
    this.weeks.set(week, (this.weeks.get(week) ?? 0) + 1);
    if (handleSeconds !== undefined) {
      this.handleSum += handleSeconds;
      this.handleN++;
    }
  }

  /** Tickets that arrived in each hour of `hours` from `fromMs` (an hour boundary). */
  hourly(fromMs: number, hours: number): Float64Array {
    const out = new Float64Array(hours);
    const first = Math.floor(fromMs / HOUR_MS);
    for (const [hour, n] of this.hours) if (hour >= first && hour < first + hours) out[hour - first] = n;
    return out;
  }

  /** The figures over [fromMs, toMs) (UTC day boundaries). */
  result(fromMs: number, toMs: number): ChannelCalibration {
    const days = Math.max(1, Math.round((toMs - fromMs) / DAY_MS));
    const mapped = [...this.tiers.values()].reduce((s, n) => s + n, 0);
    const tierMix = Object.fromEntries([...this.tiers].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, n]) => [t, round(n / mapped, 6)]));
    const occurrences = slotOccurrences(this.timeZone, fromMs, toMs);
    return {
      channel: this.channel,
      timeZone: this.timeZone,
      from: formatDay(dayOfLocalMs(fromMs)),
      to: formatDay(dayOfLocalMs(toMs)),
      days,
      tickets: this.tickets,
      ticketsPerDay: round(this.tickets / days, 3),
      tierMix,
      arrivalsPerHourOfWeek: Array.from(this.slots, (n, s) => round(occurrences[s]! > 0 ? n / occurrences[s]! : 0, 4)),
      hourOccurrences: Array.from(occurrences),
      ...this.trend(fromMs, toMs),
      handleSeconds: this.handleN > 0 ? { mean: round(this.handleSum / this.handleN, 1), tickets: this.handleN } : null,
    };
  }

  private trend(fromMs: number, toMs: number): { growth: number | null; fullWeeks: number } {
    const first = Math.ceil((fromMs - MONDAY_MS) / WEEK_MS);
    const last = Math.floor((toMs - MONDAY_MS) / WEEK_MS) - 1;
    const points: [number, number][] = [];
    for (let w = first; w <= last; w++) points.push([w, this.weeks.get(w) ?? 0]);
    if (points.length < MIN_TREND_WEEKS || points.some(([, n]) => n === 0)) return { growth: null, fullWeeks: points.length };
    const xs = points.map(([w]) => w);
    const ys = points.map(([, n]) => Math.log(n));
    const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
    const my = ys.reduce((s, y) => s + y, 0) / ys.length;
    let sxy = 0;
    let sxx = 0;
    for (let i = 0; i < xs.length; i++) {
      sxy += (xs[i]! - mx) * (ys[i]! - my);
      sxx += (xs[i]! - mx) ** 2;
    }
    return { growth: round(Math.exp((sxy / sxx) * WEEKS_PER_YEAR) - 1, 4), fullWeeks: points.length };
  }
}

/** How many times each local hour of the week occurs in [fromMs, toMs) (DST days have 23 or 25 hours). */
function slotOccurrences(timeZone: string, fromMs: number, toMs: number): Float64Array {
  const out = new Float64Array(168);
  const zone = timeZone === 'UTC' ? undefined : getZone(timeZone);
  for (let t = fromMs; t < toMs; t += HOUR_MS) {
    out[hourOfWeek(zone ? zone.toLocalMs(t) : t)]!++;
  }
  return out;
}

/** 0 = Monday 00:00 … 167, of a wall-clock reading. */
function hourOfWeek(local: number): number {
  const day = dayOfLocalMs(local);
  return weekdayOf(day) * 24 + Math.floor((local - day * DAY_MS) / HOUR_MS);
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
