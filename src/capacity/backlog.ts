// Async backlog over time as a fluid queue (docs/domain.md, Capacity formulas):
// work piles up while nobody is on shift and is drained first in, first out at
// opening. Within a step arrivals and capacity flow at constant rates, so every quantity is
// piecewise linear and the worst wait can be found exactly at breakpoints.

import { type ElapsedMinutes, waitClock, type WaitClock } from './wait-clock.js';
import { isNonNegative, requireFinite, requireNonNegative, requirePositive, requireShare, requireShrinkage } from './input-guards.js';

export interface EffectiveCapacityInput {
  /** Agents on shift in each step. */
  agents: ArrayLike<number>;
  stepSeconds: number;
  ahtSeconds: number;
  occupancy: number;
  shrinkage: number;
}

/** Tickets each step can clear: agents × occupancy × (1 − shrinkage) × step ÷ AHT. */
export function effectiveCapacity(input: EffectiveCapacityInput): Float64Array {
  requirePositive('stepSeconds', input.stepSeconds);
  requirePositive('ahtSeconds', input.ahtSeconds);
  requireShare('occupancy', input.occupancy);
  requireShrinkage(input.shrinkage);
  const perAgent = (input.occupancy * (1 - input.shrinkage) * input.stepSeconds) / input.ahtSeconds;
  const out = new Float64Array(input.agents.length);
  for (let i = 0; i < out.length; i++) {
    const n = input.agents[i] ?? 0;
    if (!isNonNegative(n)) requireNonNegative(`agents[${i}]`, n);
    out[i] = n * perAgent;
  }
  return out;
}

export interface BacklogInput {
  startMs: number;
  stepMs: number;
  /** Tickets arriving in each step (spread evenly over the step). */
  arrivals: Float64Array;
  /** Tickets the staff can clear in each step, e.g. from effectiveCapacity. */
  capacity: Float64Array;
  /** Tickets already waiting at startMs. */
  initialBacklog?: number;
  /** The SLA's clock for waitMinutes; calendar minutes when omitted. */
  elapsed?: ElapsedMinutes | WaitClock;
}

export interface WaitCase {
  arrivalMs: number;
  /** Infinity when the horizon ends before the ticket is answered. */
  answeredMs: number;
  waitMs: number;
  /** The same wait in the SLA's clock. */
  waitMinutes: number;
}

export interface BacklogResult {
  /** Tickets waiting at the end of each step, carried into the next. */
  backlogAtStepEnd: Float64Array;
  peakBacklog: number;
  peakBacklogAtMs: number;
  /** Steps that ended with tickets still waiting. */
  carriedOverSteps: number;
  /** Longest calendar wait of a ticket arriving in each step; 0 if none arrive, Infinity if unanswered. */
  worstWaitMsByStep: Float64Array;
  /** Longest wait per step in the SLA's clock. */
  worstWaitMinutesByStep: Float64Array;
  /** The ticket with the longest calendar wait, null when nothing arrives. */
  worstByCalendar: WaitCase | null;
  /** The ticket with the longest wait in the SLA's clock. */
  worstByClock: WaitCase | null;
  /** False when some ticket is still waiting at the end of the horizon. */
  answeredWithinHorizon: boolean;
}

// Fractions of a ticket below this are rounding dust, not backlog.
const DUST = 1e-9;

/**
 * Backlog and first-response waits of a FIFO fluid queue. A ticket arriving at
 * s with Q(s) tickets ahead is answered when the capacity flowing after s adds
 * up to Q(s): equivalently the first τ where cumulative capacity exceeds
 * queue(0) + cumulative arrivals up to s (plus capacity that idled before s,
 * which cannot be banked). A ticket needs capacity strictly after its arrival,
 * so one arriving at closing time waits for the next opening. The last ticket
 * of a backlog B₀ at opening waits B₀ × AHT ÷ N_eff of business time.
 *
 * waitMinutes is exact when the SLA clock's own breakpoints (opening and
 * closing times) fall on step edges; otherwise it is exact at step edges and
 * may be off by less than one step in between.
 */
export function backlogOverTime(input: BacklogInput): BacklogResult {
  const { startMs, stepMs, arrivals, capacity } = input;
  const n = arrivals.length;
  requireFinite('startMs', startMs);
  requirePositive('stepMs', stepMs);
  if (capacity.length !== n) throw new RangeError(`capacity has ${capacity.length} steps but arrivals has ${n}`);
  const q0 = input.initialBacklog ?? 0;
  requireNonNegative('initialBacklog', q0);
  const clock = waitClock(input.elapsed);

  // Cumulative capacity at step edges, and for each edge the first edge of the
  // zero-capacity plateau it sits on (to find "first τ with S(τ) ≥ L").
  const cum = new Float64Array(n + 1);
  const plateauStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const a = arrivals[i]!;
    const c = capacity[i]!;
    if (!isNonNegative(a)) requireNonNegative(`arrivals[${i}]`, a);
    if (!isNonNegative(c)) requireNonNegative(`capacity[${i}]`, c);
    cum[i + 1] = cum[i]! + c;
    // Compare sums, not c > 0: a tiny c can vanish in the sum, and cum is what the search sees.
    plateauStart[i + 1] = cum[i + 1]! > cum[i]! ? i + 1 : plateauStart[i]!;
  }
  const edgeMs = (k: number): number => startMs + k * stepMs;
  // τ at which cumulative capacity passes level L, found from edge k − 1 with cum[k−1] ≤ L < cum[k].
  const within = (k: number, level: number): number =>
    edgeMs(k - 1) + ((level - cum[k - 1]!) / (cum[k]! - cum[k - 1]!)) * stepMs;

  const backlogAtStepEnd = new Float64Array(n);
  const worstWaitMsByStep = new Float64Array(n);
  const worstWaitMinutesByStep = new Float64Array(n);
  let worstByCalendar: WaitCase | null = null;
  let worstByClock: WaitCase | null = null;
  let peakBacklog = q0;
  let peakBacklogAtMs = startMs;
  let carriedOverSteps = 0;
  let k = 1; // smallest edge with cum[k] > current level (monotone: levels only rise)

  const consider = (i: number, arrivalMs: number, answeredMs: number): void => {
    const waitMs = answeredMs - arrivalMs;
    if (waitMs === 0 && worstByCalendar !== null) return; // answered on arrival: nothing to update
    const waitMinutes = waitMs === 0 ? 0 : Number.isFinite(answeredMs) ? clock.minutes(arrivalMs, answeredMs) : Infinity;
    if (waitMs > worstWaitMsByStep[i]!) worstWaitMsByStep[i] = waitMs;
    if (waitMinutes > worstWaitMinutesByStep[i]!) worstWaitMinutesByStep[i] = waitMinutes;
    // Allocate only for a new worst: this runs at every breakpoint of the horizon.
    const calendarWorse = worstByCalendar === null || waitMs > worstByCalendar.waitMs;
    const clockWorse = worstByClock === null || waitMinutes > worstByClock.waitMinutes;
    if (!calendarWorse && !clockWorse) return;
    const candidate = { arrivalMs, answeredMs, waitMs, waitMinutes };
    if (calendarWorse) worstByCalendar = candidate;
    if (clockWorse) worstByClock = candidate;
  };
  // First τ with S(τ) > L: when a ticket at level L is answered (it needs capacity after the work ahead).
  const answerStrict = (level: number): number => {
    while (k > 1 && cum[k - 1]! > level) k--; // rounding may nudge a level down a hair
    while (k <= n && cum[k]! <= level) k++;
    return k > n ? Infinity : within(k, level);
  };
  // First τ with S(τ) ≥ L: the limit for tickets arriving just before a step's end.
  const answerReaching = (level: number): number => {
    const strict = answerStrict(level);
    return cum[k - 1] === level ? edgeMs(plateauStart[k - 1]!) : strict;
  };

  let q = q0;
  for (let i = 0; i < n; i++) {
    const a = arrivals[i]!;
    const c = capacity[i]!;
    // While Q > 0 the level L(x) = cum[i] + q + a·x rises through the step; once Q
    // reaches 0 (capacity outruns arrivals) tickets are answered on arrival.
    const x0 = c > a ? Math.min(1, q / (c - a)) : 1;
    if (a > 0 && x0 === 0) consider(i, edgeMs(i), edgeMs(i));
    else if (a > 0) {
      const base = cum[i]! + q;
      const levelEnd = base + a * x0;
      consider(i, edgeMs(i), answerStrict(base));
      // The wait is linear between the points where L crosses an edge of cumulative capacity.
      while (k <= n && cum[k]! < levelEnd) {
        const level = cum[k]!;
        consider(i, edgeMs(i) + ((level - base) / a) * stepMs, answerStrict(level));
      }
      if (x0 === 1) consider(i, edgeMs(i + 1), Math.max(edgeMs(i + 1), answerReaching(levelEnd)));
    }
    q = q + a - c;
    if (q < DUST) q = 0;
    backlogAtStepEnd[i] = q;
    if (q > 0) carriedOverSteps++;
    if (q > peakBacklog) {
      peakBacklog = q;
      peakBacklogAtMs = edgeMs(i + 1);
    }
  }
  return {
    backlogAtStepEnd,
    peakBacklog,
    peakBacklogAtMs,
    carriedOverSteps,
    worstWaitMsByStep,
    worstWaitMinutesByStep,
    worstByCalendar,
    worstByClock,
    answeredWithinHorizon: q === 0,
  };
}
